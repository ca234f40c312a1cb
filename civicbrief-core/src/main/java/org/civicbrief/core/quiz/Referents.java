package org.civicbrief.core.quiz;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicbrief.core.briefing.Actor;
import org.civicbrief.core.briefing.ActorKind;
import org.civicbrief.core.briefing.NameGender;
import org.civicbrief.core.text.AnnotatedArticle;
import org.civicbrief.core.text.EntityMention;
import org.civicbrief.core.text.EntityType;
import org.civicbrief.core.text.Sentence;
import org.civicbrief.core.text.Token;
import org.civicbrief.core.text.WordList;

/**
 * Names what a stem would leave to a sentence the reader has not seen (REVIEW.md Q2): "The judge
 * also set a hearing …" becomes "U.S. District Judge Ana Ruiz also set a hearing …" when the
 * article has exactly one judge among its people; "The administration" becomes "The Harlow
 * administration" when the article names one administration; a clause-opening "He" or "She" becomes
 * the one person the sentence before names as its subject. Anything less certain is left as it is,
 * and the dangling-reference gate drops the stem: a wrong name is worse than no question.
 */
final class Referents {

  /** Office nouns a definite description uses ("the judge") and the role words that match them. */
  private static final List<Office> OFFICES =
      WordList.listOf("referent-offices").stream().map(Office::of).toList();

  /**
   * An office noun with its patterns, compiled once.
   *
   * @param noun the noun, lower case ("judge")
   * @param description "the judge" in a stem, not "the judge of …"
   * @param inRole the noun as a word of a role ("U.S. District Judge")
   */
  private record Office(String noun, Pattern description, Pattern inRole) {
    static Office of(String noun) {
      return new Office(
          noun,
          Pattern.compile("\\b([Tt]he) " + Pattern.quote(noun) + "\\b(?!\\s+(of|for)\\b)"),
          Pattern.compile(
              "(?i)\\b" + Pattern.quote(noun) + (noun.endsWith(".") ? "" : "\\b"),
              Pattern.UNICODE_CASE));
    }
  }

  /** "requires", "allows", "bars" right before "the governor": a rule about any holder. */
  private static final Pattern GENERIC_OFFICE =
      Pattern.compile(
          "\\b(requires?|required|allows?|allowed|lets|permits?|bars?|forbids?|authorizes?|"
              + "empowers?|prohibits?|limits?)\\s+$");

  private static final Pattern ADMINISTRATION =
      Pattern.compile("\\b(\\p{Lu}\\p{L}+) administration\\b");

  /**
   * "Supreme Court" and the name before it, if any: "Texas Supreme Court" and "the state Supreme
   * Court" are other courts.
   */
  private static final Pattern SUPREME_COURT =
      Pattern.compile("((?:\\p{Lu}[\\p{L}.]*\\s)+|state\\s)?Supreme Court");

  private static final Set<String> NATIONAL = Set.of("", "U.S.", "US", "United States", "The");

  private final AnnotatedArticle a;
  private final List<Actor> people;
  private final Optional<String> administration;
  private final boolean oneHighCourt;
  private final Optional<String> court;
  private final Optional<String> state;
  private final Things things;
  private final NameGender genders;

  Referents(AnnotatedArticle a, List<Actor> actors) {
    this(a, actors, Things.NONE);
  }

  Referents(AnnotatedArticle a, List<Actor> actors, Things things) {
    this(a, actors, things, NameGender.unknown());
  }

  Referents(AnnotatedArticle a, List<Actor> actors, Things things, NameGender genders) {
    String text = a.article().text();
    this.a = a;
    this.genders = genders;
    this.things = things;
    this.people = actors.stream().filter(x -> x.kind() == ActorKind.PERSON).toList();
    Set<String> administrations = new LinkedHashSet<>();
    Matcher m = ADMINISTRATION.matcher(text);
    while (m.find()) {
      if (!m.group(1).equals("The") && !m.group(1).equals("This")) {
        administrations.add(m.group(1));
      }
    }
    Set<String> courts = new LinkedHashSet<>();
    Matcher c = SUPREME_COURT.matcher(text);
    while (c.find()) {
      courts.add(c.group(1) == null ? "" : c.group(1).strip());
    }
    courts.removeAll(NATIONAL);
    this.oneHighCourt = text.contains("Supreme Court") && courts.isEmpty();
    this.court = a.article().language().equals("es") ? SpanishCourt.only(a) : onlyCourt(a);
    this.state = onlyState(text);
    this.administration =
        administrations.size() == 1
            ? Optional.of(administrations.iterator().next())
            : Optional.empty();
  }

  private static final Set<String> STATES = WordList.of("us-states");

