package org.civicbrief.core.briefing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.civicbrief.core.text.EntityMention;
import org.civicbrief.core.text.Sentence;
import org.civicbrief.core.text.Token;

/**
 * Tells the people's genders where the article makes them knowable (a first name, past any title,
 * or an honorific) and resolves third-person singular pronouns outside quotations to the people
 * named before them.
 */
final class ResolvePronouns {

  private static final int LOOK_BACK = 3;

  private ResolvePronouns() {}

  /**
   * The gender of a person from the first name ("Justice Ana Ruiz" is Ana), else from an honorific
   * in any mention ("Ms. Ruiz"); unknown when neither tells.
   */
  static NameGender.Gender genderOf(Analysis a, Cluster c, NameGender names) {
    List<String> key = c.keyTokens();
    int first = 0;
    while (first < key.size() - 1 && isTitle(key.get(first))) {
      first++;
    }
    // "Judge Kelly": a surname after a title is no first name.
    boolean surnameOnly = first > 0 && first == key.size() - 1;
    NameGender.Gender g =
        key.isEmpty() || surnameOnly ? NameGender.Gender.UNKNOWN : names.of(key.get(first));
    return g != NameGender.Gender.UNKNOWN ? g : fromHonorific(a, c);
  }

  private static boolean isTitle(String word) {
    return FindRoles.TITLES.contains(word) || FindSpeaker.HONORIFICS.contains(word);
  }

  private static NameGender.Gender fromHonorific(Analysis a, Cluster c) {
    for (EntityMention m : c.mentions) {
      Sentence s = a.sentence(m.sentence());
      List<String> words = new ArrayList<>();
      words.add(m.text().split(" ")[0].toLowerCase(Locale.ROOT));
      if (m.firstToken() > 0) {
        words.add(s.token(m.firstToken() - 1).text().toLowerCase(Locale.ROOT));
      }
      for (String w : words) {
        switch (w) {
          case "mr.", "mr" -> {
            return NameGender.Gender.MALE;
          }
          case "mrs.", "mrs", "ms.", "ms", "miss" -> {
            return NameGender.Gender.FEMALE;
          }
          default -> {}
        }
      }
    }
    return NameGender.Gender.UNKNOWN;
  }

  /**
   * Resolves "he" and "she" outside quotations, by offset: in the pronoun's own sentence the
   * subject before it, else the person named before it there whose gender is known to agree, else
   * the first who does not disagree; then the nearest earlier sentence that names someone who
   * agrees, looking back at most three sentences, where too a known gender wins over an unknown
   * one.
   */
  static Map<Integer, Cluster> resolve(Analysis a, Map<EntityMention, Cluster> byMention) {
    Map<Integer, Cluster> out = new HashMap<>();
    Map<Integer, List<EntityMention>> people = new HashMap<>();
    for (EntityMention m : a.annotated.mentions()) {
      Cluster c = byMention.get(m);
      if (c != null
          && c.kind == ActorKind.PERSON
          && !a.insideQuote(m.start())
          && !FindActors.possessive(a.sentence(m.sentence()), m.lastToken())) {
        people.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
      }
    }
    for (Sentence s : a.sentences) {
      for (Token t : s.tokens()) {
        NameGender.Gender g = FindActors.pronounGender(t);
        if (g == null || a.insideQuote(t.start())) {
          continue;
        }
        Cluster c = antecedent(a, s, t, g, people, byMention, out);
        if (c != null) {
          out.put(t.start(), c);
          c.pronouns.add(new Evidence(s.index(), t.start(), t.end()));
        }
      }
    }
    return out;
  }

  private static Cluster antecedent(
      Analysis a,
      Sentence s,
      Token pronoun,
      NameGender.Gender g,
      Map<Integer, List<EntityMention>> people,
      Map<EntityMention, Cluster> byMention,
      Map<Integer, Cluster> resolved) {
    // Same sentence, before the pronoun: names first, then pronouns already resolved.
    List<EntityMention> before = new ArrayList<>();
    for (EntityMention m : people.getOrDefault(s.index(), List.of())) {
      if (m.start() < pronoun.start()) {
        before.add(m);
      }
    }
    Cluster c = choose(s, before, g, byMention);
    if (c == null) {
      c = firstAgreeing(resolvedIn(s, pronoun.start(), resolved), g);
    }
    for (int i = s.index() - 1; c == null && i >= Math.max(0, s.index() - LOOK_BACK); i--) {
      c = choose(a.sentence(i), people.getOrDefault(i, List.of()), g, byMention);
      if (c == null) {
        c = firstAgreeing(resolvedIn(a.sentence(i), Integer.MAX_VALUE, resolved), g);
      }
    }
    return c;
  }

  /**
   * Of the people a sentence names, its subject when the gender does not disagree: the person the
   * sentence is about ("Ames framed the fight as one against Gov. Daniel Roe. It helped him"). Else
   * the first person whose gender is known to agree, else the first whose gender is unknown: "Judge
   * Lee Park, with Judge Ana Ruiz concurring … she" is Ruiz.
   */
  private static Cluster choose(
      Sentence s,
      List<EntityMention> mentions,
      NameGender.Gender g,
      Map<EntityMention, Cluster> byMention) {
    if (mentions.isEmpty()) {
      return null;
    }
    EntityMention first = mentions.getFirst();
    Cluster subject = byMention.get(first);
    if (subject.gender.agrees(g) && !SpeakerPronouns.objectOfPreposition(s, first)) {
      return subject;
    }
    // "condemned by Gov. JB Pritzker, who said the Trump administration demanded he …": a name
    // that only modifies a noun is no person the sentence speaks of, however well its gender is
    // known.
    List<EntityMention> named = new ArrayList<>();
    for (EntityMention m : mentions) {
      if (!FindSpeaker.modifiesNoun(s, m)) {
        named.add(m);
      }
    }
    for (Cluster c : clusters(named, byMention)) {
      if (c.gender == g) {
        return c;
      }
    }
    return firstAgreeing(clusters(mentions, byMention), g);
  }

  /** The first person whose gender does not disagree with {@code g}. */
  private static Cluster firstAgreeing(List<Cluster> candidates, NameGender.Gender g) {
    for (Cluster c : candidates) {
      if (c.gender.agrees(g)) {
        return c;
      }
    }
    return null;
  }

  private static List<Cluster> clusters(
      List<EntityMention> mentions, Map<EntityMention, Cluster> byMention) {
    List<Cluster> out = new ArrayList<>();
    for (EntityMention m : mentions) {
      out.add(byMention.get(m));
    }
    return out;
  }

  private static List<Cluster> resolvedIn(Sentence s, int end, Map<Integer, Cluster> resolved) {
    List<Cluster> out = new ArrayList<>();
    for (Token t : s.tokens()) {
      Cluster c = resolved.get(t.start());
      if (t.start() < end && c != null) {
        out.add(c);
      }
    }
    return out;
  }
}
