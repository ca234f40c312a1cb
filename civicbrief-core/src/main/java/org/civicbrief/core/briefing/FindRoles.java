package org.civicbrief.core.briefing;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.civicbrief.core.civic.Officeholders;
import org.civicbrief.core.text.EntityMention;
import org.civicbrief.core.text.Pronouns;
import org.civicbrief.core.text.Sentence;
import org.civicbrief.core.text.Token;
import org.civicbrief.core.text.WordList;

/**
 * Reads each person's role as the article states it: a title before the name ("U.S. President
 * Donald Trump"), an appositive after it ("Mike Vigil, a former DEA agent,"), or one before it
 * ("the agency's director, Samuel Ito"). The first mention that states a role wins.
 */
final class FindRoles {

  private final Officeholders officeholders;

  FindRoles() {
    this(Officeholders.none());
  }

  /** Falls back on {@code officeholders} for a person the article names without a role. */
  FindRoles(Officeholders officeholders) {
    this.officeholders = officeholders;
  }

  Map<Cluster, Role> find(Analysis a, List<Cluster> actors) {
    Map<Cluster, Role> out = new HashMap<>();
    Optional<LocalDate> published = a.annotated.article().published();
    for (Cluster c : actors) {
      if (c.kind != ActorKind.PERSON) {
        continue;
      }
      for (EntityMention m : c.mentions) {
        if (!a.isBody(m.sentence()) || a.insideQuote(m.start())) {
          continue;
        }
        Sentence s = a.sentence(m.sentence());
        Optional<Role> role =
            appositiveAfter(a, s, m)
                .filter(r -> readable(a, s, r))
                .or(() -> titleBefore(a, s, m).filter(r -> readable(a, s, r)))
                .or(() -> appositiveBefore(a, s, m).filter(r -> readable(a, s, r)));
        if (role.isPresent() && !out.containsKey(c)) {
          out.put(c, role.get());
          if (!bare(role.get())) {
            break;
          }
        } else if (role.isPresent() && refines(role.get(), out.get(c))) {
          out.put(c, role.get()); // "Judge Ortiz", then "U.S. District Judge Ana Ortiz"
          break;
        }
      }
      if (published.isPresent() && (!out.containsKey(c) || bare(out.get(c)))) {
        // R17: a bare "Gov." or "Justice" where the table knows the office ("Governor of
        // Florida"): the table's, when it is the title's office.
        Role stated = out.get(c);
        fromTable(c, published.get(), a.spanish())
            .filter(r -> stated == null || refines(r, stated))
            .ifPresent(r -> out.put(c, r));
      }
    }
    return out;
  }

  /**
   * The office the table says the person held on the article's date, "as of" that date, with the
   * table's source, so a sitting official is never "former"; for a person who held none on that
   * date, the last office they held before it, as "former …" with the day it ended.
   */
  private Optional<Role> fromTable(Cluster c, LocalDate date, boolean spanish) {
    List<String> names = new java.util.ArrayList<>();
    names.add(c.name);
    names.addAll(c.aliases);
    for (EntityMention m : c.mentions) {
      names.add(m.text());
    }
    EntityMention m = c.nameMention;
    for (String n : names) {
      Optional<Officeholders.Tenure> t = officeholders.heldBy(n, date);
      if (t.isPresent()) {
        String office =
            spanish
                ? spanishOffice(t.get().office(), c.gender) + " (al " + spanishDate(date) + ")"
                : t.get().office() + " (as of " + AS_OF.format(date) + ")";
        return Optional.of(
            new Role(
                office,
                new Evidence(m.sentence(), m.start(), m.end()),
                Optional.of("officeholders table, from " + t.get().source())));
      }
    }
    // Out of office on the date, after holding one the table knows: "former", with the date the
    // office ended, so the reader can check it. (Not in Spanish yet: "ex" joins the office word,
    // "expresidente", which the table's Spanish forms do not write.)
    for (String n : spanish ? List.<String>of() : names) {
      Optional<Officeholders.Tenure> t = officeholders.heldLastBefore(n, date);
      if (t.isPresent()) {
        return Optional.of(
            new Role(
                "former " + t.get().office() + " (until " + AS_OF.format(t.get().end().get()) + ")",
                new Evidence(m.sentence(), m.start(), m.end()),
                Optional.of("officeholders table, from " + t.get().source())));
      }
    }
    return Optional.empty();
  }

  /**
   * The table's office as a Spanish article writes it (ADR 21), in the feminine for a woman: the
   * table's offices are English text ("Secretary of Defense"), and a role in a Spanish briefing is
   * read beside the article's own ("secretario de Defensa").
   */
  static String spanishOffice(String office, NameGender.Gender gender) {
    String forms = SPANISH_OFFICES.get(office);
    if (forms == null) {
      throw new IllegalStateException(
          "office \"" + office + "\" has no Spanish form in word table offices-es");
    }
    String[] mf = forms.split(";");
    return gender == NameGender.Gender.FEMALE ? mf[1] : mf[0];
  }

