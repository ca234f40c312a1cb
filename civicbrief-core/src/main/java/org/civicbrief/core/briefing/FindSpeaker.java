package org.civicbrief.core.briefing;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.civicbrief.core.text.EntityMention;
import org.civicbrief.core.text.Sentence;
import org.civicbrief.core.text.Token;
import org.civicbrief.core.text.WordList;

/**
 * Reads who a phrase of an attribution names: a person or body by name (also one the tagger missed,
 * "Mr. King" of a King named elsewhere), a pronoun resolved to a person ({@link SpeakerPronouns}),
 * or a description ("the announcer", "a narrator in the Clinton ad").
 */
final class FindSpeaker {

  /**
   * Who speaks: an actor, or a description of someone the article does not name.
   *
   * @param cluster the actor, or null for a description
   * @param description the description when there is no actor, else empty
   * @param evidence the mention in the text (a name, a pronoun or the description)
   */
  record Speaker(Cluster cluster, String description, Evidence evidence) {
    boolean named() {
      return cluster != null;
    }

    boolean person() {
      return cluster != null && cluster.kind == ActorKind.PERSON;
    }
  }

  static final Set<String> HONORIFICS = WordList.of("honorifics");
  private static final Set<String> NOT_A_SPEAKER = WordList.of("not-a-speaker");
  // Heads of phrases a verb of saying is followed by that are not who spoke: "said the same thing".
  private static final Set<String> NOT_A_SOURCE = WordList.of("not-a-source");

  private final Analysis a;
  private final FindActors.Result actors;
  private final SpeakerPronouns pronouns;

  FindSpeaker(Analysis a, FindActors.Result actors, SpeakerPronouns pronouns) {
    this.a = a;
    this.actors = actors;
    this.pronouns = pronouns;
  }

  /** The name or pronoun at token {@code i}, or null. */
  Speaker nameAt(Sentence s, int i) {
    Token t = s.token(i);
    if (FindActors.pronounGender(t) != null && t.pos().equals("PRP")) {
      Cluster c = pronouns.resolve(s, t);
      return c == null ? null : new Speaker(c, "", new Evidence(s.index(), t.start(), t.end()));
    }
    EntityMention m = mentionAt(s, i);
    Cluster c = m == null ? null : actors.byMention().get(m);
    if (c != null && modifiesNoun(s, m)) {
      // "a former Treasury adviser told", "a Biden appointee, said": the adviser or the appointee
      // speaks, not the Treasury or Biden.
      return null;
    }
    if (c != null) {
      return new Speaker(c, "", new Evidence(s.index(), m.start(), m.end()));
    }
    // No actor: a name the tagger missed, or tagged as a place ("Mr. Trump" as LOCATION).
    return unmarkedName(s, i);
  }

  /**
   * A capitalized name the tagger left unmarked, read as the person of that surname: "Mr. King"
   * when "Larry King" is an actor.
   */
  private Speaker unmarkedName(Sentence s, int i) {
    if (!s.token(i).isProperNoun() || !Character.isUpperCase(s.token(i).text().charAt(0))) {
      return null;
    }
    int first = i;
    while (first > 0 && s.token(first - 1).isProperNoun()) {
      first--;
    }
    int last = i;
    while (last + 1 < s.size() && s.token(last + 1).isProperNoun()) {
      last++;
    }
    String surname = s.token(last).text().toLowerCase(Locale.ROOT);
    boolean honorific = HONORIFICS.contains(s.token(first).text().toLowerCase(Locale.ROOT));
    for (Cluster c : actors.actors()) {
      if (c.kind == ActorKind.PERSON) {
        List<String> name = c.keyTokens();
        if (!name.isEmpty() && name.getLast().equals(surname)) {
          int start = s.token(honorific ? first + 1 : first).start();
          return new Speaker(c, "", new Evidence(s.index(), start, s.token(last).end()));
        }
      }
    }
    return null;
  }

  /** The entity mention covering token {@code i}, or null. */
  EntityMention mentionAt(Sentence s, int i) {
    for (EntityMention m : a.annotated.mentionsIn(s.index())) {
      if (m.covers(i) && m.type().isName()) {
        return m;
      }
    }
    return null;
  }

  /** The actor mentioned at token {@code i} with the mention, when the mention is possessive. */
  boolean possessiveAt(Sentence s, int i) {
    EntityMention m = mentionAt(s, i);
    int last = m == null ? i : m.lastToken();
    return FindActors.possessive(s, last);
  }

  /** The first token of the mention covering {@code i}, or {@code i}. */
  int mentionStart(Sentence s, int i) {
    EntityMention m = mentionAt(s, i);
    return m == null ? i : m.firstToken();
  }

