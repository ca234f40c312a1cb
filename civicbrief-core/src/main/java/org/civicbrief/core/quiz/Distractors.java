package org.civicbrief.core.quiz;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicbrief.core.briefing.Actor;
import org.civicbrief.core.briefing.ActorKind;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.briefing.NameGender;
import org.civicbrief.core.civic.Officeholders;
import org.civicbrief.core.text.WordList;

/**
 * Wrong options of the key's type: people and organizations from the article first, then from a
 * curated pool shipped with the project; numbers and dates generated near the key.
 */
final class Distractors {

  private static final List<String[]> POOL = loadPool();
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.US);

  private final List<Actor> people = new ArrayList<>();
  private final List<String> organizations = new ArrayList<>();
  private final Set<String> articleWords;

  private final Officeholders officeholders;
  private final NameGender genders;
  private final boolean spanish;
  private final Optional<LocalDate> published;

  /** U.S. states in English and Spanish, and the Spanish names of their people. */
  private static final List<Pattern> STATE_WORDS =
      java.util.stream.Stream.concat(
              WordList.of("us-states").stream(), WordList.of("us-states-es").stream())
          // "state" names none; "Washington" is the capital in most Spanish reports
          .filter(w -> !w.equals("state") && !w.equals("washington"))
          .sorted()
          .map(w -> Pattern.compile("(?iu)(?<!\\p{L})" + Pattern.quote(w) + "(?!\\p{L})"))
          .toList();

  /** True when {@code text} names a U.S. state or its people. */
  static boolean namesState(String text) {
    return STATE_WORDS.stream().anyMatch(p -> p.matcher(text).find());
  }

  private static final Pattern PRESIDENTIAL_ACT =
      Pattern.compile(
          "(?i)\\b(into law|executive orders?|pardons?|pardoned|vetoe?d?|veto|proclamation|"
              + "commuted|nominated|invoked|(first|second) term)\\b");

  Distractors(Briefing b) {
    this(b, Officeholders.none());
  }

  Distractors(Briefing b, Officeholders officeholders) {
    this(b, officeholders, NameGender.unknown());
  }

  Distractors(Briefing b, Officeholders officeholders, NameGender genders) {
    this.genders = genders;
    this.spanish = b.article().language().equals("es");
    this.officeholders = officeholders;
    this.published = b.article().published();
    for (Actor a : b.actors()) {
      if (a.kind() == ActorKind.PERSON) {
        people.add(a);
      } else if (!a.name().endsWith("s")) {
        organizations.add(
            a.name()); // "Foreign Terrorist Organizations" names a category, not a body
      }
    }
    this.articleWords =
        Set.copyOf(List.of(b.article().text().toLowerCase(Locale.ROOT).split("\\W+")));
  }

  /** What a person question asks, which decides who is a plausible wrong answer. */
  enum Ask {
    /** Who said a quotation: anyone the article names could have, and no one else. */
    SAID,
    /** Who did what the sentence says, or whose name fills a blank. */
    DID,
    /**
     * Who holds a role the stem states ("¿quién es la jueza federal de distrito?", ADR 21): only
     * people in the same kind of office could be the answer; a president offered as a state's
     * governor is ruled out by the question itself (REVIEW.md D1).
     */
    HOLDS
  }

  /** The article's person of that name, or null. */
  private Actor actor(String name) {
    for (Actor a : people) {
      if (a.name().equals(name)) {
        return a;
      }
    }
    return null;
  }

  /**
   * People for a person key, most plausible first: the article's people in the same kind of office
   * as the key, then its other people (for a role question, only those with a role), then people
   * from the curated pool who held the key's kind of office. Never the key, an alias of the key, or
   * anyone sharing its surname (a relative of the same name, or the key under another form). The
   * pool is used only when the key's office is known: a pool politician offered for a county
   * official is a give-away.
   */
  List<String> people(String key, Ask ask, long seed) {
    return people(key, ask, seed, "");
  }

  /**
   * As {@link #people(String, Ask, long)}, for a key that does what {@code sentence} says: an act
   * only a president performs ("signed … into law", "an executive order", "a pardon") gets no
   * cabinet secretaries as wrong answers, whom a reader who knows the office would rule out.
   */
  List<String> people(String key, Ask ask, long seed, String sentence) {
    boolean presidentialAct = PRESIDENTIAL_ACT.matcher(sentence).find();
    Optional<Office> office = officeOf(key);
    if (office.equals(Optional.of(Office.JUSTICE)) && !listedJustice(key)) {
      // "Justice Juan Merchan" of a state's trial court: the nine are no peers of his.
      office = Optional.of(Office.STATE_JUDGE);
    }
    Set<String> excluded = forms(key);
    List<String> same = new ArrayList<>();
    List<String> sameBranch = new ArrayList<>(); // another office of the key's branch
    List<String> otherRoles = new ArrayList<>(); // any other role, in the article's order
    List<String> noOffice = new ArrayList<>(); // a role that names no office this knows
    List<String> roleless = new ArrayList<>();
    for (Actor a : people) {
      if (excluded.contains(a.name()) || sharesSurname(a.name(), excluded)) {
        continue;
      }
      Optional<Office> o = a.role().flatMap(r -> Office.of(r.text()));
      if (office.isPresent() && o.equals(office)) {
        same.add(a.name());
      } else if (a.role().isPresent()) {
        if (office.isPresent() && o.isPresent() && o.get().branch().equals(office.get().branch())) {
          sameBranch.add(a.name());
        }
        otherRoles.add(a.name());
        if (o.isEmpty()) {
          noOffice.add(a.name());
        }
      } else {
        roleless.add(a.name());
      }
    }
    // Only people who could have been the answer: the same kind of office as the key, or, for a
    // key with no known office, the article's people with no known office either. A reviewer
    // rejects "other names from the article, whatever their role" as implausible (REVIEW.md D1).
    List<String> out = new ArrayList<>(same);
    if (ask == Ask.HOLDS) {
      if (office.isPresent() && !office.get().local()) {
        out.addAll(curated(key, office.get(), seed, false));
      } else if (office.isEmpty()) {
        // A role that names no office ("abogado de la familia", "portavoz de la campaña") could be
        // held by any of the story's people who hold no office either; a judge or a governor
        // offered for it is ruled out by the question (REVIEW.md D1).
        out.addAll(noOffice);
        out.addAll(roleless);
      }
    } else if (ask == Ask.SAID) {
      // Anyone the article names could have said it; a reader who skipped it cannot tell. Those
      // who speak or come back in the story, and those named once ("the Ronald Reagan
      // appointee" offered as a 2025 speaker) only when too few others are left; a former
      // officeholder named once is no speaker at all.
      List<String> others = new ArrayList<>(otherRoles);
      others.addAll(roleless);
      List<String> voices = new ArrayList<>();
      List<String> passing = new ArrayList<>();
      // A judge speaks from the bench or in a ruling, never for a party: a spokesperson's or a
      // lawyer's words ("We urge the court …") offered as a judge's are an option of the wrong
      // kind, which a reader rules out (REVIEW.md D1).
      boolean keyJudges = office.map(o -> o.branch().equals("judiciary")).orElse(false);
      boolean judgesLeftOut = false;
      for (String name : others) {
        Actor a = actor(name);
        if (!spanish
            && !keyJudges
            && officeOf(name).map(o -> o.branch().equals("judiciary")).orElse(false)) {
          judgesLeftOut = true;
          continue;
        }
        boolean once = a != null && a.mentions() < 2 && a.quoteIds().isEmpty();
        boolean former =
            a != null
                && a.role()
                    .map(r -> r.text().toLowerCase(java.util.Locale.ROOT).startsWith("former "))
                    .orElse(false);
        if (once && former) {
          continue;
        }
        (once ? passing : voices).add(name);
      }
      out.addAll(voices);
      // In a story whose other voices are judges, the people named once are the judges'
      // appointers and the like ("nominated by President Ronald Reagan"), no more a party's voice.
      if (voices.size() < 2 && !judgesLeftOut) {
        out.addAll(passing); // people named once only when the story has too few others
      }
      // A Spanish story names few people: too few of them for a who-said question are joined by
      // the people who held the speaker's kind of office that day (ADR 21).
      if (spanish && out.size() < 2 && office.isPresent() && !office.get().local()) {
        out.addAll(bySuccession(curated(key, office.get(), seed, true)));
      }
    } else if (office.isPresent()) {
      // The story's own people of the same branch before anyone from outside it: the governor
      // beside the president, another judge of the case beside the judge; never for an act only
      // a president performs (R14: the vice president offered as who granted the pardons).
      if (!(office.get() == Office.PRESIDENT && presidentialAct)) {
        out.addAll(sameBranch);
      }
      if (!office.get().local()) {
        out.addAll(curated(key, office.get(), seed, false));
      }
    } else {
      out.addAll(noOffice);
      out.addAll(roleless);
    }
    // A Spanish story names few people (ADR 21): a governor's blank or quotation whose words name
    // no state could be any state's governor's, so the other governors sitting that day join the
    // article's few; where the words name a state, another state's governor is ruled out by them
    // and none is offered (REVIEW.md D1). A role question states the office and its state.
    if (spanish
        && ask != Ask.HOLDS
        && out.size() < 2
        && office.isPresent()
        && office.get().local()
        && !namesState(sentence)) {
      out.addAll(curated(key, office.get(), seed, false));
    }
    // "¿Quién dijo …?" says no gender; a sentence around a blank or a role does.
    return spanish && ask != Ask.SAID ? sameGender(key, out, ask == Ask.HOLDS) : out;
  }

  /**
   * A Spanish stem says its person's gender ("la jueza _____", "¿quién es el gobernador …?"), so a
   * wrong answer of the other gender is ruled out by form (REVIEW.md D3): only people whose first
   * name is not known to go with the other gender stay.
   */
  private List<String> sameGender(String key, List<String> options, boolean stemSaysIt) {
    NameGender.Gender g = NameGender.Gender.UNKNOWN;
    for (String f : forms(key)) {
      NameGender.Gender known = genderOf(f);
      if (known != NameGender.Gender.UNKNOWN) {
        g = known;
        break;
      }
    }
    if (g == NameGender.Gender.UNKNOWN) {
      return options;
    }
    List<String> out = new ArrayList<>();
    for (String o : options) {
      NameGender.Gender other = genderOf(o);
      // "¿quién es la jueza …?" names the gender itself: only people known to share it.
      if (other == g || (other == NameGender.Gender.UNKNOWN && !stemSaysIt)) {
        out.add(o);
      }
    }
    return out;
  }

  /** The gender of a first name, else of the Spanish role the article gives ("jueza"). */
  private NameGender.Gender genderOf(String name) {
    String[] parts = name.strip().split("\\s+");
    NameGender.Gender g = parts.length < 2 ? NameGender.Gender.UNKNOWN : genders.of(parts[0]);
    if (g != NameGender.Gender.UNKNOWN) {
      return g;
    }
    for (Actor a : people) {
      if (a.name().equals(name) || a.aliases().contains(name)) {
        String first =
            a.role()
                .map(r -> r.text().strip().split("\\s+")[0].toLowerCase(Locale.ROOT))
                .orElse("");
        if (FEMININE_ROLES.contains(first)) {
          return NameGender.Gender.FEMALE;
        }
        if (MASCULINE_ROLES.contains(first)) {
          return NameGender.Gender.MALE;
        }
      }
    }
    return NameGender.Gender.UNKNOWN;
  }

  private static final Set<String> FEMININE_ROLES =
      Set.of(
          "jueza",
          "gobernadora",
          "presidenta",
          "vicepresidenta",
          "secretaria",
          "senadora",
          "alcaldesa",
          "ministra",
          "magistrada",
          "diputada",
          "primera",
          "directora",
          "embajadora");

  private static final Set<String> MASCULINE_ROLES =
      Set.of(
          "juez",
          "gobernador",
          "presidente",
          "vicepresidente",
          "secretario",
          "senador",
          "alcalde",
          "ministro",
          "magistrado",
          "diputado",
          "primer",
          "director",
          "embajador");

  /** The national executive's offices in the order of succession ("succession-order"). */
  private static final List<String> SUCCESSION = WordList.listOf("succession-order");

  /**
   * {@code names} with the national executive first in the order of presidential succession (the
   * vice president, the secretary of state, …), the rest after in their order: for a president's
   * words, the officials who speak for the administration, not the secretary of labor (R-es2).
   */
  private List<String> bySuccession(List<String> names) {
    List<String> out = new ArrayList<>(names);
    out.sort(java.util.Comparator.comparingInt(this::successionRank));
    return out;
  }

  private int successionRank(String name) {
    for (Officeholders.Tenure t : officeholders.tenures()) {
      if (t.names().getFirst().equals(name)
          && published.isPresent()
          && t.on(published.get())
          && SUCCESSION.contains(t.office())) {
        return SUCCESSION.indexOf(t.office());
      }
    }
    return SUCCESSION.size();
  }

  /**
   * Curated people for a key in office {@code o}: those the officeholders table lists in the same
   * kind of office on the article's date (other justices for a justice, other governors for a
   * governor); where the table has no one else, the distractor pool's. A president's distractors
   * are never other presidents: no one else held the office on that date.
   *
   * <p>A key the table lists in the office before the article's date, and not on it (a former
   * president in a story of his trial), is one of those who held it before: its distractors are the
   * office's other former holders, never the officials sitting that day (session 13: the sitting
   * cabinet offered for what a former president claimed). A sitting president's fellow executives
   * are those of his own term, who took office on or after he did: on a president's first day the
   * outgoing cabinet is no one who could have spoken for him.
   */
  private List<String> curated(String key, Office o, long seed, boolean words) {
    List<String> sitting = new ArrayList<>();
    boolean tableKnowsOffice = false;
    Set<String> keyForms = forms(key);
    List<Officeholders.Tenure> keyTenures = new ArrayList<>();
    for (Officeholders.Tenure t : officeholders.tenures()) {
      if (Office.of(t.office()).equals(Optional.of(o)) && holds(t, keyForms)) {
        keyTenures.add(t);
      }
    }
    if (published.isPresent()
        && !keyTenures.isEmpty()
        && keyTenures.stream().noneMatch(t -> t.on(published.get()))) {
      return formerHolders(o, keyForms);
    }
    // A president's term is an administration: its executives took office in it. A secretary's
    // colleagues may have come before her.
    java.time.LocalDate termStart =
        keyTenures.stream()
            .filter(t -> o == Office.PRESIDENT && published.isPresent() && t.on(published.get()))
            .map(Officeholders.Tenure::start)
            .findFirst()
            .orElse(null);
    for (Officeholders.Tenure t : officeholders.tenures()) {
      if (Office.of(t.office()).equals(Optional.of(o))) {
        tableKnowsOffice = true;
        if (published.isPresent()
            && t.on(published.get())
            && !namedInArticle(t.names().getFirst())
            && !sitting.contains(t.names().getFirst())) {
          sitting.add(t.names().getFirst());
        }
      }
    }
    if (!tableKnowsOffice) {
      return pool("PERSON", o.poolName(), seed);
    }
    if (sitting.size() < 2
        && o.national()
        && o.branch().equals("executive")
        && (o != Office.PRESIDENT || words)) {
      // A secretary with no peer in the table: the other national executives sitting on the
      // article's date could have done what the stem says, and any of them could have said a
      // president's words ({@code words}). Never for what a president did, which no secretary
      // stands in for: R17 and R19 rejected cabinet secretaries offered as who signed an order,
      // who moved to fire a Fed governor and who met Putin at a summit (D1).
      for (Officeholders.Tenure t : officeholders.tenures()) {
        Optional<Office> other = Office.of(t.office());
        if (other.isPresent()
            && !other.get().equals(o)
            && other.get().national()
            && other.get().branch().equals("executive")
            && published.isPresent()
            && t.on(published.get())
            && (termStart == null || !t.start().isBefore(termStart))
            && !namedInArticle(t.names().getFirst())
            && !sitting.contains(t.names().getFirst())) {
          sitting.add(t.names().getFirst());
        }
      }
    }
    if (sitting.isEmpty()) {
      return sitting;
    }
    int shift = Math.floorMod(seed, sitting.size());
    List<String> out = new ArrayList<>(sitting.subList(shift, sitting.size()));
    out.addAll(sitting.subList(0, shift));
    return out;
  }

  /** True when tenure {@code t} is held by the person of {@code forms} (a full name or a form). */
  private static boolean holds(Officeholders.Tenure t, Set<String> forms) {
    for (String n : t.names()) {
      for (String f : forms) {
        if (n.equals(f)
            || (f.contains(" ")
                && surname(n).equals(surname(f))
                && n.startsWith(f.split("\\s+")[0]))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The people who held office {@code o} before the article's date, the most recent first, not the
   * key and not named in the article.
   */
  private List<String> formerHolders(Office o, Set<String> keyForms) {
    List<Officeholders.Tenure> before = new ArrayList<>();
    for (Officeholders.Tenure t : officeholders.tenures()) {
      if (Office.of(t.office()).equals(Optional.of(o))
          && t.end().isPresent()
          && t.end().get().isBefore(published.get())
          && !holds(t, keyForms)
          && !namedInArticle(t.names().getFirst())) {
        before.add(t);
      }
    }
    before.sort(Comparator.comparing((Officeholders.Tenure t) -> t.end().get()).reversed());
    List<String> out = new ArrayList<>();
    for (Officeholders.Tenure t : before) {
      if (!out.contains(t.names().getFirst())) {
        out.add(t.names().getFirst());
      }
    }
    return out;
  }

  /**
   * True when the officeholders table lists the person named {@code key} (or a form of the name) as
   * a justice of the U.S. Supreme Court, or knows no justices at all.
   */
  private boolean listedJustice(String key) {
    Set<String> forms = forms(key);
    boolean tableKnows = false;
    for (Officeholders.Tenure t : officeholders.tenures()) {
      if (Office.of(t.office()).equals(Optional.of(Office.JUSTICE))) {
        tableKnows = true;
        for (String n : t.names()) {
          for (String f : forms) {
            if (f.equals(n) || surname(f).equalsIgnoreCase(surname(n))) {
              return true;
            }
          }
        }
      }
    }
    return !tableKnows;
  }

  /**
   * The kind of office the article gives the person named {@code name}, if any. A nominee or an
   * official-elect holds none yet: "attorney general nominee" has no sitting attorneys general as
   * peers (R14).
   */
  Optional<Office> officeOf(String name) {
    for (Actor a : people) {
      if (a.name().equals(name) || a.aliases().contains(name)) {
        return a.role()
            .filter(r -> !NOT_YET.matcher(r.text()).find())
            .flatMap(r -> Office.of(r.text()));
      }
    }
    return Optional.empty();
  }

  private static final Pattern NOT_YET =
      Pattern.compile("(?i)\\b(nominee|nominated|designate|pick|candidate)\\b|-elect\\b");

  /** The names the article uses for the person named {@code name}, that one included. */
  private Set<String> forms(String name) {
    Set<String> out = new java.util.HashSet<>();
    out.add(name);
    for (Actor a : people) {
      if (a.name().equals(name) || a.aliases().contains(name)) {
        out.add(a.name());
        out.addAll(a.aliases());
      }
    }
    return out;
  }

  private static boolean sharesSurname(String name, Set<String> forms) {
    String surname = surname(name);
    for (String f : forms) {
      if (surname(f).equalsIgnoreCase(surname)) {
        return true;
      }
    }
    return false;
  }

  /** The surname of a full name: "Ana Ruiz" is "Ruiz", "Juan Soto Jr." is "Soto". */
  static String surname(String name) {
    String[] parts = name.strip().split("\\s+");
    String last = parts[parts.length - 1];
    if (parts.length > 1 && last.matches("(?i)jr\\.?|sr\\.?|ii|iii|iv")) {
      last = parts[parts.length - 2];
    }
    return last.replaceAll("[,.]$", "");
  }

  /**
   * Organizations for an organization key: the article's own, then pool bodies of the same kind
   * (departments for a department, agencies for an agency), matching the key's leading "the".
   */
  List<String> organizations(String key, long seed) {
    List<String> out = new ArrayList<>();
    Optional<String> kind = orgKind(key);
    for (String o : organizations) {
      // A court's options are courts: the Federal Reserve or the National Guard beside "the
      // Supreme Court" is no answer anyone would weigh (R15, D1).
      if (kind.isEmpty() || orgKind(o).equals(kind)) {
        out.add(withArticleLike(o, key));
      }
    }
    orgKind(key)
        .ifPresent(
            k -> pool("ORGANIZATION", k, seed).forEach(o -> out.add(withArticleLike(o, key))));
    return out;
  }

  static Optional<String> orgKind(String name) {
    String n = " " + name.toLowerCase(Locale.ROOT) + " ";
    if (n.contains(" department ")) {
      return Optional.of("department");
    }
    if (n.contains(" court ") || n.contains(" circuit ")) {
      return Optional.of("court");
    }
    if (n.matches(".* (guard|army|marines?|corps) .*")) {
      return Optional.of("force");
    }
    if (n.contains(" congress ") || n.contains(" senate ") || n.contains(" house ")) {
      return Optional.of("legislature");
    }
    if (n.matches(".* (bureau|administration|agency|enforcement|protection|office|reserve) .*")) {
      return Optional.of("agency");
    }
    if (n.contains(" nations ") || n.contains(" nato ") || n.contains(" organization of ")) {
      return Optional.of("international");
    }
    return Optional.empty();
  }

  private static final Pattern SHORT_DEPARTMENT =
      Pattern.compile("(?:[Tt]he )?(\\p{Lu}\\p{L}+(?: \\p{Lu}\\p{L}+)?) Department");
  private static final Pattern LONG_DEPARTMENT =
      Pattern.compile("(?:[Tt]he )?Department of (?:the )?(\\p{Lu}\\p{L}+(?: \\p{Lu}\\p{L}+)?)");

  private static String withArticleLike(String name, String key) {
    // "the Defense Department" beside the key "the Justice Department", not "the Department of
    // Defense": options of one form (REVIEW.md D3).
    Matcher longName = LONG_DEPARTMENT.matcher(name);
    Matcher shortName = SHORT_DEPARTMENT.matcher(name);
    if (SHORT_DEPARTMENT.matcher(key).matches() && longName.matches()) {
      name = longName.group(1) + " Department";
    } else if (LONG_DEPARTMENT.matcher(key).matches() && shortName.matches()) {
      name = "Department of " + shortName.group(1);
    }
    boolean keyThe = key.startsWith("the ") || key.startsWith("The ");
    String bare = name.startsWith("the ") || name.startsWith("The ") ? name.substring(4) : name;
    if (keyThe && Character.isUpperCase(bare.charAt(0)) && !bare.equals("Congress")) {
      return (key.startsWith("The ") ? "The " : "the ") + bare;
    }
    return keyThe ? name : bare;
  }

  /**
   * Pool entries of one type and kind not named in the article, in an order fixed by {@code seed}.
   */
  private List<String> pool(String type, String kind, long seed) {
    List<String> names = new ArrayList<>();
    for (String[] e : POOL) {
      if (e[0].equals(type) && e[1].equals(kind) && !namedInArticle(e[2])) {
        names.add(e[2]);
      }
    }
    if (names.isEmpty()) {
      return names;
    }
    int shift = Math.floorMod(seed, names.size());
    List<String> out = new ArrayList<>(names.subList(shift, names.size()));
    out.addAll(names.subList(0, shift));
    return out;
  }

  private boolean namedInArticle(String name) {
    String[] words = name.toLowerCase(Locale.ROOT).split("\\W+");
    return articleWords.contains(words[words.length - 1])
        && words[words.length - 1].length() > 3
        && Character.isUpperCase(name.charAt(name.lastIndexOf(' ') + 1));
  }

  /**
   * Other tallies of a vote of {@code win} to {@code lose}, written with the key's {@code dash}:
   * the same number of votes cast and the same side winning (a bill that passed still passes, a 6–3
   * ruling's options are other splits of nine with the same majority). A small body (a court, a
   * panel, a council) gets the nearest narrower split, the unanimous one and the split farthest
   * from the key between them (6–3: 5–4, 8–1, 9–0); a chamber gets winning counts a few percent of
   * the votes apart, one below the key where a narrower win exists, so the options do not converge
   * on the key (REVIEW.md D4, D5). Fewer than two when the body has no other winning split (2–1).
   */
  static List<String> tallies(int win, int lose, String dash) {
    int n = win + lose;
    List<Integer> winners = new ArrayList<>();
    if (win <= lose || n < 3) {
      return List.of();
    }
    if (n <= 15) {
      List<Integer> valid = new ArrayList<>();
      for (int w = n / 2 + 1; w <= n; w++) {
        if (w != win) {
          valid.add(w);
        }
      }
      valid.stream().filter(w -> w < win).max(Integer::compare).ifPresent(winners::add);
      if (n != win) {
        winners.add(n);
      }
      List<Integer> rest = new ArrayList<>(valid);
      rest.removeAll(winners);
      rest.sort(Comparator.comparingInt((Integer w) -> -Math.abs(w - win)).thenComparing(w -> w));
      for (int w : rest) {
        if (winners.size() >= 3) {
          break;
        }
        winners.add(w);
      }
    } else {
      int step = Math.max(2, Math.round(n * 0.04f));
      List<Integer> order = new ArrayList<>();
      order.add(win - step);
      if (win - step <= n / 2 && n / 2 + 1 < win) {
        order.add(n / 2 + 1); // a narrower win than the key, as close as a vote can be
      }
      order.add(win + step);
      order.add(win + 2 * step);
      order.add(win + 3 * step);
      order.add(win - 2 * step);
      for (int w : order) {
        if (winners.size() < 3 && 2 * w > n && w <= n && w != win && !winners.contains(w)) {
          winners.add(w);
        }
      }
    }
    List<String> out = new ArrayList<>();
    for (int w : winners) {
      out.add(w + dash + (n - w));
    }
    return out;
  }

  /**
   * Numbers of the key's magnitude, formatted like {@code shown} ("1,500", "12.5"), none equal to a
   * value the article gives for the same unit. How many fall below the key depends on {@code seed},
   * so the key is not the value the options converge on; a count of people or an age stays in a
   * range such a value can take.
   */
  static List<String> numbers(
      BigDecimal value, String shown, Set<BigDecimal> taken, boolean age, long seed) {
    int below = (int) Math.floorMod(seed, 4L);
    boolean commas = shown.contains(",") || value.compareTo(BigDecimal.valueOf(10_000)) >= 0;
    boolean integral = value.stripTrailingZeros().scale() <= 0;
    boolean small = integral && value.compareTo(BigDecimal.valueOf(12)) <= 0;
    double v = value.doubleValue();
    double[] down;
    double[] up;
    if (age) {
      down = new double[] {v - 6, v - 13, v - 21};
      up = new double[] {v + 5, v + 11, v + 17};
    } else if (small) {
      // Neighbours: a 2% target against 1% and 3%, not 7%.
      down = new double[] {v - 1, v - 2, v - 3};
      up = new double[] {v + 1, v + 2, v + 3};
    } else {
      down = new double[] {v * 0.6, v * 0.4, v * 0.25};
      up = new double[] {v * 1.5, v * 2, v * 3};
    }
    Set<String> out = new LinkedHashSet<>();
    // Take the planned number below the key, then fill from above, then from below again.
    List<Double> order = new ArrayList<>();
    for (int i = 0; i < below; i++) {
      order.add(down[i]);
    }
    for (double u : up) {
      order.add(u);
    }
    for (int i = below; i < down.length; i++) {
      order.add(down[i]);
    }
    // Options as round as the key: 25 basis points against 50 and 75, not 20 and 30.
    long step = integral && !small && !age ? step(value.longValue()) : 1;
    for (double d : order) {
      BigDecimal n = BigDecimal.valueOf(d).round(new MathContext(2));
      if (integral) {
        n = n.setScale(0, java.math.RoundingMode.HALF_UP);
      }
      if (step > 1) {
        n = BigDecimal.valueOf(Math.round(n.doubleValue() / step) * step);
      }
      boolean percentLike = shown.contains("%") || shown.contains("percent");
      if (n.signum() <= 0
          || n.compareTo(value) == 0
          || contains(taken, n)
          || (percentLike && n.compareTo(BigDecimal.valueOf(100)) > 0)
          || (age && (n.intValue() < 18 || n.intValue() > 104))) {
        continue;
      }
      out.add(format(n, commas, integral));
      if (out.size() == 3) {
        break;
      }
    }
    return List.copyOf(out);
  }

  /**
   * The roundest unit of 5, 10, 25, 50, 100, 250, 500, 1,000, 2,500, … that divides {@code v} (25
   * for 75, 500 for 1,500, 1,000 for 2,000), or 1 when none does.
   */
  static long step(long v) {
    long best = 1;
    for (long decade = 1; decade <= v; decade *= 10) {
      for (long unit : new long[] {decade * 5 / 2, decade * 5, decade * 10}) {
        if (unit >= 5 && unit <= v && v % unit == 0 && (unit != decade * 5 / 2 || decade >= 10)) {
          best = Math.max(best, unit);
        }
      }
    }
    return best;
  }

  private static boolean contains(Set<BigDecimal> taken, BigDecimal v) {
    for (BigDecimal t : taken) {
      if (t.compareTo(v) == 0) {
        return true;
      }
    }
    return false;
  }

  static String format(BigDecimal v, boolean commas, boolean integral) {
    DecimalFormat f =
        new DecimalFormat(
            (commas ? "#,##0" : "0") + (integral ? "" : ".##"),
            DecimalFormatSymbols.getInstance(Locale.US));
    return f.format(v);
  }

  /**
   * Dates of the same precision as {@code iso}: other dates of the article first, then dates spread
   * unevenly around the key (how many before it depends on {@code seed}, so the key is not the date
   * the others converge on). All stay on the key's side of the publication date: an event the
   * article reports as past gets no option after the article was published, and a coming one none
   * before.
   */
  static List<String> dates(
      String iso, List<String> articleDates, Optional<LocalDate> published, long seed) {
    Set<String> out = new LinkedHashSet<>();
    for (String d : articleDates) {
      if (d.length() == iso.length() && !d.equals(iso) && sameSide(d, iso, published)) {
        out.add(display(d));
      }
    }
    int below = (int) Math.floorMod(seed, 4L);
    List<String> generated = new ArrayList<>();
    if (iso.length() == 10) {
      LocalDate d = LocalDate.parse(iso);
      long[] down = {-8, -19, -34};
      long[] up = {7, 16, 29};
      for (long n : spread(down, up, below)) {
        generated.add(d.plusDays(n).toString());
      }
    } else if (iso.length() == 7) {
      YearMonth m = YearMonth.parse(iso);
      for (long n : spread(new long[] {-2, -5, -9}, new long[] {3, 6, 10}, below)) {
        generated.add(m.plusMonths(n).toString());
      }
    } else {
      int y = Integer.parseInt(iso);
      for (long n : spread(new long[] {-2, -4, -7}, new long[] {1, 3, 5}, below)) {
        generated.add(Long.toString(y + n));
      }
    }
    for (String g : generated) {
      if (sameSide(g, iso, published)) {
        out.add(display(g));
      }
    }
    out.remove(display(iso));
    List<String> list = new ArrayList<>(out);
    laterDay(iso, published)
        .ifPresent(
            later -> {
              // A day between the key and publication, when no later option is among the first
              // three: a
              // recent event's later days all fall after publication and go, and the key would be
              // the
              // latest option every time (R-es7, REVIEW.md C4).
              String shown = display(later);
              boolean laterAmongFirst =
                  list.subList(0, Math.min(3, list.size())).stream()
                      .anyMatch(o -> GenerateQuiz.magnitude(o) > LocalDate.parse(iso).toEpochDay());
              if (!laterAmongFirst && !list.contains(shown)) {
                list.add(Math.min(1, list.size()), shown);
              }
            });
    return List.copyOf(list);
  }

  /**
   * A day halfway between a day key and the publication date less than a week after it (the nearest
   * generated later day, a week on, would be after publication), if there is one.
   */
  private static Optional<String> laterDay(String iso, Optional<LocalDate> published) {
    if (iso.length() != 10 || published.isEmpty()) {
      return Optional.empty();
    }
    LocalDate key = LocalDate.parse(iso);
    long gap = published.get().toEpochDay() - key.toEpochDay();
    if (gap < 1 || gap >= 7) {
      return Optional.empty();
    }
    return Optional.of(key.plusDays(Math.max(1, gap / 2)).toString());
  }

  /** {@code below} offsets from {@code down}, then {@code up}, then the rest of {@code down}. */
  private static List<Long> spread(long[] down, long[] up, int below) {
    List<Long> out = new ArrayList<>();
    for (int i = 0; i < Math.min(below, down.length); i++) {
      out.add(down[i]);
    }
    for (long u : up) {
      out.add(u);
    }
    for (int i = Math.min(below, down.length); i < down.length; i++) {
      out.add(down[i]);
    }
    return out;
  }

  /** True when {@code d} lies on the same side of the publication date as {@code key}. */
  private static boolean sameSide(String d, String key, Optional<LocalDate> published) {
    if (published.isEmpty()) {
      return true;
    }
    LocalDate p = published.get();
    return after(d, p) == after(key, p);
  }

  private static boolean after(String iso, LocalDate p) {
    return switch (iso.length()) {
      case 10 -> LocalDate.parse(iso).isAfter(p);
      case 7 -> YearMonth.parse(iso).isAfter(YearMonth.from(p));
      default -> Integer.parseInt(iso) > p.getYear();
    };
  }

  /**
   * Day options ("October 15, 2025") written as {@code key} writes its date, without the year:
   * "Oct. 15" beside "Oct. 22", "March 11" beside "March 4" (AP style abbreviates the long months);
   * only days of the key's year ({@code keyIso}).
   */
  static List<String> withoutYear(List<String> options, String key, String keyIso) {
    boolean abbreviated = key.matches("^\\p{L}+\\.\\s.*");
    int year = LocalDate.parse(keyIso).getYear();
    List<String> out = new ArrayList<>();
    for (String o : options) {
      LocalDate d;
      try {
        d = LocalDate.parse(o, DAY);
      } catch (java.time.format.DateTimeParseException e) {
        continue;
      }
      if (d.getYear() != year) {
        continue; // without the year, "Dec. 29" beside "Jan. 6" has no order a reader can see
      }
      String month = d.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
      if (abbreviated && month.length() > 5) {
        month = month.equals("September") ? "Sept." : month.substring(0, 3) + ".";
      }
      out.add(month + " " + d.getDayOfMonth());
    }
    return out;
  }

  /** "2025-01-20" reads "January 20, 2025"; "2025-01" reads "January 2025". */
  static String display(String iso) {
    return switch (iso.length()) {
      case 10 -> LocalDate.parse(iso).format(DAY);
      case 7 -> YearMonth.parse(iso).format(MONTH);
      default -> iso;
    };
  }

  private static List<String[]> loadPool() {
    List<String[]> out = new ArrayList<>();
    InputStream in = Distractors.class.getResourceAsStream("distractor-pool.txt");
    if (in == null) {
      throw new IllegalStateException("distractor-pool.txt is missing from the core jar");
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.split("\\|", 3));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(out);
  }
}
