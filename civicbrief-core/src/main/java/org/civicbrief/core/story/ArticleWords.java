package org.civicbrief.core.story;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words story assignment compares: content words, capitalized name words and numbers, counted
 * with the lead (the first two non-blank lines: usually the headline and the first paragraph)
 * counted three times, because the lead names the event the article is about.
 */
final class ArticleWords {

  /** How many times a word in the lead counts. */
  static final int LEAD_WEIGHT = 3;

  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*\\p{L}|\\p{L}|\\d+");
  private static final Pattern NAME_WORD =
      Pattern.compile("\\p{Lu}[\\p{L}'’]*(?:-\\p{Lu}[\\p{L}'’]*)*");
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");
  private static final Pattern NUMBER =
      Pattern.compile("(?<![\\w.,])\\d+(?:[.,]\\d+)*(?:st|nd|rd|th)?(?![\\w])");
  private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");

  private ArticleWords() {}

  /** Content words (lower case, three letters or more, or a number) and their counts. */
  static Map<String, Float> terms(String text) {
    Map<String, Float> out = new HashMap<>();
    forEachLine(
        text,
        (line, weight) -> {
          Matcher m = WORD.matcher(line);
          while (m.find()) {
            String w = plain(m.group());
            if (w.length() > 2 && !ContentWords.STOP.contains(w)) {
              out.merge(w, (float) weight, Float::sum);
            }
          }
        });
    return out;
  }

  /**
   * The words of capitalized names and their counts. A single capitalized word that starts a
   * sentence is not counted, since it is capitalized for that reason alone.
   */
  static Map<String, Float> names(String text) {
    Map<String, Float> out = new HashMap<>();
    forEachLine(
        text,
        (line, weight) -> {
          for (String sentence : SENTENCE_END.split(line)) {
            names(sentence, weight, out);
          }
        });
    return out;
  }

  private static void names(String sentence, int weight, Map<String, Float> out) {
    Matcher m = NAME_WORD.matcher(sentence);
    List<String> run = new ArrayList<>();
    int runStart = -1;
    int lastEnd = -1;
    while (m.find()) {
      boolean joins = lastEnd >= 0 && sentence.substring(lastEnd, m.start()).equals(" ");
      if (!joins) {
        flush(run, runStart, sentence, weight, out);
        run.clear();
        runStart = m.start();
      }
      run.add(m.group());
      lastEnd = m.end();
    }
    flush(run, runStart, sentence, weight, out);
  }

  private static void flush(
      List<String> run, int start, String sentence, int weight, Map<String, Float> out) {
    if (run.isEmpty()) {
      return;
    }
    boolean initial = sentence.substring(0, start).isBlank();
    List<String> words = new ArrayList<>();
    for (String w : run) {
      String p = plain(w);
      if (p.length() > 1 && !ContentWords.STOP.contains(p) && !ContentWords.NEGATIONS.contains(p)) {
        words.add(p);
      }
    }
    if (words.isEmpty() || (initial && run.size() == 1)) {
      return;
    }
    for (String w : words) {
      out.merge(w, (float) weight, Float::sum);
    }
  }

  /** Numbers other than years ("1500", "6.1", "81st") and their counts. */
  static Map<String, Float> numbers(String text) {
    Map<String, Float> out = new HashMap<>();
    forEachLine(
        text,
        (line, weight) -> {
          Matcher m = NUMBER.matcher(line);
          while (m.find()) {
            String n = m.group().replace(",", "");
            if (!YEAR.matcher(n).matches()) {
              out.merge(n, 1f, Float::sum);
            }
          }
        });
    return out;
  }

  /** The first {@code n} non-blank lines of {@code text}. */
  static String firstLines(String text, int n) {
    StringBuilder out = new StringBuilder();
    int taken = 0;
    for (String line : text.split("\n")) {
      if (taken == n) {
        break;
      }
      if (!line.isBlank()) {
        out.append(line).append('\n');
        taken++;
      }
    }
    return out.toString();
  }

  private interface LineVisitor {
    void visit(String line, int weight);
  }

  private static void forEachLine(String text, LineVisitor visitor) {
    int nonBlank = 0;
    for (String line : text.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      visitor.visit(line, nonBlank < 2 ? LEAD_WEIGHT : 1);
      nonBlank++;
    }
  }

  /** Lower case without accents and with straight apostrophes. */
  static String plain(String w) {
    return Normalizer.normalize(w, Normalizer.Form.NFKD)
        .replaceAll("\\p{M}+", "")
        .replace('’', '\'')
        .toLowerCase(Locale.ROOT);
  }
}
