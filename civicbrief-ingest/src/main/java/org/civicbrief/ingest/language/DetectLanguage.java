package org.civicbrief.ingest.language;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Guesses the language of a text, offline and deterministically: first by writing system, then, for
 * Latin script, by which language's function words the text uses most.
 */
public final class DetectLanguage {

  // Enough text to be sure; reading a whole 5 MiB page would only repeat the answer.
  private static final int SAMPLE = 20_000;
  // Below this many words we cannot tell a foreign text from English names and numbers, so we lean
  // English rather than refuse.
  private static final int MIN_WORDS_TO_REFUSE = 20;
  // Running text has roughly one function word in three from its language's list; a Latin-script
  // language we have no profile for shares only a few short words with any of them. English passes
  // with less, since a story heavy with names and figures is still English.
  private static final double MIN_FUNCTION_WORD_SHARE = 0.10;
  private static final double MIN_ENGLISH_SHARE = 0.05;
  private static final int MIN_HITS_SHORT = 3;
  private static final List<String> ORDER = List.of("en", "es", "fr", "de", "it", "pt", "nl");

  private static final Map<UnicodeScript, String> SCRIPT_LANGUAGE = scriptLanguages();

  /** The language {@code text} looks like. */
  public LanguageGuess detect(String text) {
    String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
    var scripts = new EnumMap<UnicodeScript, Integer>(UnicodeScript.class);
    int letters = 0;
    for (int i = 0; i < sample.length(); ) {
      int cp = sample.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetter(cp)) {
        letters++;
        scripts.merge(UnicodeScript.of(cp), 1, Integer::sum);
      }
    }
    if (letters == 0) {
      return new LanguageGuess(LanguageGuess.UNDETERMINED, 0);
    }
    int latin = scripts.getOrDefault(UnicodeScript.LATIN, 0);
    if (latin * 2 >= letters) {
      return byFunctionWords(sample);
    }
    return byScript(sample, scripts, letters);
  }

  private static LanguageGuess byScript(
      String sample, Map<UnicodeScript, Integer> scripts, int letters) {
    UnicodeScript top =
        scripts.entrySet().stream()
            .filter(e -> e.getKey() != UnicodeScript.LATIN)
            .max(
                Map.Entry.<UnicodeScript, Integer>comparingByValue()
                    .thenComparing(e -> e.getKey().name()))
            .orElseThrow()
            .getKey();
    double confidence = scripts.get(top) / (double) letters;
    String code = SCRIPT_LANGUAGE.getOrDefault(top, LanguageGuess.UNDETERMINED);
    if (top == UnicodeScript.HAN
        && (scripts.containsKey(UnicodeScript.HIRAGANA)
            || scripts.containsKey(UnicodeScript.KATAKANA))) {
      code = "ja";
    } else if (top == UnicodeScript.CYRILLIC) {
      code = cyrillicLanguage(sample);
    }
    return new LanguageGuess(code, Math.min(1, confidence));
  }

  // Russian has none of these letters: ў is Belarusian, і ї є ґ are Ukrainian.
  private static String cyrillicLanguage(String sample) {
    String lower = sample.toLowerCase(Locale.ROOT);
    if (lower.indexOf('ў') >= 0) {
      return "be";
    }
    if (lower.chars().anyMatch(c -> c == 'і' || c == 'ї' || c == 'є' || c == 'ґ')) {
      return "uk";
    }
    return "ru";
  }

  private static LanguageGuess byFunctionWords(String sample) {
    var scores = new HashMap<String, Double>();
    var hits = new HashMap<String, Integer>();
    int words = 0;
    for (String word : words(sample)) {
      words++;
      Double weight = FunctionWords.WEIGHT.get(word);
      if (weight == null) {
        continue;
      }
      for (var entry : FunctionWords.BY_LANGUAGE.entrySet()) {
        if (entry.getValue().contains(word)) {
          scores.merge(entry.getKey(), weight, Double::sum);
          hits.merge(entry.getKey(), 1, Integer::sum);
        }
      }
    }
    double total = scores.values().stream().mapToDouble(Double::doubleValue).sum();
    // Ties go to English: a short text with as much English as anything else is read as English.
    String best = "en";
    for (String code : ORDER) {
      if (scores.getOrDefault(code, 0.0) > scores.getOrDefault(best, 0.0)) {
        best = code;
      }
    }
    if (words < MIN_WORDS_TO_REFUSE) {
      if (!best.equals("en") && hits.getOrDefault(best, 0) < MIN_HITS_SHORT) {
        // One "o" or "de" among names is no evidence; a short text needs several foreign words.
        best = "en";
      }
      return new LanguageGuess(best, share(scores, best, total) * words / MIN_WORDS_TO_REFUSE);
    }
    double expected = words * (best.equals("en") ? MIN_ENGLISH_SHARE : MIN_FUNCTION_WORD_SHARE);
    int bestHits = hits.getOrDefault(best, 0);
    if (bestHits < expected) {
      return new LanguageGuess(LanguageGuess.UNDETERMINED, 1 - bestHits / expected);
    }
    return new LanguageGuess(best, share(scores, best, total));
  }

  private static double share(Map<String, Double> scores, String code, double total) {
    return total == 0 ? 0 : scores.getOrDefault(code, 0.0) / total;
  }

  private static List<String> words(String text) {
    var words = new ArrayList<String>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      // An apostrophe between letters keeps a word whole, so O'Brien is not the Portuguese "o".
      boolean letter =
          i < text.length()
              && (Character.isLetter(text.charAt(i))
                  || (start >= 0
                      && isApostrophe(text.charAt(i))
                      && i + 1 < text.length()
                      && Character.isLetter(text.charAt(i + 1))));
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
        start = -1;
      }
    }
    return words;
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019';
  }

  private static Map<UnicodeScript, String> scriptLanguages() {
    var m = new EnumMap<UnicodeScript, String>(UnicodeScript.class);
    m.put(UnicodeScript.CYRILLIC, "ru");
    m.put(UnicodeScript.GREEK, "el");
    m.put(UnicodeScript.ARABIC, "ar");
    m.put(UnicodeScript.HEBREW, "he");
    m.put(UnicodeScript.HAN, "zh");
    m.put(UnicodeScript.HIRAGANA, "ja");
    m.put(UnicodeScript.KATAKANA, "ja");
    m.put(UnicodeScript.HANGUL, "ko");
    m.put(UnicodeScript.DEVANAGARI, "hi");
    m.put(UnicodeScript.BENGALI, "bn");
    m.put(UnicodeScript.GURMUKHI, "pa");
    m.put(UnicodeScript.GUJARATI, "gu");
    m.put(UnicodeScript.TAMIL, "ta");
    m.put(UnicodeScript.TELUGU, "te");
    m.put(UnicodeScript.KANNADA, "kn");
    m.put(UnicodeScript.MALAYALAM, "ml");
    m.put(UnicodeScript.SINHALA, "si");
    m.put(UnicodeScript.THAI, "th");
    m.put(UnicodeScript.LAO, "lo");
    m.put(UnicodeScript.KHMER, "km");
    m.put(UnicodeScript.MYANMAR, "my");
    m.put(UnicodeScript.GEORGIAN, "ka");
    m.put(UnicodeScript.ARMENIAN, "hy");
    m.put(UnicodeScript.ETHIOPIC, "am");
    return Map.copyOf(m);
  }
}
