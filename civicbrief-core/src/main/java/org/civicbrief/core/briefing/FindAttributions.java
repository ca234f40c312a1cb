package org.civicbrief.core.briefing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.civicbrief.core.text.EntityMention;
import org.civicbrief.core.text.Sentence;
import org.civicbrief.core.text.Token;

/**
 * Finds who a sentence says its statement comes from: "according to U.S. defense officials",
 * "Officials say …", "NBC News reported …", "…, Sheinbaum said". Quoted words are not searched.
 */
final class FindAttributions {

  /** One attribution: the source as the sentence names it, and where. */
  record Attribution(String text, int start, int end, String verb, Cluster actor) {}

  /** The attributions of every sentence, by sentence index; none for headings. */
  List<List<Attribution>> findAll(Analysis a, FindActors.Result actors) {
    List<List<Attribution>> out = new ArrayList<>();
    for (Sentence s : a.sentences) {
      out.add(a.isBody(s.index()) ? List.copyOf(find(a, actors, s)) : List.of());
    }
    return List.copyOf(out);
  }

  List<Attribution> find(Analysis a, FindActors.Result actors, Sentence s) {
    List<Attribution> out = new ArrayList<>();
    for (int i = 0; i < s.size(); i++) {
      Token t = s.token(i);
      if (a.insideQuote(t.start())) {
        continue;
      }
      if (t.text().equalsIgnoreCase("according")
          && i + 1 < s.size()
          && s.token(i + 1).text().equals("to")) {
        int from = i + 2;
        int to = from;
        while (to < s.size() && to - from < 9 && !isBoundary(s.token(to))) {
          to++;
        }
        add(out, a, actors, s, from, to, "according to");
      } else if (AttributeQuotes.isSpeechVerb(t)
          && !t.pos().equals("VBG")
          && !t.pos().equals("VBN")) {
        int[] np = subjectBefore(s, i);
        if (np == null) {
          np = subjectBeforeRelativeClause(s, i);
        }
        if (np == null) {
          np = objectAfter(s, i);
        }
        if (np != null) {
          add(out, a, actors, s, np[0], np[1], t.text());
        }
      }
    }
    return out;
  }

  private static boolean isBoundary(Token t) {
    String w = t.text();
    return w.equals(",")
        || w.equals(".")
        || w.equals(";")
        || w.equals(":")
        || w.equals("–")
        || w.equals("—")
        || w.equals("though")
        || w.equals("that")
        || w.equals("who")
        || t.pos().startsWith("VB");
  }

  /** The noun phrase ending right before the verb (adverbs allowed in between). */
  private static int[] subjectBefore(Sentence s, int verb) {
    int end = verb;
    while (end > 0 && s.token(end - 1).pos().startsWith("RB")) {
      end--;
    }
    int start = end;
    while (start > 0 && nounPhrasePart(s.token(start - 1))) {
      start--;
    }
    if (start == end || !s.token(end - 1).isNoun() && !s.token(end - 1).pos().equals("PRP")) {
      return null;
    }
    return new int[] {start, end};
  }

  /**
   * "Council member Priya Raman, who voted in favor, said …": the subject stands before the
   * relative clause that the commas set off.
   */
  private static int[] subjectBeforeRelativeClause(Sentence s, int verb) {
    if (verb == 0 || !",".equals(s.token(verb - 1).text())) {
      return null;
    }
    for (int j = verb - 2; j > 0; j--) {
      if (",".equals(s.token(j).text())) {
        String next = s.token(j + 1).text().toLowerCase(Locale.ROOT);
        return next.equals("who") || next.equals("which") ? subjectBefore(s, j) : null;
      }
    }
    return null;
  }

  /** "…, said Mike Vigil" / "…, reported the Harlan Ledger". */
  private static int[] objectAfter(Sentence s, int verb) {
    if (verb == 0 || !",".equals(s.token(verb - 1).text()) && !isQuoteMark(s.token(verb - 1))) {
      return null;
    }
    int start = verb + 1;
    int end = start;
    while (end < s.size() && nounPhrasePart(s.token(end))) {
      end++;
    }
    // "…, said the ordinance already requires a study": a clause follows, so the phrase is its
    // subject, not who said it.
    int after = end;
    while (after < s.size() && s.token(after).pos().startsWith("RB")) {
      after++;
    }
    if (after < s.size() && (s.token(after).isVerb() || s.token(after).pos().equals("MD"))) {
      return null;
    }
    return end > start && s.token(end - 1).isNoun() ? new int[] {start, end} : null;
  }

  private static boolean isQuoteMark(Token t) {
    return "”\"’''".contains(t.text());
  }

  private static boolean nounPhrasePart(Token t) {
    String p = t.pos();
    return p.startsWith("NN")
        || p.startsWith("JJ")
        || p.equals("DT")
        || p.equals("CC")
        || p.equals("POS")
        || p.equals("CD")
        || p.equals("PRP") && isThirdPerson(t)
        || p.equals("HYPH")
        || p.equals("PRP$");
  }

  private static boolean isThirdPerson(Token t) {
    return switch (t.text().toLowerCase(Locale.ROOT)) {
      case "he", "she", "they" -> true;
      default -> false;
    };
  }

  private static void add(
      List<Attribution> out,
      Analysis a,
      FindActors.Result actors,
      Sentence s,
      int from,
      int to,
      String verb) {
    if (to <= from) {
      return;
    }
    int start = s.token(from).start();
    int end = s.token(to - 1).end();
    Cluster actor = null;
    for (EntityMention m : a.annotated.mentionsIn(s.index())) {
      Cluster c = actors.byMention().get(m);
      // "The Ronald Reagan appointee said": a person's name that modifies a noun is not who speaks
      // (R20 credited a judge's words to the president who appointed her); "ICE officers" are
      // still ICE's.
      boolean modifier = c != null && c.kind == ActorKind.PERSON && FindSpeaker.modifiesNoun(s, m);
      if (m.start() >= start && m.end() <= end && c != null && !modifier) {
        // "House Speaker Grace Holloway": the person, not the body in her title, is the source.
        if (actor == null || actor.kind != ActorKind.PERSON && c.kind == ActorKind.PERSON) {
          actor = c;
        }
      }
    }
    for (int i = from; i < to && actor == null; i++) {
      actor = actors.pronouns().get(s.token(i).start());
    }
    String text = a.text.substring(start, end);
    if (actor == null && text.equals(text.toLowerCase(Locale.ROOT)) && to - from == 1) {
      if (FindActors.pronounGender(s.token(from)) != null || s.token(from).pos().equals("PRP")) {
        return; // an unresolved pronoun names nobody
      }
    }
    out.add(new Attribution(text, start, end, verb, actor));
  }
}
