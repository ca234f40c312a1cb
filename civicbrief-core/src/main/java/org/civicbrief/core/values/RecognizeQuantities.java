package org.civicbrief.core.values;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicbrief.core.text.EntityType;

/** Finds amounts of money, percentages and counts, with their numeric value. */
public final class RecognizeQuantities {

  /**
   * A quantity found in text.
   *
   * @param start character offset
   * @param end character offset just past it
   * @param type {@code MONEY}, {@code PERCENT} or {@code NUMBER}
   * @param value the numeric value in plain notation ({@code 12500000}); money is prefixed with its
   *     currency ({@code USD 12500000})
   * @param word true for a number written as a word ("six"), which counts only before a noun
   */
  public record Quantity(int start, int end, EntityType type, String value, boolean word) {
    public Quantity {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(value, "value");
    }
  }

  private static final String NUM = "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";
  private static final String SCALE = "(?:\\s?(million|billion|trillion|thousand|mn|bn)\\b)?";
  private static final Pattern MONEY = Pattern.compile("(US\\$|\\$|€|£|¥)\\s?" + NUM + SCALE);
  private static final Pattern MONEY_WORDS =
      Pattern.compile("\\b" + NUM + SCALE + "\\s(dollars|euros|pesos|pounds)\\b");
  private static final Pattern PERCENT =
      Pattern.compile(NUM + "\\s?(%|percent\\b|per cent\\b|percentage points?\\b)");
  private static final Pattern NUMBER =
      Pattern.compile("(?<![\\w$€£¥.,/-])" + NUM + SCALE + "(?![\\w%]|[.,]\\d|-\\d)");
  private static final Map<String, Integer> WORDS =
      Map.ofEntries(
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12),
          Map.entry("fifteen", 15),
          Map.entry("twenty", 20),
          Map.entry("thirty", 30),
          Map.entry("forty", 40),
          Map.entry("fifty", 50),
          Map.entry("hundred", 100),
          Map.entry("dozen", 12));
  private static final Pattern NUMBER_WORD =
      Pattern.compile(
          "(?i)\\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
              + "thirty|forty|fifty|hundred|dozen)\\b");

  /** Finds quantities in text order, without overlaps, skipping spans covered by {@code taken}. */
  public List<Quantity> find(String text, List<int[]> taken) {
    List<Quantity> found = new ArrayList<>();
    money(found, MONEY.matcher(text), true);
    money(found, MONEY_WORDS.matcher(text), false);
    Matcher m = PERCENT.matcher(text);
    while (m.find()) {
      found.add(
          new Quantity(m.start(), m.end(), EntityType.PERCENT, plain(m.group(1), null), false));
    }
    m = NUMBER.matcher(text);
    while (m.find()) {
      found.add(
          new Quantity(
              m.start(), m.end(), EntityType.NUMBER, plain(m.group(1), m.group(2)), false));
    }
    m = NUMBER_WORD.matcher(text);
    while (m.find()) {
      found.add(
          new Quantity(
              m.start(),
              m.end(),
              EntityType.NUMBER,
              Integer.toString(WORDS.get(m.group(1).toLowerCase(Locale.ROOT))),
              true));
    }
    return keepFirst(found, taken);
  }

  private static void money(List<Quantity> found, Matcher m, boolean symbolFirst) {
    while (m.find()) {
      String currency = symbolFirst ? currency(m.group(1)) : currency(m.group(3));
      String value = symbolFirst ? plain(m.group(2), m.group(3)) : plain(m.group(1), m.group(2));
      found.add(new Quantity(m.start(), m.end(), EntityType.MONEY, currency + " " + value, false));
    }
  }

  private static String currency(String s) {
    return switch (s.toLowerCase(Locale.ROOT)) {
      case "€", "euros" -> "EUR";
      case "£", "pounds" -> "GBP";
      case "¥" -> "JPY";
      case "pesos" -> "MXN";
      default -> "USD";
    };
  }

  /**
   * The quantities in text order, the longest first where two start together, without one that
   * overlaps a quantity kept before it or a span of {@code taken}; English and Spanish alike.
   */
  static List<Quantity> keepFirst(List<Quantity> found, List<int[]> taken) {
    List<Quantity> sorted = new ArrayList<>(found);
    sorted.sort(
        Comparator.comparingInt(Quantity::start).thenComparingInt(q -> -(q.end() - q.start())));
    List<Quantity> out = new ArrayList<>();
    int lastEnd = -1;
    for (Quantity q : sorted) {
      if (q.start() < lastEnd || overlaps(q, taken)) {
        continue;
      }
      out.add(q);
      lastEnd = q.end();
    }
    return out;
  }

  private static boolean overlaps(Quantity q, List<int[]> taken) {
    for (int[] t : taken) {
      if (q.start() < t[1] && t[0] < q.end()) {
        return true;
      }
    }
    return false;
  }

  static String plain(String digits, String scale) {
    BigDecimal v = new BigDecimal(digits.replace(",", ""));
    if (scale != null) {
      v =
          v.multiply(
              switch (scale.toLowerCase(Locale.ROOT)) {
                case "thousand" -> BigDecimal.valueOf(1_000L);
                case "million", "mn" -> BigDecimal.valueOf(1_000_000L);
                case "billion", "bn" -> BigDecimal.valueOf(1_000_000_000L);
                default -> BigDecimal.valueOf(1_000_000_000_000L);
              });
    }
    return v.stripTrailingZeros().toPlainString();
  }
}
