package org.civicbrief.core.briefing;

import java.util.LinkedHashMap;
import java.util.Map;
import org.civicbrief.core.text.EntityMention;
import org.civicbrief.core.text.Sentence;
import org.civicbrief.core.text.Token;

/**
 * Resolves the "he" or "she" of an attribution ("…,” she said) to a person. Like the actors stage,
 * it takes the nearest person named before the pronoun, subject first, looking back a few
 * sentences; unlike it, a person whose gender is known to agree (from the first name or an
 * honorific) wins over a nearer one whose gender is unknown, since a pronoun that names a speaker
 * is a claim about who said something. Only the subject of the pronoun's own sentence comes before
 * that: it is the person the sentence is about.
 */
final class SpeakerPronouns {

  private static final int LOOK_BACK = 4;

  private final Analysis a;
  private final FindActors.Result actors;

  SpeakerPronouns(Analysis a, FindActors.Result actors) {
    this.a = a;
    this.actors = actors;
  }

  /** The person {@code pronoun} (in sentence {@code s}) refers to, or null. */
  Cluster resolve(Sentence s, Token pronoun) {
    NameGender.Gender g = FindActors.pronounGender(pronoun);
    if (g == null) {
      return null;
    }
    Cluster unknown = null;
    for (int i = s.index(); i >= Math.max(0, s.index() - LOOK_BACK); i--) {
      // People in subject position first; the object of a preposition ("In an interview with
      // Fox News host Sean Hannity, Trump suggested …") only when no subject agrees.
      for (boolean objects : new boolean[] {false, true}) {
        Cluster subject = null;
        for (EntityMention m : a.annotated.mentionsIn(i)) {
          if (i == s.index() && m.start() >= pronoun.start()) {
            break;
          }
          Cluster c = actors.byMention().get(m);
          if (c == null
              || c.kind != ActorKind.PERSON
              || a.insideQuote(m.start())
              || objectOfPreposition(a.sentence(i), m) != objects) {
            continue;
          }
          NameGender.Gender known = genderOf(c);
          if (known == g) {
            return c;
          }
          if (known == NameGender.Gender.UNKNOWN && unknown == null) {
            unknown = c;
          }
          if (known == NameGender.Gender.UNKNOWN && subject == null && i == s.index() && !objects) {
            subject = c;
          }
        }
        if (subject != null) {
          // "Justice Orlov gave the award to Daniel Price, “…,” he said": within its own sentence
          // the pronoun goes back to the subject, whose gender the article may never tell, before
          // an object whose gender is known.
          return subject;
        }
      }
    }
    if (unknown != null) {
      return unknown;
    }
    Cluster resolved = actors.pronouns().get(pronoun.start());
    return resolved != null ? resolved : salient(pronoun, g);
  }

  /**
   * True when the name ends a noun phrase governed by a preposition: "with Fox News host Sean
   * Hannity", "to Sen. Ada Brill".
   */
  static boolean objectOfPreposition(Sentence s, EntityMention m) {
    for (int i = m.firstToken() - 1; i >= 0; i--) {
      Token t = s.token(i);
      String pos = t.pos();
      if (pos.equals("IN") || pos.equals("TO")) {
        return true;
      }
      boolean insideNounPhrase =
          pos.startsWith("NN") || pos.equals("POS") || pos.startsWith("JJ") || pos.equals("DT");
      if (!insideNounPhrase) {
        return false;
      }
    }
    return false;
  }

  /**
   * Nobody near: the person of the right gender the article has named most often before the pronoun
   * ("he said in August" in a story about Trump), else the one most often named whose gender the
   * article does not tell ("she said" of a Rakeyia Scott named further back), never one of the
   * other gender.
   */
  private Cluster salient(Token pronoun, NameGender.Gender g) {
    Cluster agreeing = mostNamed(pronoun, g);
    return agreeing != null ? agreeing : mostNamed(pronoun, NameGender.Gender.UNKNOWN);
  }

  private Cluster mostNamed(Token pronoun, NameGender.Gender g) {
    // In order of first mention, so that of two people named equally often the first named wins.
    Map<Cluster, Integer> counts = new LinkedHashMap<>();
    for (EntityMention m : a.annotated.mentions()) {
      if (m.start() >= pronoun.start()) {
        break;
      }
      Cluster c = actors.byMention().get(m);
      if (c != null && c.kind == ActorKind.PERSON && genderOf(c) == g) {
        counts.merge(c, 1, Integer::sum);
      }
    }
    return counts.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(null);
  }

  /** The gender of a person as the article makes it knowable ({@link ResolvePronouns#genderOf}). */
  NameGender.Gender genderOf(Cluster c) {
    return c.gender;
  }
}