  /**
   * A description starting at token {@code i}: an optional determiner, modifiers, and a common noun
   * as its head ("the ad’s narrator", "The New York businessman", "protesters").
   */
  Speaker descriptionAt(Sentence s, int i) {
    int j = i;
    int head = -1;
    while (j < s.size()) {
      Token t = s.token(j);
      String p = t.pos();
      boolean modifier =
          p.equals("DT")
              || p.equals("PRP$")
              || p.startsWith("JJ")
              || p.equals("CD")
              || p.equals("POS")
              || p.equals("HYPH")
              || p.startsWith("NN");
      if (!modifier || (j > i && (p.equals("DT") || p.equals("PRP$")))) {
        break;
      }
      if (p.equals("NN") || p.equals("NNS")) {
        head = j;
      }
      j++;
    }
    if (head < 0
        || NOT_A_SPEAKER.contains(s.token(i).text().toLowerCase(Locale.ROOT))
        || NOT_A_SOURCE.contains(s.token(head).text().toLowerCase(Locale.ROOT))) {
      return null;
    }
    int start = s.token(i).start();
    int end = s.token(head).end();
    Cluster titled =
        head == i + 1 && s.token(i).text().equalsIgnoreCase("the")
            ? titledPerson(s.token(head).text())
            : null;
    return new Speaker(
        titled,
        titled == null ? a.text.substring(start, end) : "",
        new Evidence(s.index(), start, end));
  }

  /** Short titles written before a name, by the office noun a later "the …" uses. */
  private static final java.util.Map<String, String> ABBREVIATED =
      java.util.Map.of(
          "gov.", "governor",
          "sen.", "senator",
          "rep.", "representative",
          "gen.", "general",
          "atty.", "attorney");

  /**
   * "“…,” the governor wrote" after "Texas Gov. Greg Abbott": the one person the article names with
   * that title before the name. With two such people ("President" Trump and "President" Putin) the
   * description names neither.
   */
  private Cluster titledPerson(String noun) {
    String office = noun.toLowerCase(Locale.ROOT);
    if (!FindRoles.TITLES.contains(office)) {
      return null;
    }
    Cluster found = null;
    for (Cluster c : actors.actors()) {
      if (c.kind != ActorKind.PERSON || !titled(c, office)) {
        continue;
      }
      if (found != null) {
        return null;
      }
      found = c;
    }
    return found;
  }

  /**
   * True when a mention of {@code c} follows {@code office} among the capitalized words before it.
   */
  private boolean titled(Cluster c, String office) {
    for (EntityMention m : c.mentions) {
      Sentence s = a.sentence(m.sentence());
      for (int k = m.firstToken() - 1; k >= 0 && k >= m.firstToken() - 4; k--) {
        String w = s.token(k).text().toLowerCase(Locale.ROOT);
        if (office.equals(ABBREVIATED.getOrDefault(w, w))) {
          return true;
        }
        if (!Character.isUpperCase(s.token(k).text().charAt(0))) {
          break;
        }
      }
    }
    return false;
  }

  /** A description whose head noun is the token just before {@code end}, or null. */
  Speaker descriptionEndingAt(Sentence s, int end) {
    int head = end - 1;
    if (head < 0 || !(s.token(head).pos().equals("NN") || s.token(head).pos().equals("NNS"))) {
      return null;
    }
    int i = head;
    while (i > 0) {
      String p = s.token(i - 1).pos();
      if (p.startsWith("NN")
          || p.startsWith("JJ")
          || p.equals("POS")
          || p.equals("HYPH")
          || p.equals("CD")) {
        i--;
      } else if (p.equals("DT") || p.equals("PRP$")) {
        i--;
        break;
      } else {
        break;
      }
    }
    if (i > 0 && (s.token(i - 1).pos().equals("IN") || s.token(i - 1).pos().equals("TO"))) {
      return null; // "marching through the streets chanted": the object of a preposition
    }
    Speaker d = descriptionAt(s, i);
    return d != null && d.evidence().end() == s.token(head).end() ? d : null;
  }

  /**
   * The phrase that opens at token {@code i} as a speaker: a name or pronoun, a description, or a
   * run of capitalized words the tagger did not take for a name ("Zero Hedge").
   */
  Speaker phraseAt(Sentence s, int i) {
    Speaker sp = nameAt(s, i);
    if (sp != null && !possessiveAt(s, i)) {
      return sp;
    }
    sp = descriptionAt(s, i);
    if (sp != null) {
      return sp;
    }
    if (!s.token(i).isProperNoun() || FindActors.pronounGender(s.token(i)) != null) {
      return null;
    }
    int j = i;
    while (j + 1 < s.size() && s.token(j + 1).isProperNoun()) {
      j++;
    }
    int start = s.token(i).start();
    int end = s.token(j).end();
    return new Speaker(null, a.text.substring(start, end), new Evidence(s.index(), start, end));
  }

  /** True when a common noun follows the mention: "Treasury adviser", "Pentagon officials". */
  static boolean modifiesNoun(Sentence s, EntityMention m) {
    if (m.lastToken() + 1 >= s.size()) {
      return false;
    }
    Token next = s.token(m.lastToken() + 1);
    return next.isNoun() && !next.isProperNoun() && Character.isLowerCase(next.text().charAt(0));
  }

  /** Honorifics are part of a name, not the start of a description. */
  static boolean honorific(Token t) {
    return HONORIFICS.contains(t.text().toLowerCase(Locale.ROOT));
  }
}
