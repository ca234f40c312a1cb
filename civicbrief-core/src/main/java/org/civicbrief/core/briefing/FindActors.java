package org.civicbrief.core.briefing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.civicbrief.core.text.EntityMention;
import org.civicbrief.core.text.EntityType;
import org.civicbrief.core.text.Sentence;
import org.civicbrief.core.text.Token;
import org.civicbrief.core.text.WordList;

/**
 * Groups the article's name mentions into actors ("Donald Trump", "Trump" and "Trump's" are one),
 * learns acronyms from parentheses ("Andrés Manuel López Obrador (AMLO)"), and resolves "he" and
 * "she" outside quotations ({@link ResolvePronouns}).
 */
final class FindActors {

  private final NameGender genders;

  FindActors(NameGender genders) {
    this.genders = genders;
  }

  /** The actors found, with mentions and resolved pronouns; order is first appearance. */
  Result find(Analysis a) {
    List<Cluster> people = new ArrayList<>();
    List<Cluster> orgs = new ArrayList<>();
    Map<EntityMention, Cluster> byMention = new HashMap<>();
    Map<String, Cluster> acronyms = new HashMap<>();
    List<EntityMention> deferred = new ArrayList<>();
    List<EntityMention> layout = new ArrayList<>();
    for (EntityMention m : a.annotated.mentions()) {
      if (!namesSomeone(a, m)) {
        continue;
      }
      if (!a.isBody(m.sentence())) {
        layout.add(m); // headline case makes "Donald Trump Going" look like a name
        continue;
      }
      if (m.type() == EntityType.PERSON) {
        Cluster c = person(people, m, a);
        byMention.put(m, c);
        learnAcronym(a, m, c, acronyms);
      } else if (m.type() == EntityType.ORGANIZATION || m.type() == EntityType.MISC) {
        deferred.add(m);
      }
    }
    mergeSurnameOnly(people, byMention);
    mergeMiddleNames(people, byMention);
    for (EntityMention m : deferred) {
      Cluster person = personNamed(people, m);
      if (person != null) {
        person.mentions.add(m); // "Vigil" tagged as an organization where a person is meant
        byMention.put(m, person);
        continue;
      }
      String key = orgKey(m.text());
      Cluster alias = acronyms.get(m.text());
      if (alias != null) {
        alias.mentions.add(m);
        byMention.put(m, alias);
        continue;
      }
      if (m.type() == EntityType.MISC) {
        // "the Alien Enemies Act (AEA)": no actor, and neither is its acronym later on.
        learnAcronym(a, m, new Cluster(ActorKind.ORGANIZATION, m, m.text()), acronyms);
        continue;
      }
      if (GENERIC_BODIES.contains(stripArticle(m.text()))) {
        continue; // "the University", "Proposition": a common noun the tagger took for a name
      }
      Cluster c = null;
      for (Cluster o : orgs) {
        if (orgKey(o.name).equals(key) || o.aliases.contains(m.text())) {
          c = o;
          break;
        }
      }
      if (c == null) {
        c = new Cluster(ActorKind.ORGANIZATION, m, stripArticle(m.text()));
        orgs.add(c);
      } else {
        c.mentions.add(m);
      }
      byMention.put(m, c);
      learnAcronym(a, m, c, acronyms);
    }
    for (EntityMention m : layout) {
      Cluster c = personNamed(people, m);
      if (c == null) {
        for (Cluster o : orgs) {
          if (orgKey(o.name).equals(orgKey(m.text()))) {
            c = o;
          }
        }
      }
      if (c != null) {
        c.mentions.add(m);
        c.mentions.sort(java.util.Comparator.comparingInt(EntityMention::start));
        byMention.put(m, c);
      }
    }
    mergeShortForms(orgs, byMention);
    for (Cluster c : people) {
      c.gender = ResolvePronouns.genderOf(a, c, genders);
    }
    List<Cluster> all = new ArrayList<>();
    for (Cluster c : people) {
      if (!caseName(c.name)
          && !datelinePlace(a, c)
          && !onlyModifier(a, c)
          && !(a.spanish() && SpanishRoles.placeOfTitle(a, c))) {
        all.add(c);
      }
    }
    for (Cluster c : orgs) {
      if (!LAW_NAME.matcher(c.name).find() && !notAnActor(a, c)) {
        all.add(c);
      }
    }
    Map<Integer, Cluster> pronouns = ResolvePronouns.resolve(a, byMention);
    return new Result(all, byMention, pronouns);
  }

