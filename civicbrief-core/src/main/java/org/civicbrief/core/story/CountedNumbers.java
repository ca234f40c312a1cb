package org.civicbrief.core.story;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicbrief.core.text.WordList;

/**
 * Finds the counted quantities of a statement: a number and the words it counts ("1,500 National
 * Guard troops", "$2.3 million"), so that two statements giving different values for the same
 * counted noun can be found. Years, days of a month and times are not quantities.
 */
final class CountedNumbers {

  /**
   * A quantity in a statement.
   *
   * @param value the number, multipliers applied ("2.3 million" is 2,300,000)
   * @param written the quantity as the statement writes it, number and counted words
   * @param counted the stemmed counted words (the content words right after the number, or the
   *     currency)
   * @param start where {@code written} starts in the statement
   * @param end where it ends
   */
  record Quantity(
      double value, String written, Set<String> counted, int start, int end, boolean part) {
    Quantity {
      counted = Set.copyOf(counted);
    }

    /**
     * True when both count the same thing: the same currency or none, both parts of a whole
     * ("14,000 of the state's 52,000 employees") or neither, and a counted word in common besides
     * the currency.
     */
    boolean sameCounted(Quantity o) {
      if (part != o.part || !currency().equals(o.currency())) {
        return false;
      }
      for (String w : counted) {
        if (!CURRENCIES.contains(w) && o.counted.contains(w)) {
          return true;
        }
      }
      return false;
    }

    private Set<String> currency() {
      Set<String> c = new java.util.HashSet<>(counted);
      c.retainAll(CURRENCIES);
      return c;
    }
  }

  private static final Set<String> CURRENCIES = Set.of("$", "€", "£");

  private static final Map<String, Double> WORD_NUMBERS =
      Map.ofEntries(
          Map.entry("two", 2.0),
          Map.entry("three", 3.0),
          Map.entry("four", 4.0),
          Map.entry("five", 5.0),
          Map.entry("six", 6.0),
          Map.entry("seven", 7.0),
          Map.entry("eight", 8.0),
          Map.entry("nine", 9.0),
          Map.entry("ten", 10.0),
          Map.entry("eleven", 11.0),
          Map.entry("twelve", 12.0),
          Map.entry("dozen", 12.0),
          Map.entry("twenty", 20.0),
          Map.entry("hundred", 100.0),
          Map.entry("dozens", 24.0),
          Map.entry("hundreds", 200.0),
          Map.entry("thousands", 2000.0));

  private static final Map<String, Double> MULTIPLIERS =
      Map.of("hundred", 1e2, "thousand", 1e3, "million", 1e6, "billion", 1e9, "trillion", 1e12);

  private static final Set<String> MONTHS = WordList.of("months");

  /** Words after a number that make it a time, a rank or a part of a date, not a count. */
  private static final Set<String> NOT_COUNTS = WordList.of("not-counts");

