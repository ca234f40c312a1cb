package org.civicbrief.core.story;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicbrief.core.text.AnnotatedArticle;
import org.civicbrief.core.text.EntityMention;
import org.civicbrief.core.text.EntityType;
import org.civicbrief.core.text.Sentence;
import org.civicbrief.core.text.Token;

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

  private static final Pattern NUMBER_TOKEN = Pattern.compile("\\d+(?:[.,]\\d+)*(?:st|nd|rd|th)?");

  private ArticleWords() {}

  /**
   * The words, names and numbers of an article, counted.
   *
   * @param terms content words
   * @param names the words of capitalized names
   * @param numbers numbers other than years
   * @param places the places named (the recognizer's locations), with the title's mentions of them
   */
  record Counts(
      Map<String, Float> terms,
      Map<String, Float> names,
      Map<String, Float> numbers,
      Map<String, Float> places) {}

  /**
   * The counts of an annotated article, from the tokens CoreNLP found: the title first when the
   * text does not open with it (a line of its own, which no annotation covers), then the text's
   * sentences, with the first two non-blank lines counted {@link #LEAD_WEIGHT} times.
   */
  static Counts of(AnnotatedArticle annotated) {
    Map<String, Float> terms = new HashMap<>();
    Map<String, Float> names = new HashMap<>();
    Map<String, Float> numbers = new HashMap<>();
    boolean spanish = annotated.article().language().equals("es");
    int titleLines = separateTitle(annotated).isPresent() ? 1 : 0;
    separateTitle(annotated)
        .ifPresent(
            title -> {
              terms.putAll(terms(title, spanish));
              names.putAll(names(title, spanish));
              numbers.putAll(numbers(title, spanish));
            });
    Lines lines = new Lines(annotated.text());
    for (Sentence s : annotated.sentences()) {
      int weight = titleLines + lines.of(s.start()) < 2 ? LEAD_WEIGHT : 1;
      List<Token> run = new ArrayList<>();
      List<String> words = new ArrayList<>();
      List<Boolean> named = new ArrayList<>();
      for (Token t : s.tokens()) {
        String w = plain(t.text());
        if (WORD.matcher(w).matches()) {
          words.add(w);
          named.add(!t.equals(s.tokens().getFirst()) && NAME_WORD.matcher(t.text()).matches());
        }
        String n = number(t.text(), spanish);
        if (NUMBER_TOKEN.matcher(t.text()).matches() && !YEAR.matcher(n).matches()) {
          numbers.merge(n, 1f, Float::sum);
        }
        boolean name = NAME_WORD.matcher(t.text()).matches();
        boolean joins =
            !run.isEmpty()
                && annotated.text().substring(run.getLast().end(), t.start()).equals(" ");
        if (!name || !joins) {
          flushTokens(run, s, weight, spanish, names);
          run.clear();
        }
        if (name) {
          run.add(t);
        }
      }
      flushTokens(run, s, weight, spanish, names);
      countTerms(words, named, weight, spanish, terms);
    }
    return new Counts(terms, names, numbers, places(annotated, lines, titleLines));
  }

  /**
   * A Spanish article in the words story assignment compares, for an English sentence embedding:
   * each sentence's words the glossary translates, its names and its numbers, in order (the title
   * first when it is separate); the other Spanish words are left out, as from its terms. Two
   * articles of one story in two languages are far apart for an English embedding, and two Spanish
   * articles of any story close; in English words they compare as two English articles do.
   */
  static String inEnglish(AnnotatedArticle annotated) {
    StringBuilder out = new StringBuilder();
    separateTitle(annotated).ifPresent(t -> out.append(inEnglish(t)).append(".\n"));
    for (Sentence s : annotated.sentences()) {
      out.append(inEnglish(annotated.text().substring(s.start(), s.end()))).append(". ");
    }
    return out.toString().strip();
  }

  private static String inEnglish(String sentence) {
    Matcher m = WORD.matcher(sentence);
    List<String> words = new ArrayList<>();
    List<Boolean> named = new ArrayList<>();
    while (m.find()) {
      words.add(plain(m.group()));
      named.add(m.start() > 0 && NAME_WORD.matcher(m.group()).matches());
    }
    List<String> english =
        InEnglish.fromSpanish(
            words, i -> named.get(i) || Character.isDigit(words.get(i).charAt(0)));
    return String.join(" ", english.stream().filter(w -> !InEnglish.stop(w, true)).toList());
  }

  /**
   * The places the recognizer found, lead mentions counted {@link #LEAD_WEIGHT} times, and a
   * separate title's mentions of the same places counted as lead mentions (the recognizer does not
   * see the title).
   */
  private static Map<String, Float> places(
      AnnotatedArticle annotated, Lines lines, int titleLines) {
    Map<String, Float> out = new HashMap<>();
    for (EntityMention m : annotated.mentions()) {
      if (m.type() != EntityType.LOCATION) {
        continue;
      }
      String place = plain(m.text()).replaceAll("[^\\p{L}\\d' -]", "").trim();
      if (place.length() > 1) {
        int weight = titleLines + lines.of(m.start()) < 2 ? LEAD_WEIGHT : 1;
        out.merge(place, (float) weight, Float::sum);
      }
    }
    Optional<String> title = separateTitle(annotated);
    if (title.isPresent() && !out.isEmpty()) {
      String t = " " + plain(title.get()).replaceAll("[^\\p{L}\\d' -]", " ") + " ";
      for (String place : List.copyOf(out.keySet())) {
        if (t.contains(" " + place + " ")) {
          out.merge(place, (float) LEAD_WEIGHT, Float::sum);
        }
      }
    }
    return out;
  }

  /** The title, when it is not the text's first line: the annotations do not cover it. */
  static Optional<String> separateTitle(AnnotatedArticle annotated) {
    var article = annotated.article();
    return article.titleInText() ? Optional.empty() : article.title();
  }

  private static void flushTokens(
      List<Token> run, Sentence s, int weight, boolean spanish, Map<String, Float> out) {
    if (run.isEmpty()) {
      return;
    }
    List<String> words = new ArrayList<>();
    for (Token t : run) {
      words.add(t.text());
    }
    // A single capitalized word that opens the sentence is capitalized for that reason alone.
    boolean initial = run.getFirst().index() == s.tokens().getFirst().index();
    countNames(words, initial, weight, spanish, out);
  }

  /**
   * Counts the content words of a sentence's words. A Spanish sentence's are counted in English:
   * the words the glossary translates, and of the others only names ({@code named}) and numbers.
   * The other Spanish words are left out because their frequencies are those of the few Spanish
   * articles among many English ones: rare there, they would weigh more than the words the two
   * languages share and pull Spanish articles together whatever their story.
   */
  private static void countTerms(
      List<String> words,
      List<Boolean> named,
      int weight,
      boolean spanish,
      Map<String, Float> out) {
    List<String> counted =
        spanish
            ? InEnglish.fromSpanish(
                words, i -> named.get(i) || Character.isDigit(words.get(i).charAt(0)))
            : words;
    for (String w : counted) {
      if (w.length() > 2 && !InEnglish.stop(w, spanish)) {
        out.merge(w, (float) weight, Float::sum);
      }
    }
  }

  /**
   * A number as English writes it: without thousands separators, a decimal point ("1.500,5" in
   * Spanish and "1,500.5" in English are both "1500.5").
   */
  private static String number(String text, boolean spanish) {
    return spanish ? text.replace(".", "").replace(',', '.') : text.replace(",", "");
  }

  /** Which non-blank line of a text an offset is on, from 0. */
  static final class Lines {

    private final int[] starts;

    Lines(String text) {
      List<Integer> found = new ArrayList<>();
      int start = 0;
      for (int i = 0; i <= text.length(); i++) {
        if (i == text.length() || text.charAt(i) == '\n') {
          if (!text.substring(start, i).isBlank()) {
            found.add(start);
          }
          start = i + 1;
        }
      }
      starts = found.stream().mapToInt(Integer::intValue).toArray();
    }

    int of(int offset) {
      int i = Arrays.binarySearch(starts, offset);
      return Math.max(0, i >= 0 ? i : -i - 2);
    }
  }

  /** Content words (lower case, three letters or more, or a number) and their counts. */
  static Map<String, Float> terms(String text, boolean spanish) {
    Map<String, Float> out = new HashMap<>();
    forEachLine(
        text,
        (line, weight) -> {
          Matcher m = WORD.matcher(line);
          List<String> words = new ArrayList<>();
          List<Boolean> named = new ArrayList<>();
          while (m.find()) {
            words.add(plain(m.group()));
            named.add(m.start() > 0 && NAME_WORD.matcher(m.group()).matches());
          }
          countTerms(words, named, weight, spanish, out);
        });
    return out;
  }

  /**
   * The words of capitalized names and their counts. A single capitalized word that starts a
   * sentence is not counted, since it is capitalized for that reason alone.
   */
  static Map<String, Float> names(String text, boolean spanish) {
    Map<String, Float> out = new HashMap<>();
    forEachLine(
        text,
        (line, weight) -> {
          for (String sentence : SENTENCE_END.split(line)) {
            names(sentence, weight, spanish, out);
          }
        });
    return out;
  }

  private static void names(String sentence, int weight, boolean spanish, Map<String, Float> out) {
    Matcher m = NAME_WORD.matcher(sentence);
    List<String> run = new ArrayList<>();
    int runStart = -1;
    int lastEnd = -1;
    while (m.find()) {
      boolean joins = lastEnd >= 0 && sentence.substring(lastEnd, m.start()).equals(" ");
      if (!joins) {
        flush(run, runStart, sentence, weight, spanish, out);
        run.clear();
        runStart = m.start();
      }
      run.add(m.group());
      lastEnd = m.end();
    }
    flush(run, runStart, sentence, weight, spanish, out);
  }

  private static void flush(
      List<String> run,
      int start,
      String sentence,
      int weight,
      boolean spanish,
      Map<String, Float> out) {
    if (!run.isEmpty()) {
      countNames(run, sentence.substring(0, start).isBlank(), weight, spanish, out);
    }
  }

  private static void countNames(
      List<String> run, boolean initial, int weight, boolean spanish, Map<String, Float> out) {
    List<String> plain = new ArrayList<>();
    for (String w : run) {
      plain.add(plain(w));
    }
    List<String> words = new ArrayList<>();
    for (String p : spanish ? InEnglish.fromSpanish(plain) : plain) {
      if (p.length() > 1 && !InEnglish.stop(p, spanish) && !ContentWords.NEGATIONS.contains(p)) {
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
  static Map<String, Float> numbers(String text, boolean spanish) {
    Map<String, Float> out = new HashMap<>();
    forEachLine(
        text,
        (line, weight) -> {
          Matcher m = NUMBER.matcher(line);
          while (m.find()) {
            String n = number(m.group(), spanish);
            if (!YEAR.matcher(n).matches()) {
              out.merge(n, 1f, Float::sum);
            }
          }
        });
    return out;
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
