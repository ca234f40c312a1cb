package org.civicbrief.core.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.civicbrief.core.text.Sentence;
import org.civicbrief.core.text.Token;

/**
 * Turns a declarative clause into a question by moving its parts: a subject question replaces the
 * subject ("Who introduced a bill …?"); an object or adjunct question inverts the auxiliary or adds
 * "did" ("How many troops did the White House order …?"). The leading adverbial moves to the end.
 */
final class Stems {

  private final String text;

  Stems(String text) {
    this.text = text;
  }

  /** "WH verb-group rest adverbial?" — the subject is what is asked for. */
  String subjectQuestion(String wh, Clause c) {
    String rest = join(c, c.verbStart(), c.end(), -1, -1);
    return finish(wh + " " + rest, c);
  }

  /**
   * "WH aux subject verb rest-without-[cutFrom, cutTo) adverbial?" — something after the verb is
   * asked for. Returns null when the verb group cannot be inverted.
   */
  String objectQuestion(String wh, Clause c, int cutFrom, int cutTo) {
    Sentence s = c.sentence();
    String subject = join(c, c.subjectStart(), c.verbStart(), -1, -1);
    if (subject.isEmpty()) {
      return null;
    }
    subject = lowerFirst(subject, s.token(c.subjectStart()));
    String rest = join(c, c.restStart(), c.end(), cutFrom, cutTo);
    Token finite = s.token(c.verbStart());
    String head;
    if (c.invertible()) {
      String aux = finite.text().toLowerCase(Locale.ROOT);
      String verbs = join(c, c.verbStart() + 1, c.restStart(), -1, -1);
      head = aux + " " + subject + (verbs.isEmpty() ? "" : " " + verbs);
    } else {
      String doForm =
          switch (finite.pos()) {
            case "VBD" -> "did";
            case "VBZ" -> "does";
            default -> "do";
          };
      if (finite.lemma().equalsIgnoreCase("be")) {
        head = finite.text().toLowerCase(Locale.ROOT) + " " + subject;
      } else if (unknownPrefixedPast(finite)) {
        return null; // the lemmatizer does not know the verb: "did … reheard" is wrong
      } else {
        head = doForm + " " + subject + " " + finite.lemma().toLowerCase(Locale.ROOT);
      }
    }
    return finish(wh + " " + head + (rest.isEmpty() ? "" : " " + rest), c);
  }

  /**
   * A past tense the lemmatizer gave back unchanged although it carries a prefix ("reheard",
   * "overtook"): its base form is unknown. Pasts that are their own base ("cut", "set") have none.
   */
  private static boolean unknownPrefixedPast(Token finite) {
    return finite.pos().equals("VBD")
        && finite.lemma().equalsIgnoreCase(finite.text())
        && finite
            .text()
            .toLowerCase(Locale.ROOT)
            .matches("(re|over|under|out|mis|with|fore)\\p{L}{3,}");
  }

  /**
   * "Trump underscored this approach by signing an order" asks about the signing: "When did Trump
   * sign an order?" Returns null unless the verb is a simple past or present.
   */
  String byGerundQuestion(String wh, Clause c, int gerund) {
    Sentence s = c.sentence();
    Token finite = s.token(c.verbStart());
    if (c.verbStart() != c.mainVerb()) {
      return null;
    }
    String doForm =
        switch (finite.pos()) {
          case "VBD" -> "did";
          case "VBZ" -> "does";
          case "VBP" -> "do";
          default -> null;
        };
    if (doForm == null) {
      return null;
    }
    String subject =
        lowerFirst(join(c, c.subjectStart(), c.verbStart(), -1, -1), s.token(c.subjectStart()));
    String rest = join(c, gerund + 1, c.end(), -1, -1);
    return finish(
        wh
            + " "
            + doForm
            + " "
            + subject
            + " "
            + s.token(gerund).lemma().toLowerCase(Locale.ROOT)
            + " "
            + rest,
        c);
  }

  private String finish(String q, Clause c) {
    String adverbial =
        c.adverbialEnd() > c.from() ? join(c, c.from(), c.adverbialEnd() - 1, -1, -1) : "";
    if (!adverbial.isEmpty()) {
      q = q + " " + lowerFirst(adverbial, c.sentence().token(c.from()));
    }
    q = q.replaceAll("\\s+([,.;:])", "$1").replaceAll("[,;:–—\\s]+$", "").strip();
    return Character.toUpperCase(q.charAt(0)) + q.substring(1) + "?";
  }

  /**
   * Text of tokens {@code [a, b)} without tokens {@code [cutFrom, cutTo)} and without a
   * dash-enclosed aside ("– including the Sinaloa cartel –").
   */
  String join(Clause c, int a, int b, int cutFrom, int cutTo) {
    Sentence s = c.sentence();
    List<int[]> keep = new ArrayList<>();
    int i = a;
    while (i < b) {
      if (i >= cutFrom && i < cutTo) {
        i = cutTo;
        continue;
      }
      String w = s.token(i).text();
      if (w.equals("–") || w.equals("—")) {
        int close = -1;
        for (int j = i + 1; j < b; j++) {
          if (s.token(j).text().equals(w)) {
            close = j;
            break;
          }
        }
        if (close > 0) {
          i = close + 1;
          continue;
        }
      }
      keep.add(new int[] {s.token(i).start(), s.token(i).end()});
      i++;
    }
    StringBuilder out = new StringBuilder();
    int prevEnd = -1;
    for (int[] k : keep) {
      if (prevEnd >= 0 && k[0] > prevEnd) {
        out.append(' '); // adjacent tokens ("U.S." "-Mexico") stay joined
      }
      out.append(text, k[0], k[1]);
      prevEnd = k[1];
    }
    return out.toString().replaceAll("\\s{2,}", " ").strip();
  }

  /** Lowercases a clause-initial capital unless the word is a name ("The White House" stays). */
  static String lowerFirst(String s, Token first) {
    if (s.isEmpty() || first.isProperNoun() || first.text().equals("I")) {
      return s;
    }
    if (s.length() > 1 && Character.isUpperCase(s.charAt(1))) {
      return s; // an acronym such as "U.S."
    }
    return Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}
