package org.civicbrief.app.eval;

import java.util.Map;

/**
 * The Porter stemmer (M. F. Porter, "An algorithm for suffix stripping", Program 14(3), 1980), with
 * the departures of NLTK's default mode, because that is the stemmer Google's {@code rouge_score}
 * uses and ROUGE numbers are only comparable when the stems agree. The departures are marked "NLTK"
 * below. Input must be lower case.
 */
final class PorterStemmer {

  // NLTK: forms the suffix rules get wrong, mapped straight to their stem.
  private static final Map<String, String> IRREGULAR =
      Map.ofEntries(
          Map.entry("sky", "sky"),
          Map.entry("skies", "sky"),
          Map.entry("dying", "die"),
          Map.entry("lying", "lie"),
          Map.entry("tying", "tie"),
          Map.entry("news", "news"),
          Map.entry("innings", "inning"),
          Map.entry("inning", "inning"),
          Map.entry("outings", "outing"),
          Map.entry("outing", "outing"),
          Map.entry("cannings", "canning"),
          Map.entry("canning", "canning"),
          Map.entry("howe", "howe"),
          Map.entry("proceed", "proceed"),
          Map.entry("exceed", "exceed"),
          Map.entry("succeed", "succeed"));

  private static final String[][] STEP2 = {
    {"ational", "ate"},
    {"tional", "tion"},
    {"enci", "ence"},
    {"anci", "ance"},
    {"izer", "ize"},
    {"bli", "ble"}, // NLTK: the published rule is abli -> able
    {"alli", "al"},
    {"fulli", "ful"}, // NLTK
    {"entli", "ent"},
    {"eli", "e"},
    {"ousli", "ous"},
    {"ization", "ize"},
    {"ation", "ate"},
    {"ator", "ate"},
    {"alism", "al"},
    {"iveness", "ive"},
    {"fulness", "ful"},
    {"ousness", "ous"},
    {"aliti", "al"},
    {"iviti", "ive"},
    {"biliti", "ble"},
    {"logi", "log"} // NLTK
  };

  private static final String[][] STEP3 = {
    {"icate", "ic"},
    {"ative", ""},
    {"alize", "al"},
    {"iciti", "ic"},
    {"ical", "ic"},
    {"ful", ""},
    {"ness", ""}
  };

  private static final String[] STEP4 = {
    "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou",
    "ism", "ate", "iti", "ous", "ive", "ize"
  };

  /** The stem of a lower-case word. */
  String stem(String word) {
    String irregular = IRREGULAR.get(word);
    if (irregular != null) {
      return irregular;
    }
    if (word.length() <= 2) {
      return word;
    }
    String w = step1a(word);
    w = step1b(w);
    w = step1c(w);
    w = step2(w);
    w = step3(w);
    w = step4(w);
    w = step5a(w);
    return step5b(w);
  }