  private static final Pattern NUMBER =
      Pattern.compile(
          "(?<cur>[$€£])?(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)"
              + "|\\b(?<word>(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
              + "|dozens?|twenty|hundreds?|thousands))\\b");

  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’.-]*|\\S");

  /** How many words after the number may name what it counts. */
  private static final int COUNTED_WORDS = 4;

  private CountedNumbers() {}

  /** The quantities of {@code text}, in text order. */
  static List<Quantity> of(String text) {
    List<Quantity> out = new ArrayList<>();
    // Numbers followed by "of" ("14,000 of the state's 52,000 employees"): start, value, end.
    List<double[]> partsOf = new ArrayList<>();
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      if (m.start() > 0 && Character.isLetterOrDigit(text.charAt(m.start() - 1))) {
        continue;
      }
      boolean word = m.group("word") != null;
      double value =
          word
              ? WORD_NUMBERS.get(m.group("word").toLowerCase(Locale.ROOT))
              : Double.parseDouble(m.group("num").replace(",", ""));
      String num = word ? "" : m.group("num");
      if (!word && m.group("cur") == null && isYearOrDay(text, m.start(), num)) {
        continue;
      }
      int end = m.end();
      Set<String> counted = new LinkedHashSet<>();
      if (m.group("cur") != null) {
        counted.add(m.group("cur"));
        // Money counts what it pays for, which often comes first: "a plan of $47.1 billion".
        precedingWord(text, m.start()).ifPresent(counted::add);
      }
      Matcher w = WORD.matcher(text);
      w.region(end, text.length());
      int taken = 0;
      boolean first = true;
      while (w.find() && taken < COUNTED_WORDS) {
        String t = w.group().toLowerCase(Locale.ROOT).replace('’', '\'');
        if (!Character.isLetter(t.charAt(0))) {
          break;
        }
        if (first && NOT_COUNTS.contains(t.replaceAll("\\.$", ""))) {
          counted.clear();
          break;
        }
        if (first && t.equals("of") && m.group("cur") == null) {
          partsOf.add(new double[] {m.start(), value, end});
          break;
        }
        Double mult = MULTIPLIERS.get(t);
        if (mult != null && taken == 0) {
          value *= mult;
          end = w.end();
          first = false;
          continue;
        }
        first = false;
        String bare = t.replaceAll("[.'-]+$", "");
        if (ContentWords.words(bare).stream().anyMatch(x -> isStop(x))) {
          break;
        }
        counted.add(ContentWords.stem(bare));
        end = w.end();
        taken++;
      }
      if (!counted.isEmpty()) {
        out.add(
            new Quantity(value, text.substring(m.start(), end), counted, m.start(), end, false));
      }
    }
    // A part counts what its whole counts, when the whole follows within a few words.
    List<Quantity> parts = new ArrayList<>();
    for (double[] p : partsOf) {
      for (Quantity whole : out) {
        if (whole.start() > p[2] && whole.start() - p[2] <= PART_REACH) {
          int start = (int) p[0];
          parts.add(
              new Quantity(
                  p[1],
                  text.substring(start, whole.end()),
                  whole.counted(),
                  start,
                  whole.end(),
                  true));
          break;
        }
      }
    }
    out.addAll(parts);
    out.sort(java.util.Comparator.comparingInt(Quantity::start));
    return out;
  }

  /** How far after "N of" its whole may start ("of the state's "). */
  private static final int PART_REACH = 24;

  /** The stemmed content word nearest before {@code start}, within three words. */
  private static java.util.Optional<String> precedingWord(String text, int start) {
    List<String> before = ContentWords.words(text.substring(Math.max(0, start - 40), start));
    for (int i = before.size() - 1; i >= Math.max(0, before.size() - 3); i--) {
      String w = before.get(i);
      if (Character.isLetter(w.charAt(0)) && !isStop(w)) {
        return java.util.Optional.of(ContentWords.stem(w));
      }
    }
    return java.util.Optional.empty();
  }

  private static boolean isStop(String w) {
    return ContentWords.of(w).isEmpty() || ContentWords.NEGATIONS.contains(w);
  }

  /** A four-digit year (1900-2099), or a day next to a month name ("Jan. 20", "20 January"). */
  private static boolean isYearOrDay(String text, int start, String num) {
    if (num.matches("(19|20)\\d\\d")) {
      return true;
    }
    if (!num.matches("\\d{1,2}")) {
      return false;
    }
    String before = text.substring(Math.max(0, start - 12), start).toLowerCase(Locale.ROOT);
    String[] b = before.strip().split("[^\\p{L}]+");
    if (b.length > 0 && MONTHS.contains(b[b.length - 1])) {
      return true;
    }
    int after = start + num.length();
    String next =
        text.substring(after, Math.min(text.length(), after + 12)).toLowerCase(Locale.ROOT);
    String[] a = next.strip().split("[^\\p{L}]+");
    return a.length > 0 && MONTHS.contains(a[0]);
  }
}
