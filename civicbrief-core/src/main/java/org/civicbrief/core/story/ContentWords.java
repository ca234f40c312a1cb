package org.civicbrief.core.story;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.civicbrief.core.text.WordList;

/**
 * The content words of a statement, for deciding whether two articles report the same thing: lower
 * case, accents removed, function words and reporting verbs dropped, a plural's final "s" removed.
 */
final class ContentWords {

  /** Function words and reporting words, which say nothing about what a text is about. */
  static final Set<String> STOP = WordList.of("stopwords");

  /** Words that negate what follows them in a clause. */
  static final Set<String> NEGATIONS = WordList.of("negations");

  private ContentWords() {}

  /** The content words of {@code text}, negations excluded, in order of first appearance. */
  static Set<String> of(String text) {
    Set<String> out = new LinkedHashSet<>();
    for (String w : words(text)) {
      if (!STOP.contains(w) && !NEGATIONS.contains(w) && w.length() > 1) {
        out.add(stem(w));
      }
    }
    return out;
  }

  /** All words of {@code text}, lower case and without accents; "n't" is split off as a word. */
  static java.util.List<String> words(String text) {
    String plain =
        Normalizer.normalize(text, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}+", "")
            .replace('’', '\'')
            .toLowerCase(Locale.ROOT);
    java.util.List<String> out = new java.util.ArrayList<>();
    for (String w : plain.split("[^\\p{L}\\p{N}',.]+|(?<!\\d)[,.]|[,.](?!\\d)")) {
      String t = w.replaceAll("^'+|'+$", "");
      if (t.isEmpty()) {
        continue;
      }
      if (t.endsWith("n't") && t.length() > 3) {
        String head = t.substring(0, t.length() - 3);
        out.add(head.equals("wo") ? "will" : head.equals("ca") ? "can" : head);
        out.add("n't");
      } else if (t.endsWith("'s")) {
        out.add(t.substring(0, t.length() - 2));
      } else {
        out.add(t);
      }
    }
    return out;
  }

  /**
   * A light stemmer: enough to match "troops" with "troop" and "planned" and "planning" with
   * "plan".
   */
  static String stem(String w) {
    if (w.length() > 4 && w.endsWith("ies")) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")) {
      return w.substring(0, w.length() - 1);
    }
    if (w.length() > 5 && w.endsWith("ing")) {
      return undouble(w.substring(0, w.length() - 3));
    }
    if (w.length() > 5 && w.endsWith("ed") && !w.endsWith("eed")) {
      return undouble(w.substring(0, w.length() - 2));
    }
    return w;
  }

  // "plann" -> "plan", "stopp" -> "stop"; "ll" and "ss" stay ("call", "pass").
  private static String undouble(String w) {
    int n = w.length();
    if (n > 3 && w.charAt(n - 1) == w.charAt(n - 2) && "bdgmnprt".indexOf(w.charAt(n - 1)) >= 0) {
      return w.substring(0, n - 1);
    }
    return w;
  }

  /**
   * {@code text} without its capitalized words: names and places say who and where, not what is
   * affirmed or denied.
   */
  static String withoutNames(String text) {
    return text.replaceAll("(?<![\\p{L}'’])\\p{Lu}[\\p{L}'’.-]*", " ");
  }

  /**
   * True when {@code text} denies something in a main clause: a negation word ("no", "not", "n't",
   * "never"...) or a verb of not doing ("failed to", "refused to"), outside a condition ("as long
   * as it does not cut school aid" states a condition, not a fact).
   */
  static boolean negated(String text) {
    for (String clause : clauses(text)) {
      List<String> w = words(clause);
      for (int i = 0; i < w.size(); i++) {
        if (condition(w, i)) {
          break;
        }
        if (negation(w, i)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The content words that follow a negation in its clause ("no public evidence of planning" gives
   * public, evidence, planning): what the negation denies. Conditions are left out, and so are
   * light verbs ("keep", "make"), which say too little to tie two statements together.
   */
  static Set<String> negatedScope(String text) {
    Set<String> out = new LinkedHashSet<>();
    for (String clause : clauses(text)) {
      boolean inScope = false;
      List<String> w = words(clause);
      for (int i = 0; i < w.size(); i++) {
        String word = w.get(i);
        if (condition(w, i)) {
          break;
        } else if (negation(w, i)) {
          inScope = true;
        } else if (inScope
            && !STOP.contains(word)
            && !LIGHT_VERBS.contains(word)
            && !word.equals("to")
            && word.length() > 1) {
          out.add(stem(word));
        }
      }
    }
    return out;
  }

  /**
   * Verbs of not doing, when "to" follows: "failed to pass" denies the passing. Not "declined",
   * which is as often a fall ("revenue declined to 2%").
   */
  private static final Set<String> NOT_DOING = WordList.of("not-doing-verbs");

  /** Verbs too common to show that two statements are about the same act. */
  private static final Set<String> LIGHT_VERBS = WordList.of("light-verbs");

  private static boolean negation(List<String> w, int i) {
    String word = w.get(i);
    return NEGATIONS.contains(word)
        || (NOT_DOING.contains(word) && i + 1 < w.size() && w.get(i + 1).equals("to"));
  }

  private static List<String> clauses(String text) {
    return List.of(text.replace('’', '\'').split("[,;:.!?()\u2014]|\\bbut\\b"));
  }

  /**
   * True when word {@code i} opens a condition ("if", "unless", "as long as", "provided that"): the
   * rest of the clause states what must hold, not what does.
   */
  private static boolean condition(List<String> w, int i) {
    String word = w.get(i);
    return word.equals("if")
        || word.equals("unless")
        || (word.equals("provided") && i + 1 < w.size() && w.get(i + 1).equals("that"))
        || (word.equals("long")
            && i > 0
            && (w.get(i - 1).equals("as") || w.get(i - 1).equals("so"))
            && i + 1 < w.size()
            && w.get(i + 1).equals("as"));
  }

  /**
   * True when two statements say nearly the same thing: most of their content words are shared,
   * they have the same numbers and both or neither are negated.
   */
  static boolean sameStatement(String a, String b, double minJaccard) {
    Set<String> wa = of(a);
    Set<String> wb = of(b);
    if (jaccard(wa, wb) < minJaccard) {
      return false;
    }
    return negated(a) == negated(b) && digits(wa).equals(digits(wb));
  }

  private static Set<String> digits(Set<String> words) {
    Set<String> out = new java.util.TreeSet<>();
    for (String w : words) {
      if (!w.isEmpty() && Character.isDigit(w.charAt(0))) {
        out.add(w);
      }
    }
    return out;
  }

  /** The share of the smaller set found in the larger: 1 when one statement contains the other. */
  static double overlap(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    return common(a, b) / (double) Math.min(a.size(), b.size());
  }

  /** Jaccard similarity of two sets. */
  static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 0;
    }
    int c = common(a, b);
    return c / (double) (a.size() + b.size() - c);
  }

  static int common(Set<String> a, Set<String> b) {
    Set<String> small = a.size() <= b.size() ? a : b;
    Set<String> large = small == a ? b : a;
    int c = 0;
    for (String w : small) {
      if (large.contains(w)) {
        c++;
      }
    }
    return c;
  }
}