  /**
   * The one court the article names ("the Supreme Court", "the 9th U.S. Circuit Court of Appeals"),
   * if it names exactly one: "the court" is it.
   */
  private static Optional<String> onlyCourt(AnnotatedArticle a) {
    Set<String> found = new LinkedHashSet<>();
    for (EntityMention m : a.mentions()) {
      if (m.type() == EntityType.ORGANIZATION && m.text().matches(".*\\bCourt\\b.*")) {
        String name = m.text().replaceFirst("^(The|the|U\\.S\\.|US) ", "").strip();
        // "the state Supreme Court": a state's court, which "the Supreme Court" alone is not.
        String before = a.article().text().substring(Math.max(0, m.start() - 6), m.start());
        found.add(before.equals("state ") ? "state " + name : name);
      }
    }
    if (found.size() != 1) {
      return Optional.empty();
    }
    String only = found.iterator().next();
    // "the justices", "the high court": the Supreme Court is in the story though not named, and
    // "the court" may be it ("the justices announced … On Wednesday, the court set argument").
    if (!only.contains("Supreme") && SUPREME_HINT.matcher(a.article().text()).find()) {
      return Optional.empty();
    }
    return Optional.of(only);
  }

  private static final Pattern SUPREME_HINT =
      Pattern.compile("\\b(justices|[Hh]igh [Cc]ourt|Justice \\p{Lu}|Chief Justice)\\b");