  /**
   * "the Fed" and "the Federal Reserve" are one actor (R15: listed twice): a one-word name that
   * cuts short the first word of exactly one other organization's two-word name is that
   * organization. A longer name is not shortened so ("the Fed" is not the Federal Open Market
   * Committee, though both start "Fed").
   */
  private static void mergeShortForms(List<Cluster> orgs, Map<EntityMention, Cluster> byMention) {
    for (Cluster shortForm : List.copyOf(orgs)) {
      String w = shortForm.name;
      if (w.length() < 3 || w.contains(" ") || !Character.isUpperCase(w.charAt(0))) {
        continue;
      }
      Cluster into = null;
      int found = 0;
      for (Cluster o : orgs) {
        String first = o.name.split(" ")[0];
        if (o != shortForm
            && o.name.split(" ").length == 2
            && first.length() > w.length()
            && first.startsWith(w)) {
          into = o;
          found++;
        }
      }
      if (found != 1) {
        continue;
      }
      for (EntityMention m : shortForm.mentions) {
        into.mentions.add(m);
        byMention.put(m, into);
      }
      into.mentions.sort(java.util.Comparator.comparingInt(EntityMention::start));
      into.aliases.add(w);
      orgs.remove(shortForm);
    }
  }

  /**
   * "HARBOR FALLS —": the dateline's place, written in capitals, which the tagger may take for a
   * person's name (issue 16: "a dateline as a person"). A person is named in capitals only there.
   */
  private static boolean datelinePlace(Analysis a, Cluster c) {
    boolean inDateline =
        c.mentions.stream()
            .anyMatch(
                m ->
                    m.start() < a.shown(a.sentence(m.sentence())).start()
                        && a.text.substring(m.start(), m.end()).equals(c.name));
    return inDateline
        && c.name.chars().anyMatch(Character::isLetter)
        && c.name.equals(c.name.toUpperCase(java.util.Locale.ROOT));
  }

  /**
   * What a tagger calls an organization but a reader would not list among a story's actors (ADR 21;
   * in English since R15): a dateline ("WASHINGTON (AP) —", every mention before the text the
   * briefing shows), the outlet that wrote or is cited ("CNN", "Bloomberg": the outlet words of
   * {@code FindSources}), and a place of detention or other facility ("Centro de Reclusión del
   * Terrorismo", "base militar"; Spanish only for now), which things happen in rather than act.
   * {@code Cluster.tokens} gives the words lower case and without accents, as the lists write them.
   */
  private static boolean notAnActor(Analysis a, Cluster c) {
    boolean dateline = true;
    boolean reports = true;
    for (EntityMention m : c.mentions) {
      // "By Ana Ruiz, Valley Ledger" above the story names the outlet as its dateline does.
      boolean inDateline =
          m.start() < a.shown(a.sentence(m.sentence())).start() || !a.isBody(m.sentence());
      dateline &= inDateline;
      // R17: "(CNN) — …" and "…, reports CNN": the outlet in its dateline and as the source.
      reports &= inDateline || asSource(a, m);
    }
    if (dateline) {
      return true;
    }
    List<String> words = Cluster.tokens(c.name);
    if (words.stream().anyMatch(w -> OUTLETS.contains(w)) && (a.spanish() || reports)) {
      // R15: "NBC News called the race", "told CNN": the outlet reports the story. One the story
      // is about ("cuts funding for NPR and PBS"), or a body whose name has an outlet's word in
      // it ("Agency for International Development"), stays an actor.
      return true;
    }
    return a.spanish() && words.stream().anyMatch(w -> FACILITIES.contains(w));
  }

  private static final Set<String> OUTLETS = WordList.of("news-outlet-words");

  /** Words after which a name is where something was said: "told CNN", "said on Fox News". */
  private static final Set<String> SOURCE_BEFORE = Set.of("to", "told", "on", "with", "by");