  /** "15 de agosto de 2025". */
  static String spanishDate(LocalDate date) {
    return date.getDayOfMonth()
        + " de "
        + date.getMonth().getDisplayName(java.time.format.TextStyle.FULL, SPANISH)
        + " de "
        + date.getYear();
  }

  private static final Locale SPANISH = Locale.forLanguageTag("es");

  /** The officeholders table's offices in Spanish, masculine and feminine ("offices-es"). */
  private static final Map<String, String> SPANISH_OFFICES = WordList.tableOf("offices-es");

  private static final java.time.format.DateTimeFormatter AS_OF =
      java.time.format.DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

  /** Titles and offices that, before a name, state a role ("Senator", "border czar"). */
  static final Set<String> TITLES = WordList.of("titles");

  /** Nouns that make a phrase a role ("a former DEA agent", "the senate minority leader"). */
  static final Set<String> ROLE_NOUNS = WordList.of("role-nouns");

  /** Demonyms and short forms that a role normalizes into "of Country" ("Mexican President"). */
  private static final Map<String, String> COUNTRIES = WordList.tableOf("countries");

  private static final Set<String> NOT_A_ROLE_START = WordList.of("not-a-role-start");

  /**
   * A role a reader can take as one: a short noun phrase that names no one else, is not a group
   * ("three liberal justices") and does not start with a preposition ("over the president's bid to
   * remove …").
   */
  private static boolean readable(Analysis a, Sentence s, Role r) {
    String t = r.text().strip();
    String[] words = t.split("\\s+");
    if (t.isEmpty()
        || words.length > 10
        || NOT_A_ROLE_START.contains(words[0].toLowerCase(Locale.ROOT))
        || t.chars().filter(ch -> ch == '(').count() != t.chars().filter(ch -> ch == ')').count()
        || t.endsWith(" and")
        || t.endsWith(",")) {
      return false;
    }
    for (EntityMention m : a.annotated.mentionsIn(s.index())) {
      if (m.type() == org.civicbrief.core.text.EntityType.PERSON
          && m.start() >= r.evidence().start()
          && m.end() <= r.evidence().end()
          && !governed(s, m, r)) {
        return false; // another person's name as the role ("Justice Samuel Alito")
      }
    }
    Token head = head(s, r);
    return head == null || (!head.pos().equals("NNS") && !head.pos().equals("NNPS"));
  }

  /**
   * "a lawyer representing Trump", "an adviser to Biden": another person named as the object of a
   * verb or preposition inside the role is whom the role serves, not the role.
   */
  private static boolean governed(Sentence s, EntityMention m, Role r) {
    int before = m.firstToken() - 1;
    if (before < 0 || s.token(before).start() < r.evidence().start()) {
      return false;
    }
    String p = s.token(before).pos();
    return p.equals("VBG") || p.equals("VBN") || p.equals("IN") || p.equals("TO");
  }

  /**
   * The head noun of a role: the word before its first preposition or participle ("attorney" of
   * "attorney for a group of voters"), else its last word. A plural head is a group ("three liberal
   * justices"), not one person's role.
   */
  private static Token head(Sentence s, Role r) {
    Token last = null;
    for (Token tok : s.tokens()) {
      if (tok.start() < r.evidence().start() || tok.end() > r.evidence().end()) {
        continue;
      }
      String p = tok.pos();
      if (last != null && (p.equals("IN") || p.equals("TO") || p.equals("VBG"))) {
        return last;
      }
      last = tok;
    }
    return last;
  }

