package org.civicbrief.core.quiz;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.civicbrief.core.text.Layout;
import org.civicbrief.core.text.Sentence;
import org.civicbrief.core.text.Token;
import org.civicbrief.core.text.WordList;

/**
 * The parts of a declarative clause that question writing needs, read from part-of-speech tags: a
 * leading adverbial ("On January 20, 2025,"), the subject, the verb group and the rest.
 *
 * @param sentence the sentence
 * @param from first token of the clause (after a dateline or connective)
 * @param adverbialEnd end (exclusive) of the leading adverbial, or {@code from} when there is none
 * @param subjectStart first subject token
 * @param verbStart first token of the verb group (auxiliary or finite verb)
 * @param mainVerb the main verb of the group
 * @param restStart first token after the verb group
 * @param end end (exclusive) of the clause: the sentence end, or before ", and SUBJECT VERB" or ";"
 */
record Clause(
    Sentence sentence,
    int from,
    int adverbialEnd,
    int subjectStart,
    int verbStart,
    int mainVerb,
    int restStart,
    int end) {

  private static final Set<String> AUXILIARIES = WordList.of("auxiliaries");

  /**
   * Reads the clause starting at token {@code from}, or returns null when it has no clear shape.
   */
  static Clause read(Sentence s, int from, Layout quotes, java.util.function.IntPredicate inDate) {
    int i = from;
    int adverbialEnd = from;
    // Leading adverbials, possibly two: "On March 3, 2025, shortly after the vote, …".
    while (i < s.size() && (startsAdverbial(s.token(i)) || inDate.test(s.token(i).start()))) {
      int end = -1;
      for (int j = i + 1; j < Math.min(s.size(), i + 12); j++) {
        Token t = s.token(j);
        if (t.text().equals(",") && !inDate.test(t.start())) {
          end = j + 1;
          break;
        }
        if (t.isVerb() && !t.pos().equals("VBG") && !t.pos().equals("VBN")) {
          break;
        }
      }
      if (end < 0) {
        break;
      }
      adverbialEnd = end;
      i = end;
    }
    int subjectStart = i;
    int verb = -1;
    int depth = 0;
    for (int j = subjectStart; j < s.size(); j++) {
      Token t = s.token(j);
      if (t.text().equals("(")) {
        depth++;
      } else if (t.text().equals(")")) {
        depth--;
      }
      if (depth > 0 || quotes.insideQuote(t.start())) {
        continue;
      }
      if (isFinite(t)) {
        verb = j;
        break;
      }
    }
    if (verb <= subjectStart || !nounLike(s, subjectStart, verb)) {
      return null;
    }
    int main = verb;
    while (main + 1 < s.size()
        && (AUXILIARIES.contains(s.token(main).text().toLowerCase(Locale.ROOT))
            || s.token(main).pos().startsWith("RB"))
        && (s.token(main + 1).isVerb() || s.token(main + 1).pos().startsWith("RB"))) {
      main++;
    }
    if (!s.token(main).isVerb()) {
      return null;
    }
    int end = s.size();
    for (int j = main + 1; j < s.size(); j++) {
      String w = s.token(j).text();
      boolean spacedHyphen =
          w.equals("-") && s.token(j).start() > s.token(j - 1).end(); // " - " used as a dash
      if (spacedHyphen) {
        end = j;
        break;
      }
      if (w.equals("–") || w.equals("—")) {
        int close = -1;
        for (int k = j + 1; k < s.size(); k++) {
          if (s.token(k).text().equals(w)) {
            close = k;
            break;
          }
        }
        if (close > 0) {
          j = close; // an aside between two dashes; question writing leaves it out
          continue;
        }
        end = j;
        break;
      }
      if (w.equals(";") || w.equals(":")) {
        end = j;
        break;
      }
      // "The fee adds $2 to every ticket and pays for repairs": a second predicate of its own;
      // a question asks about one ("how much does the fee add to every ticket?").
      if (w.equals("and") && j + 1 < s.size() && isFinite(s.token(j + 1))) {
        end = j;
        break;
      }
      boolean closesDate = w.equals(",") && closesModifyingDate(s, j, inDate);
      if (w.equals(",") && j > main + 2 && !inDate.test(s.token(j).start()) && !closesDate) {
        // A question carries the clause's core: a relative clause, an appositive or a participle
        // after the first comma would make the stem long and give away little.
        end = j;
        break;
      }
    }
    while (end > main + 1 && ".,;:–—!?".contains(s.token(end - 1).text())) {
      end--;
    }
    return new Clause(s, from, adverbialEnd, subjectStart, verb, main, main + 1, end);
  }

  /**
   * The comma at {@code comma} closes a full date that modifies a noun after a determiner ("to all
   * Jan. 6, 2021, Capitol riot defendants"): it belongs to the noun phrase, not to the clause.
   */
  private static boolean closesModifyingDate(
      Sentence s, int comma, java.util.function.IntPredicate inDate) {
    int k = comma - 1;
    if (k < 1 || !s.token(k).text().matches("\\d{4}") || !inDate.test(s.token(k).start())) {
      return false;
    }
    while (k > 0 && inDate.test(s.token(k - 1).start())) {
      k--;
    }
    String before = k > 0 ? s.token(k - 1).pos() : "";
    return before.equals("DT") || before.equals("PDT") || before.equals("PRP$");
  }

  private static boolean startsAdverbial(Token t) {
    return t.pos().equals("IN") || t.pos().startsWith("RB") || t.pos().equals("CC");
  }

  static boolean isFinite(Token t) {
    String p = t.pos();
    return p.equals("VBD") || p.equals("VBZ") || p.equals("VBP") || p.equals("MD");
  }

  static boolean isPunct(Token t) {
    return !Character.isLetterOrDigit(t.text().charAt(0));
  }

  /** A subject holds a noun or a name and no verb of its own outside an appositive. */
  private static boolean nounLike(Sentence s, int from, int to) {
    boolean noun = false;
    for (int j = from; j < to; j++) {
      noun |= s.token(j).isNoun() || s.token(j).pos().equals("PRP");
    }
    return noun;
  }

  /** Text of tokens {@code [a, b)} as they stand in the article. */
  String text(String articleText, int a, int b) {
    if (b <= a) {
      return "";
    }
    return articleText.substring(sentence.token(a).start(), sentence.token(b - 1).end());
  }

  /** The verb group's tokens, for inversion. */
  List<Token> verbGroup() {
    return sentence.tokens().subList(verbStart, mainVerb + 1);
  }

  /**
   * True when the verb group starts with an auxiliary or modal that can move before the subject.
   */
  boolean invertible() {
    return mainVerb > verbStart
        || AUXILIARIES.contains(sentence.token(verbStart).text().toLowerCase(Locale.ROOT))
            && !sentence.token(verbStart).lemma().equals("do");
  }
}