  private static boolean consonant(CharSequence w, int i) {
    char c = w.charAt(i);
    if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u') {
      return false;
    }
    if (c == 'y') {
      return i == 0 || !consonant(w, i - 1);
    }
    return true;
  }

  /** The measure m: the number of vowel-consonant sequences in {@code stem}. */
  static int measure(String stem) {
    int m = 0;
    boolean previousVowel = false;
    for (int i = 0; i < stem.length(); i++) {
      boolean vowel = !consonant(stem, i);
      if (!vowel && previousVowel) {
        m++;
      }
      previousVowel = vowel;
    }
    return m;
  }

  private static boolean hasVowel(String stem) {
    for (int i = 0; i < stem.length(); i++) {
      if (!consonant(stem, i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean endsDoubleConsonant(String w) {
    int n = w.length();
    return n >= 2 && w.charAt(n - 1) == w.charAt(n - 2) && consonant(w, n - 1);
  }

  /** *o: ends consonant-vowel-consonant, the last not w, x or y (NLTK: or is vowel-consonant). */
  private static boolean endsCvc(String w) {
    int n = w.length();
    if (n >= 3
        && consonant(w, n - 3)
        && !consonant(w, n - 2)
        && consonant(w, n - 1)
        && "wxy".indexOf(w.charAt(n - 1)) < 0) {
      return true;
    }
    return n == 2 && !consonant(w, 0) && consonant(w, 1);
  }

  private static String step1a(String w) {
    if (w.endsWith("sses")) {
      return w.substring(0, w.length() - 2);
    }
    if (w.endsWith("ies")) {
      // NLTK: "dies" -> "die" rather than "di".
      return w.length() == 4 ? w.substring(0, 3) : w.substring(0, w.length() - 2);
    }
    if (w.endsWith("ss")) {
      return w;
    }
    if (w.endsWith("s")) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }

  private static String step1b(String w) {
    if (w.endsWith("ied")) {
      // NLTK: "died" -> "die", "spied" -> "spi".
      return w.length() == 4 ? w.substring(0, 3) : w.substring(0, w.length() - 2);
    }
    if (w.endsWith("eed")) {
      String stem = w.substring(0, w.length() - 3);
      return measure(stem) > 0 ? w.substring(0, w.length() - 1) : w;
    }
    String stem;
    if (w.endsWith("ed") && hasVowel(w.substring(0, w.length() - 2))) {
      stem = w.substring(0, w.length() - 2);
    } else if (w.endsWith("ing") && hasVowel(w.substring(0, w.length() - 3))) {
      stem = w.substring(0, w.length() - 3);
    } else {
      return w;
    }
    if (stem.endsWith("at") || stem.endsWith("bl") || stem.endsWith("iz")) {
      return stem + "e";
    }
    if (endsDoubleConsonant(stem) && "lsz".indexOf(stem.charAt(stem.length() - 1)) < 0) {
      return stem.substring(0, stem.length() - 1);
    }
    if (measure(stem) == 1 && endsCvc(stem)) {
      return stem + "e";
    }
    return stem;
  }

  private static String step1c(String w) {
    // NLTK: y -> i only after a consonant that is not the first letter ("happy", not "enjoy").
    int n = w.length();
    if (n > 2 && w.charAt(n - 1) == 'y' && consonant(w, n - 2)) {
      return w.substring(0, n - 1) + "i";
    }
    return w;
  }

  private static String step2(String w) {
    for (String[] rule : STEP2) {
      if (w.endsWith(rule[0])) {
        String stem = w.substring(0, w.length() - rule[0].length());
        // NLTK: the "l" of "-logi" counts with the stem, so "geology" keeps "geolog".
        String measured = rule[0].equals("logi") ? w.substring(0, w.length() - 3) : stem;
        if (measure(measured) == 0) {
          return w;
        }
        if (rule[0].equals("alli")) {
          // NLTK: "-alli" becomes "-al" and step 2 runs again ("radically" -> "radic").
          return step2(stem + "al");
        }
        return stem + rule[1];
      }
    }
    return w;
  }

  private static String step3(String w) {
    for (String[] rule : STEP3) {
      if (w.endsWith(rule[0])) {
        String stem = w.substring(0, w.length() - rule[0].length());
        return measure(stem) > 0 ? stem + rule[1] : w;
      }
    }
    return w;
  }

  private static String step4(String w) {
    // The longest suffix that matches decides; if its condition fails, nothing is removed.
    String best = null;
    for (String suffix : STEP4) {
      if (w.endsWith(suffix) && (best == null || suffix.length() > best.length())) {
        best = suffix;
      }
    }
    if (best == null) {
      return w;
    }
    String stem = w.substring(0, w.length() - best.length());
    if (measure(stem) <= 1) {
      return w;
    }
    if (best.equals("ion") && !(stem.endsWith("s") || stem.endsWith("t"))) {
      return w;
    }
    return stem;
  }

  private static String step5a(String w) {
    if (!w.endsWith("e")) {
      return w;
    }
    String stem = w.substring(0, w.length() - 1);
    int m = measure(stem);
    return m > 1 || (m == 1 && !endsCvc(stem)) ? stem : w;
  }

  private static String step5b(String w) {
    if (w.endsWith("ll") && measure(w.substring(0, w.length() - 1)) > 1) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }
}