  /** "U.S. President Donald Trump", "Senator Lindsey Graham", "border czar Tom Homan". */
  private static Optional<Role> titleBefore(Analysis a, Sentence s, EntityMention m) {
    if (a.spanish()) {
      return SpanishRoles.titleBefore(a, s, m);
    }
    int first = m.firstToken();
    boolean title = false;
    int i = m.firstToken() - 1;
    for (; i >= 0; i--) {
      Token t = s.token(i);
      // "President-elect Donald Trump", "Mayor-elect": the office's title, not yet held, as one
      // token or split at its hyphen.
      String w = t.text().toLowerCase(Locale.ROOT).replaceFirst("-(elect|designate)$", "");
      if ((w.equals("elect") || w.equals("designate"))
          && i >= 2
          && s.token(i - 1).text().equals("-")) {
        first = i - 1;
        i--;
        continue;
      }
      // "Senate President pro Tempore Mike McGuire", "Secretary of State Ana Ruiz": a lowercase
      // word inside a title, between a title word and the capitalized word after it (R17).
      if (TITLE_JOINTS.contains(w)
          && i > 0
          && first == i + 1
          && TITLES.contains(s.token(i - 1).text().toLowerCase(Locale.ROOT))) {
        first = i;
        continue;
      }
      boolean isTitle = TITLES.contains(w) && !t.pos().startsWith("VB");
      boolean country = COUNTRIES.containsKey(t.text());
      boolean proper =
          (t.isProperNoun() || t.pos().startsWith("JJ"))
              && Character.isUpperCase(t.text().charAt(0))
              && (i > 0 || t.isProperNoun());
      if (!(isTitle || country || proper) || a.insideQuote(t.start())) {
        break;
      }
      title |= isTitle && ROLE_NOUNS.contains(w.replace(".", "")) || abbreviated(w);
      first = i;
    }
    if (!title || first == m.firstToken()) {
      return Optional.empty();
    }
    int start = s.token(first).start();
    int end = s.token(m.firstToken() - 1).end();
    String text = normalize(a.text.substring(start, end));
    int tail = first == m.firstToken() - 1 ? placeAfter(a, s, m.lastToken() + 1) : -1;
    if (tail > 0) {
      // "Judge Ana Ortiz of the U.S. District Court for …": the court the bare title belongs to
      // follows the name (R17, R18: "Judge" alone where the article names the court).
      // The evidence stays the title's: the name between them is no part of the role.
      String place = a.text.substring(s.token(m.lastToken() + 1).start(), s.token(tail).end());
      if (place.split("\\s+").length > LONGEST_PLACE && place.contains(" for ")) {
        place = place.substring(0, place.indexOf(" for ")); // "of the U.S. District Court"
      }
      String said = abbreviated(text.toLowerCase(Locale.ROOT)) ? spelledOut(text) : text;
      text = Character.toUpperCase(said.charAt(0)) + said.substring(1) + " " + place;
    }
    return Optional.of(new Role(text, a.evidence(s, start, end)));
  }

  /**
   * The last token of "of the District Court for the Eastern District of X" at {@code i}: "of", an
   * optional "the", then capitalized words (or an ordinal: "5th Circuit") joined by "of", "for" or
   * "the", ending on a capitalized word; -1 when the name is not followed so.
   */
  private static int placeAfter(Analysis a, Sentence s, int i) {
    if (i >= s.size() || !s.token(i).text().equals("of")) {
      return -1;
    }
    int last = -1;
    for (int j = i + 1; j < s.size() && !a.insideQuote(s.token(j).start()); j++) {
      String w = s.token(j).text();
      boolean capital = Character.isUpperCase(w.charAt(0)) || w.matches("\\d+(st|nd|rd|th)");
      if (capital) {
        last = j;
      } else if (!PLACE_JOINTS.contains(w) || (last < 0 && !w.equals("the"))) {
        break;
      }
    }
    return last;
  }

  private static final Set<String> PLACE_JOINTS = Set.of("of", "for", "the");

  /** Words of a court or place after a name that still fit a role a reader takes as one. */
  private static final int LONGEST_PLACE = 8;

  /**
   * A title of one word ("Gov.", "Judge", "Justice", "President"): no jurisdiction or court, where
   * the article or the officeholders table may say more.
   */
  static boolean bare(Role r) {
    return !r.text().strip().contains(" ") && r.source().isEmpty();
  }

  /**
   * True when {@code better} is the same title said more fully ("U.S. District Judge", "Judge").
   */
  static boolean refines(Role better, Role bare) {
    if (better.text().strip().split("\\s+").length < 2) {
      return false;
    }
    String title = spelledOut(bare.text().strip());
    for (String w : better.text().toLowerCase(Locale.ROOT).split("[\\s,()]+")) {
      if (!w.equals("former") && spelledOut(w).equals(title)) {
        return !better.text().toLowerCase(Locale.ROOT).startsWith("former");
      }
    }
    return false;
  }

  /** "Gov." as "governor": the title an abbreviation stands for, lower case. */
  private static String spelledOut(String w) {
    String t = w.toLowerCase(Locale.ROOT);
    return switch (t) {
      case "gov." -> "governor";
      case "sen." -> "senator";
      case "rep." -> "representative";
      case "gen." -> "general";
      case "lt." -> "lieutenant";
      case "atty." -> "attorney";
      default -> t;
    };
  }

  private static final Set<String> TITLE_JOINTS = Set.of("pro", "of");

  private static boolean abbreviated(String w) {
    return switch (w) {
      case "sen.", "rep.", "gov.", "gen.", "adm.", "lt.", "col.", "capt.", "sgt." -> true;
      default -> false;
    };
  }