  /**
   * True when {@code m} names the one who reports: the subject of a verb of saying or reporting
   * ("NBC News called the race", "CNN reported") or the place something was said ("told CNN",
   * "according to NBC News", "in an interview with Fox News").
   */
  private static boolean asSource(Analysis a, EntityMention m) {
    org.civicbrief.core.text.Sentence s = a.sentence(m.sentence());
    if (m.firstToken() > 0) {
      String before = s.token(m.firstToken() - 1).text().toLowerCase(java.util.Locale.ROOT);
      // "…, reports Valley Ledger": the outlet after its verb, which a tagger may read as a noun
      // after the comma.
      org.civicbrief.core.text.Token verb = s.token(m.firstToken() - 1);
      if ((verb.isVerb() || m.firstToken() > 1 && s.token(m.firstToken() - 2).text().equals(","))
          && REPORTING.contains(verb.lemma().toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
      if (SOURCE_BEFORE.contains(before)
          || before.equals("the")
              && m.firstToken() > 1
              && SOURCE_BEFORE.contains(
                  s.token(m.firstToken() - 2).text().toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    if (m.lastToken() + 1 < s.size()) {
      org.civicbrief.core.text.Token next = s.token(m.lastToken() + 1);
      String lemma = next.lemma().toLowerCase(java.util.Locale.ROOT);
      return next.isVerb()
          && (REPORTING.contains(lemma) || lemma.equals("call") || lemma.equals("project"));
    }
    return false;
  }

  private static final Set<String> REPORTING = WordList.of("reporting-verbs");

  private static final Set<String> FACILITIES = WordList.of("facility-words-es");

  /** The actors, which mention belongs to which, and which pronoun (by offset) to whom. */
  record Result(
      List<Cluster> actors,
      Map<EntityMention, Cluster> byMention,
      Map<Integer, Cluster> pronouns) {}

  /** A person whose name contains the mention's words, or whose words the mention contains. */
  private static Cluster personNamed(List<Cluster> people, EntityMention m) {
    List<String> t = Cluster.tokens(m.text());
    for (Cluster c : people) {
      List<String> k = c.keyTokens();
      if (Cluster.containsRun(k, t) || Cluster.containsRun(t, k)) {
        return c;
      }
    }
    return null;
  }

  /** A name has a capitalized word; the tagger sometimes marks "she" or "his" as a person. */
  private static boolean namesSomeone(Analysis a, EntityMention m) {
    org.civicbrief.core.text.Sentence s = a.sentence(m.sentence());
    for (int i = m.firstToken(); i <= m.lastToken(); i++) {
      Token t = s.token(i);
      if (!t.pos().startsWith("PRP") && Character.isUpperCase(t.text().charAt(0))) {
        return true;
      }
    }
    return false;
  }

  private static Cluster person(List<Cluster> people, EntityMention m, Analysis a) {
    List<String> t = Cluster.tokens(m.text());
    Cluster best = null;
    for (int i = people.size() - 1; i >= 0; i--) {
      Cluster c = people.get(i);
      List<String> k = c.keyTokens();
      if (Cluster.containsRun(k, t) || (t.size() > 1 && Cluster.containsRun(t, k))) {
        // A bare surname that two people of the story share ("Breyer" for Judge Charles Breyer,
        // whose brother Stephen the article names in passing) goes to the one named most so far,
        // and on a tie to the one named first: the story's own person comes before the aside.
        if (best == null || (t.size() == 1 && c.mentionCount() >= best.mentionCount())) {
          best = c;
        }
        if (t.size() > 1) {
          break;
        }
      }
    }
    if (best == null) {
      Cluster c = new Cluster(ActorKind.PERSON, m, m.text());
      people.add(c);
      return c;
    }
    best.mentions.add(m);
    if (t.size() > best.keyTokens().size() && !a.insideQuote(m.start())) {
      best.name = m.text();
      best.nameMention = m;
    }
    return best;
  }

  /**
   * Institution words that name no body on their own: "the University" or "the Department" stand
   * for a body the article names in full, "Proposition" is the start of a measure's name.
   */
  private static final Set<String> GENERIC_BODIES = WordList.of("generic-institution-words");

  /** A law, an amendment or a code is what the story turns on, never an actor in it. */
  private static final java.util.regex.Pattern LAW_NAME =
      java.util.regex.Pattern.compile(
          "(\\b(Act|Amendment|Resolution|Constitution|Code|Clause|Bill|Order)$)|^Title [IVXLC\\d]+\\b");

  /** "Trump v. Anderson" is a court case the tagger read as a person. */
  private static boolean caseName(String name) {
    return name.contains(" v. ") || name.startsWith("v. ") || name.contains(" vs. ");
  }

  /**
   * A person named only as a modifier of something else ("a Reagan appointee", "the Obama-era
   * rule") is context, not an actor of the story.
   */
  private static boolean onlyModifier(Analysis a, Cluster c) {
    for (EntityMention m : c.mentions) {
      Sentence s = a.sentence(m.sentence());
      int next = m.lastToken() + 1;
      // "Judge Allison D. Burroughs hands Harvard a win": a title before the name and a name or
      // determiner after the noun show a verb the tagger took for a plural noun, not a name that
      // modifies it (R18: the judge who decided the case left out).
      int before = m.firstToken() - 1;
      boolean titled = before >= 0 && s.token(before).pos().equals("NNP");
      boolean objectAfter =
          next + 1 < s.size()
              && (s.token(next + 1).pos().equals("NNP") || s.token(next + 1).pos().equals("DT"));
      boolean modifier =
          next < s.size()
              && (s.token(next).pos().equals("NN") || s.token(next).pos().equals("NNS"))
              && Character.isLowerCase(s.token(next).text().charAt(0))
              && !(titled && objectAfter);
      boolean hyphenated = m.end() < a.text.length() && a.text.charAt(m.end()) == '-';
      if (!modifier && !hyphenated) {
        return false;
      }
    }
    return c.pronouns.isEmpty();
  }

  /**
   * "Laken Hope Riley" and "Laken Riley" are one person: the same first and last name, one with a
   * middle name. Two people who share only a surname stay two.
   */
  private static void mergeMiddleNames(
      List<Cluster> people, Map<EntityMention, Cluster> byMention) {
    for (Cluster shorter : List.copyOf(people)) {
      List<String> k = shorter.keyTokens();
      if (k.size() != 2 || !people.contains(shorter)) {
        continue;
      }
      for (Cluster longer : people) {
        List<String> l = longer.keyTokens();
        if (longer != shorter
            && l.size() > 2
            && l.getFirst().equals(k.getFirst())
            && l.getLast().equals(k.getLast())) {
          longer.mentions.addAll(shorter.mentions);
          longer.mentions.sort(java.util.Comparator.comparingInt(EntityMention::start));
          for (EntityMention m : shorter.mentions) {
            byMention.put(m, longer);
          }
          longer.aliases.add(shorter.name);
          longer.aliases.addAll(shorter.aliases);
          people.remove(shorter);
          break;
        }
      }
    }
  }

  /** "Trump" in a headline comes before "Donald Trump": fold such one-word people into the full. */
  private static void mergeSurnameOnly(
      List<Cluster> people, Map<EntityMention, Cluster> byMention) {
    for (Cluster single : List.copyOf(people)) {
      if (single.keyTokens().size() != 1) {
        continue;
      }
      Cluster target = null;
      for (Cluster c : people) {
        if (c != single
            && c.keyTokens().size() > 1
            && c.keyTokens().contains(single.keyTokens().getFirst())
            && (target == null || c.mentionCount() > target.mentionCount())) {
          target = c;
        }
      }
      if (target != null) {
        target.mentions.addAll(single.mentions);
        target.mentions.sort(java.util.Comparator.comparingInt(EntityMention::start));
        for (EntityMention m : single.mentions) {
          byMention.put(m, target);
        }
        target.aliases.addAll(single.aliases);
        people.remove(single);
      }
    }
  }

  /** "Drug Enforcement Administration (DEA)" teaches that DEA names the same body. */
  private static void learnAcronym(
      Analysis a, EntityMention m, Cluster c, Map<String, Cluster> acronyms) {
    String text = a.text;
    int i = m.end();
    if (i + 2 < text.length() && text.charAt(i) == ' ' && text.charAt(i + 1) == '(') {
      int close = text.indexOf(')', i + 2);
      if (close > 0 && close - i < 14) {
        String acro = text.substring(i + 2, close);
        if (acro.matches("[A-Z][A-Za-z.&]{1,9}") && !acro.equals(acro.toLowerCase(Locale.ROOT))) {
          acronyms.put(acro, c);
          c.aliases.add(acro);
        }
      }
    }
  }

  private static String stripArticle(String name) {
    return name.startsWith("the ") || name.startsWith("The ") ? name.substring(4) : name;
  }

  private static String orgKey(String name) {
    return String.join(" ", Cluster.tokens(stripArticle(name)));
  }

  static boolean possessive(Sentence s, int lastToken) {
    return lastToken + 1 < s.size() && s.token(lastToken + 1).pos().equals("POS");
  }

  static NameGender.Gender pronounGender(Token t) {
    return switch (t.text().toLowerCase(Locale.ROOT)) {
      case "he", "him", "his", "himself" -> NameGender.Gender.MALE;
      case "she", "her", "hers", "herself" -> NameGender.Gender.FEMALE;
      default -> null;
    };
  }
}