  /** The one U.S. state the article names, if it names exactly one. */
  private static Optional<String> onlyState(String text) {
    String lower = " " + text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]+", " ") + " ";
    String found = null;
    for (String st : STATES) {
      // "state" is on the list for Office; "Washington" is as often the capital as the state.
      if (!st.equals("state") && !st.equals("washington") && lower.contains(" " + st + " ")) {
        if (found != null) {
          return Optional.empty();
        }
        found = st;
      }
    }
    if (found == null) {
      return Optional.empty();
    }
    StringBuilder name = new StringBuilder();
    for (String w : found.split(" ")) {
      name.append(name.isEmpty() ? "" : " ")
          .append(Character.toUpperCase(w.charAt(0)))
          .append(w.substring(1));
    }
    return Optional.of(name.toString());
  }

  /** The stem with each description it can resolve named; the stem itself otherwise. */
  String name(String stem, int sentence) {
    String out = stem;
    for (Office office : OFFICES) {
      Matcher m = office.description().matcher(out);
      if (!m.find()) {
        continue;
      }
      Optional<String> named = holder(office);
      if (named.isEmpty() || GENERIC_OFFICE.matcher(out.substring(0, m.start())).find()) {
        // "a law that requires the governor to …" speaks of the office, whoever holds it.
        continue;
      }
      String[] words = named.get().split("\\s+");
      if (Pattern.compile("\\b" + Pattern.quote(words[words.length - 1]) + "\\b")
          .matcher(out)
          .find()) {
        continue; // "The judge who blocked the rule, Judge Alan Whitby, …" names him already
      }
      out = m.replaceAll(Matcher.quoteReplacement(named.get()));
    }
    if (administration.isPresent()) {
      out =
          out.replaceAll(
              "\\b([Tt]he) administration\\b", "$1 " + administration.get() + " administration");
    }
    if (oneHighCourt) {
      out = out.replaceAll("\\b([Tt]he) high court\\b", "$1 Supreme Court");
    }
    if (court.isPresent() && a.article().language().equals("es")) {
      out = SpanishCourt.name(out, court.get());
    } else if (court.isPresent()) {
      out = out.replaceAll("\\b([Tt]he) court\\b", "$1 " + court.get());
    }
    if (state.isPresent()) {
      out =
          out.replaceAll("\\b[Tt]he state(?=['’]s\\b)", state.get())
              .replaceAll("\\b([Tt]he) state\\b(?!\\s+(of|for)\\b)", state.get());
    }
    return pronoun(things.name(out), sentence);
  }

  /**
   * The one person of the article whose role is {@code office}, with the role before the name as
   * the article writes it ("U.S. District Judge Ana Ruiz"); empty when none or several hold it.
   */
  private Optional<String> holder(Office office) {
    Pattern word = office.inRole();
    Actor found = null;
    for (Actor p : people) {
      if (p.role().isEmpty()) {
        continue;
      }
      String role = p.role().get().text();
      String lower = role.toLowerCase(Locale.ROOT);
      if (!word.matcher(role).find() || lower.startsWith("former") || lower.contains("vice ")) {
        continue;
      }
      if (found != null) {
        return Optional.empty();
      }
      found = p;
    }
    if (found == null) {
      return Optional.empty();
    }
    String role = found.role().get().text().replaceAll("\\s*\\([^)]*\\)", "").strip();
    boolean endsWithOffice =
        role.toLowerCase(Locale.ROOT).endsWith(office.noun()) && role.split("\\s+").length <= 4;
    String title =
        endsWithOffice
            ? role
            : Character.toUpperCase(office.noun().charAt(0)) + office.noun().substring(1);
    return Optional.of(title + " " + found.name());
  }

  /**
   * "He …", "His …" at the start of a sentence, when the sentence before names its subject first
   * and that person is the only one there the pronoun can mean: "Mayor Ana Ruiz vetoed the plan.
   * She said …", "Judge Ana Ruiz fined Tom Hale. She said …" (a known first name of the other
   * gender rules Hale out). "His lawyers" becomes "Ruiz's lawyers". A subject whose first name says
   * the other gender is never the referent, however alone.
   */
  private String pronoun(String stem, int sentence) {
    if (sentence <= 0 || sentence >= a.sentences().size()) {
      return stem;
    }
    Sentence s = a.sentence(sentence);
    if (s.tokens().isEmpty()) {
      return stem;
    }
    String first = s.token(0).text();
    boolean possessive = first.equals("His") || first.equals("Her");
    if (!first.equals("He") && !first.equals("She") && !possessive) {
      return stem;
    }
    NameGender.Gender wanted =
        first.startsWith("H") && !first.equals("Her")
            ? NameGender.Gender.MALE
            : NameGender.Gender.FEMALE;
    Optional<Actor> subject = subjectOf(a.sentence(sentence - 1), wanted);
    if (subject.isEmpty()) {
      return stem;
    }
    if (possessive) {
      // Only the sentence's own first word: a later "his" may be the key's.
      Matcher lead = POSSESSIVE_LEAD.matcher(stem);
      if (!lead.find() || !lead.group(2).equalsIgnoreCase(first)) {
        return stem;
      }
      String name = subject.get().name();
      return stem.substring(0, lead.start(2))
          + name
          + (name.endsWith("s") ? "’" : "’s")
          + stem.substring(lead.end(2));
    }
    Matcher m =
        Pattern.compile("\\b" + first + "\\b|\\b" + first.toLowerCase(Locale.ROOT) + "\\b")
            .matcher(stem);
    if (!m.find()) {
      return stem;
    }
    return stem.substring(0, m.start()) + subject.get().name() + stem.substring(m.end());
  }

  /** A stem's statement opening on "His" or "Her", after its lead. */
  private static final Pattern POSSESSIVE_LEAD =
      Pattern.compile(
          "^((?:True or false|Fill in the blank)(?: \\([^)]*\\))?: |As reported on [^,]+, \\d{4}, )?"
              + "(His|Her|his|her)\\b");

  private Optional<Actor> subjectOf(Sentence prev, NameGender.Gender wanted) {
    List<EntityMention> persons = new ArrayList<>();
    for (EntityMention m : a.mentions()) {
      if (m.sentence() == prev.index() && m.type() == EntityType.PERSON) {
        persons.add(m);
      }
    }
    if (persons.isEmpty()) {
      return Optional.empty();
    }
    Actor subject = actorOf(persons.getFirst().text());
    if (subject == null || !genderOf(subject).agrees(wanted)) {
      return Optional.empty();
    }
    for (EntityMention m : persons) {
      Actor actor = actorOf(m.text());
      if (actor == null) {
        return Optional.empty();
      }
      if (actor != subject && (genderOf(subject) != wanted || genderOf(actor).agrees(wanted))) {
        return Optional.empty(); // two people "he" could mean
      }
    }
    EntityMention firstMention = persons.getFirst();
    // Subject position: nothing before the name but its title, and the name is not a possessive
    // ("Ruiz's lawyer said …" is about the lawyer).
    int clauseStart = 0; // after a leading adverbial: "In his first week, Trump signed …"
    for (int i = 0; i < firstMention.firstToken(); i++) {
      if (prev.token(i).text().equals(",")) {
        clauseStart = i + 1;
      }
    }
    for (int i = clauseStart; i < firstMention.firstToken(); i++) {
      Token t = prev.token(i);
      if (t.pos().startsWith("VB")
          || t.pos().equals("PRP")
          || (t.isNoun() && !t.isProperNoun() && !Character.isUpperCase(t.text().charAt(0)))) {
        return Optional.empty();
      }
    }
    int after = firstMention.lastToken() + 1;
    if (after < prev.size()) {
      String w = prev.token(after).text();
      if (w.equals("'s") || w.equals("’s") || w.equals("'") || w.equals("’")) {
        return Optional.empty();
      }
    }
    return Optional.of(subject);
  }

  /** The usual gender of the person's first name; unknown for a single name. */
  private NameGender.Gender genderOf(Actor person) {
    String[] parts = person.name().strip().split("\\s+");
    return parts.length < 2 ? NameGender.Gender.UNKNOWN : genders.of(parts[0]);
  }

  private Actor actorOf(String mention) {
    for (Actor p : people) {
      if (p.name().equals(mention) || p.aliases().contains(mention)) {
        return p;
      }
    }
    for (Actor p : people) {
      if (p.name().endsWith(" " + mention) || p.name().startsWith(mention + " ")) {
        return p;
      }
    }
    return null;
  }
}