  /** "Mike Vigil, a former DEA agent," / "López Obrador (AMLO), Mexico's president until 2024,". */
  private static Optional<Role> appositiveAfter(Analysis a, Sentence s, EntityMention m) {
    int i = m.lastToken() + 1;
    if (i < s.size() && s.token(i).text().equals("(")) {
      while (i < s.size() && !s.token(i).text().equals(")")) {
        i++;
      }
      i++;
    }
    if (i >= s.size() || !s.token(i).text().equals(",")) {
      return Optional.empty();
    }
    if (a.spanish() && i + 1 < s.size() && s.token(i + 1).pos().equals("CC")) {
      return Optional.empty(); // "Gavin Newsom, y el fiscal general": the next person's role
    }
    int from = i + 1;
    int to = from;
    while (to < s.size() && to - from < 14) {
      Token t = s.token(to);
      String w = t.text();
      if (w.equals(",")
          || w.equals(".")
          || w.equals(";")
          || w.equals(")")
          || w.equals("–")
          || w.equals("—")
          || w.equals("or")
          || Pronouns.RELATIVE.contains(w.toLowerCase(Locale.ROOT))
          || (a.spanish() && SpanishRoles.endsAppositive(t))
          || a.insideQuote(t.start())) {
        break; // "a dock worker who has crossed …": the role ends where its relative clause begins
      }
      to++;
    }
    if (to - from > LONGEST_ROLE) {
      // "Jason Murray, an attorney for a group of Republican and unaffiliated voters from Colorado
      // seeking …": the role, cut where a phrase ends within a reader's length.
      for (int end = Math.min(to - 1, from + LONGEST_ROLE); end > from + 1; end--) {
        String next = s.token(end).pos();
        if (s.token(end - 1).isNoun()
            && (next.equals("IN") || next.equals("TO") || next.equals("VBG"))) {
          return phrase(a, s, from, end);
        }
      }
    }
    return phrase(a, s, from, to);
  }

  /** Words in the longest role a reader takes as one, with its article. */
  private static final int LONGEST_ROLE = 11;

  /**
   * "The agency's director, Samuel Ito," — a role phrase ending in a comma just before the name.
   */
  private static Optional<Role> appositiveBefore(Analysis a, Sentence s, EntityMention m) {
    if (a.spanish()) {
      return SpanishRoles.appositiveBefore(a, s, m);
    }
    int comma = m.firstToken() - 1;
    if (comma < 1 || !s.token(comma).text().equals(",")) {
      return Optional.empty();
    }
    int from = comma;
    while (from > 0 && comma - from < 8) {
      Token t = s.token(from - 1);
      // "Colorado Secretary of State, Jena Griswold,": "of" between capitalized words is part of
      // the title.
      boolean titleOf =
          t.text().equals("of")
              && from - 2 >= 0
              && Character.isUpperCase(s.token(from - 2).text().charAt(0))
              && Character.isUpperCase(s.token(from).text().charAt(0));
      if (t.text().equals(",")
          || (t.pos().equals("IN") && !titleOf)
          || t.isVerb()
          || a.insideQuote(t.start())) {
        break;
      }
      from--;
    }
    boolean clauseStart = from == 0 || s.token(from - 1).text().equals(",");
    return clauseStart ? phrase(a, s, from, comma) : Optional.empty();
  }

  /** Tokens {@code [from, to)} as a role when they hold a role noun and no finite verb. */
  static Optional<Role> phrase(Analysis a, Sentence s, int from, int to) {
    if (to <= from) {
      return Optional.empty();
    }
    String firstPos = s.token(from).pos();
    if (firstPos.startsWith("W") || firstPos.equals("PRP")) {
      return Optional.empty(); // "who took office", "he said": a clause, not a role
    }
    if (s.token(from).pos().equals("DT")) {
      from++;
    }
    boolean roleNoun = false;
    for (int i = from; i < to; i++) {
      Token t = s.token(i);
      String p = t.pos();
      if (p.equals("VBD") || p.equals("VBZ") || p.equals("VBP") || p.equals("MD")) {
        return Optional.empty();
      }
      roleNoun |= t.isNoun() && ROLE_NOUNS.contains(t.lemma().toLowerCase(Locale.ROOT));
    }
    if (!roleNoun || from >= to) {
      return Optional.empty();
    }
    int start = s.token(from).start();
    int end = s.token(to - 1).end();
    return Optional.of(new Role(a.text.substring(start, end), a.evidence(s, start, end)));
  }

  /** "U.S. President" reads as "President of the United States", as a reference work would say. */
  static String normalize(String title) {
    int sp = title.indexOf(' ');
    if (sp > 0) {
      String country = COUNTRIES.get(title.substring(0, sp));
      String rest = title.substring(sp + 1);
      // "Mexican President" reads "President of Mexico"; "U.S. District Judge" stays as written.
      if (country != null
          && !country.equals("the United States")
          && !rest.isEmpty()
          && Character.isUpperCase(rest.charAt(0))) {
        return rest + " of " + country;
      }
    }
    return title;
  }
}
