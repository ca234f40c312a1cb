package org.civicbrief.core.values;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicbrief.core.text.EntityType;
import org.civicbrief.core.values.RecognizeQuantities.Quantity;

/**
 * Amounts, percentages and counts as Spanish writes them (ADR 21): a point groups thousands and a
 * comma marks decimals ("1.500 soldados", "2,5 millones", "el 63,8%"), scales are words ("mil",
 * "millones", "mil millones") and currencies follow the figure ("dólares", "pesos").
 */
final class RecognizeSpanishQuantities {

  private static final String NUM = "(\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?)";
  private static final String SCALE = "(?:\\s(mil millones|millones|millón|billones|mil)\\b)?";
  private static final Pattern MONEY = Pattern.compile("(US\\$|\\$|€|£)\\s?" + NUM + SCALE);
  private static final Pattern MONEY_WORDS =
      Pattern.compile(
          "\\b" + NUM + SCALE + "\\s(?:de\\s)?(dólares|euros|pesos|libras)\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern PERCENT = Pattern.compile(NUM + "\\s?(%|por ciento\\b)");
  private static final Pattern NUMBER =
      Pattern.compile("(?<![\\w$€£.,/-])" + NUM + SCALE + "(?![\\w%]|[.,]\\d|-\\d)");
  private static final Map<String, Integer> WORDS =
      Map.ofEntries(
          Map.entry("dos", 2),
          Map.entry("tres", 3),
          Map.entry("cuatro", 4),
          Map.entry("cinco", 5),
          Map.entry("seis", 6),
          Map.entry("siete", 7),
          Map.entry("ocho", 8),
          Map.entry("nueve", 9),
          Map.entry("diez", 10),
          Map.entry("once", 11),
          Map.entry("doce", 12),
          Map.entry("quince", 15),
          Map.entry("veinte", 20),
          Map.entry("treinta", 30),
          Map.entry("cuarenta", 40),
          Map.entry("cincuenta", 50),
          Map.entry("cien", 100),
          Map.entry("docena", 12));
  private static final Pattern NUMBER_WORD =
      Pattern.compile(
          "(?iu)\\b(dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince|veinte|"
              + "treinta|cuarenta|cincuenta|cien|docena)\\b");

  /** Finds quantities in text order, without overlaps, skipping spans covered by {@code taken}. */
  List<Quantity> find(String text, List<int[]> taken) {
    List<Quantity> found = new ArrayList<>();
    Matcher m = MONEY.matcher(text);
    while (m.find()) {
      found.add(money(m, currency(m.group(1)), m.group(2), m.group(3)));
    }
    m = MONEY_WORDS.matcher(text);
    while (m.find()) {
      found.add(money(m, currency(m.group(3)), m.group(1), m.group(2)));
    }
    m = PERCENT.matcher(text);
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
    return RecognizeQuantities.keepFirst(found, taken);
  }

  private static Quantity money(Matcher m, String currency, String digits, String scale) {
    return new Quantity(
        m.start(), m.end(), EntityType.MONEY, currency + " " + plain(digits, scale), false);
  }

  private static String currency(String s) {
    return switch (s.toLowerCase(Locale.ROOT)) {
      case "€", "euros" -> "EUR";
      case "£", "libras" -> "GBP";
      case "pesos" -> "MXN";
      default -> "USD";
    };
  }

  /** "1.500" is 1500 and "2,5" is 2.5; "2,5 millones" is 2500000. */
  static String plain(String digits, String scale) {
    BigDecimal v = new BigDecimal(digits.replace(".", "").replace(',', '.'));
    if (scale != null) {
      v =
          v.multiply(
              switch (scale.toLowerCase(Locale.ROOT)) {
                case "mil" -> BigDecimal.valueOf(1_000L);
                case "millones", "millón" -> BigDecimal.valueOf(1_000_000L);
                case "mil millones" -> BigDecimal.valueOf(1_000_000_000L);
                default -> BigDecimal.valueOf(1_000_000_000_000L);
              });
    }
    return v.stripTrailingZeros().toPlainString();
  }
}
