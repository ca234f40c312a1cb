package org.civicbrief.core.quiz;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicbrief.core.text.EntityMention;
import org.civicbrief.core.text.EntityType;

/**
 * The keys and options of a Spanish article's blanks on a day or a figure, written as Spanish
 * writes them (ADR 21): a day the article names by its weekday ("el jueves", "este mismo sábado")
 * or by day and month is keyed with its full date resolved against the publication date ("el 10 de
 * abril de 2025"), so the item says when without the reader knowing the article's date (REVIEW.md
 * S3); a figure keeps Spanish notation ("1.500 soldados", "2,5 millones", "el 64,4%"), and its
 * wrong options are the English rule's values of the same kind and magnitude.
 */
final class SpanishValueBlanks {

  /** A blank's key as the options write it, and its wrong options. */
  record Blank(String key, List<String> distractors) {}

  private static final List<String> MONTHS = SpanishQuiz.MONTHS;

  /** What Spanish numbers up to twelve are written as, for options of a word key ("tres"). */
  private static final List<String> WORDS =
      List.of(
          "cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez",
          "once", "doce");

  /** "el jueves", "este mismo sábado", "el pasado lunes", "ayer", "hoy": a day said, not dated. */
  private static final Pattern SAID_DAY =
      Pattern.compile(
          "(?iu)^((el|este|esta)\\s.*|(pasado|próximo)\\s.*|lunes|martes|miércoles|jueves|viernes|"
              + "sábado|domingo|ayer|anteayer|hoy)$");

  /** "20 de enero", "20 de enero de 2025": a day written out. */
  private static final Pattern WRITTEN_DAY =
      Pattern.compile("(?iu)^\\d{1,2}(?:º|°)? de \\p{L}+(?:(?: de|,)? \\d{4})?$");

  /**
   * "la orden del 5 de agosto", "desde el 20 de enero", "hasta el lunes", "antes de la medianoche
   * del lunes": a day that names a thing or bounds a span, not when the sentence's act happened;
   * another day would be as true under a bound (REVIEW.md K2).
   */
  private static final Pattern NOT_THE_ACTS_DAY =
      Pattern.compile(
          "(?iu)(?<!\\p{L})(de|del|desde|hasta|antes de|después de|a partir de|para|entre)"
              + "(\\s+(el|la|los|las))?\\s+$");

  private static final int[] DAY_OFFSETS = {-7, -3, -2, -1, 1, 2, 3, 7};

  private SpanishValueBlanks() {}

  /**
   * The blank of a day mention {@code m} of {@code text}: the key written "el 10 de abril de 2025"
   * (without "el" where the article writes it before the blank) and three other days on the same
   * side of the publication date, none a day the article names ({@code articleDays}). Empty for a
   * mention that is no exact day, names a thing's day or bounds a span.
   */
  static Optional<Blank> day(
      String text,
      EntityMention m,
      Optional<LocalDate> published,
      Set<String> articleDays,
      long seed) {
    if (m.type() != EntityType.DATE
        || published.isEmpty()
        || !m.normalized().matches("~?\\d{4}-\\d{2}-\\d{2}")) {
      return Optional.empty();
    }
    String before = text.substring(Math.max(0, m.start() - 30), m.start());
    if (NOT_THE_ACTS_DAY.matcher(before).find()) {
      return Optional.empty();
    }
    String said = m.text().strip();
    boolean withArticle;
    if (SAID_DAY.matcher(said).matches()) {
      withArticle = true;
    } else if (WRITTEN_DAY.matcher(said).matches()) {
      withArticle = false;
    } else {
      return Optional.empty();
    }
    // A weekday's mention is flagged approximate ("~"), but the day it names is read as the
    // timeline shows it, exact (SpanishTimelineDates.namedDaysExact): the week comes from the
    // publication date and the verb's tense.
    LocalDate key = LocalDate.parse(m.normalized().replace("~", ""));
    LocalDate pub = published.get();
    boolean past = !key.isAfter(pub);
    List<LocalDate> pool = new ArrayList<>();
    for (int offset : DAY_OFFSETS) {
      LocalDate d = key.plusDays(offset);
      if (past == !d.isAfter(pub) && !articleDays.contains(d.toString())) {
        pool.add(d);
      }
    }
    Collections.shuffle(pool, new Random(seed));
    List<String> out = new ArrayList<>();
    for (LocalDate d : pool.subList(0, Math.min(3, pool.size()))) {
      out.add(written(d, withArticle));
    }
    return Optional.of(new Blank(written(key, withArticle), out));
  }

  private static String written(LocalDate d, boolean withArticle) {
    return (withArticle ? "el " : "") + SpanishQuiz.date(d);
  }

  /** A Spanish figure: an optional currency sign, the digits, then the scale word or unit. */
  private static final Pattern FIGURE =
      Pattern.compile(
          "^(US\\$|\\$|€|£)?(\\s?)(\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?)(.*)$");

  private static final Pattern SCALE =
      Pattern.compile("^\\s(mil millones|millones|millón|billones|mil)\\b(.*)$");

  /**
   * Wrong options for the figure {@code m} ("1.500", "2,5 millones", "64,4%", "tres") in its own
   * notation, none a value the article gives for a figure of its kind ({@code mentions}). Empty
   * when the figure cannot be read.
   */
  static List<String> figures(EntityMention m, List<EntityMention> mentions, long seed) {
    Set<BigDecimal> taken = new HashSet<>();
    for (EntityMention other : mentions) {
      if (other != m
          && (other.type() == EntityType.NUMBER
              || other.type() == EntityType.PERCENT
              || other.type() == EntityType.MONEY)) {
        try {
          taken.add(
              new BigDecimal(other.normalized().replaceAll("^[A-Z]{3} ", "")).stripTrailingZeros());
        } catch (NumberFormatException e) {
          // a value the recognizer could not write as a plain number cannot collide
        }
      }
    }
    Matcher f = FIGURE.matcher(m.text());
    if (!f.matches()) {
      return words(m, taken);
    }
    String prefix = (f.group(1) == null ? "" : f.group(1)) + f.group(2);
    String digits = f.group(3);
    String rest = f.group(4);
    BigDecimal value = new BigDecimal(digits.replace(".", "").replace(',', '.'));
    BigDecimal scale = BigDecimal.ONE;
    String scaleWord = null;
    Matcher s = SCALE.matcher(rest);
    if (s.matches()) {
      scaleWord = s.group(1);
      scale =
          switch (scaleWord) {
            case "mil" -> BigDecimal.valueOf(1_000L);
            case "millones", "millón" -> BigDecimal.valueOf(1_000_000L);
            case "mil millones" -> BigDecimal.valueOf(1_000_000_000L);
            default -> BigDecimal.valueOf(1_000_000_000_000L);
          };
      rest = s.group(2);
    }
    boolean percent = rest.strip().startsWith("%") || rest.strip().startsWith("por ciento");
    boolean decimals = digits.contains(",");
    boolean grouped = digits.contains(".");
    Set<BigDecimal> takenHere = new HashSet<>();
    for (BigDecimal t : taken) {
      takenHere.add(t.divide(scale).stripTrailingZeros());
    }
    List<BigDecimal> values = new ArrayList<>();
    if (percent && decimals) {
      // "64,4%": shares a few points either side, to the same tenth, never past 100, as English.
      int places = digits.length() - digits.indexOf(',') - 1;
      for (double factor : new double[] {0.82, 1.09, 0.91, 1.18}) {
        values.add(
            value.multiply(BigDecimal.valueOf(factor)).setScale(places, RoundingMode.HALF_UP));
      }
    } else {
      String shown = value.toPlainString() + (percent ? "%" : "");
      for (String d : Distractors.numbers(value, shown, takenHere, false, seed)) {
        values.add(new BigDecimal(d.replace(",", "")));
      }
    }
    List<String> out = new ArrayList<>();
    for (BigDecimal v : values) {
      if (v.signum() <= 0
          || v.compareTo(value) == 0
          || takenHere.contains(v.stripTrailingZeros())
          || (percent && v.compareTo(BigDecimal.valueOf(100)) >= 0)
          || (scaleWord != null && v.compareTo(BigDecimal.ONE) < 0)
          || v.stripTrailingZeros().scale() > Math.max(1, places(digits))) {
        continue; // "0,63 millones", "2,25": not written as the key is (REVIEW.md D3)
      }
      String word = scaleWord;
      if (word != null && (word.equals("millones") || word.equals("millón"))) {
        word = v.compareTo(BigDecimal.ONE) == 0 ? "millón" : "millones";
      }
      String option =
          prefix
              + spanish(v, grouped || v.compareTo(BigDecimal.valueOf(10_000)) >= 0)
              + (word == null ? "" : " " + word)
              + rest;
      if (!out.contains(option)) {
        out.add(option);
      }
    }
    return out;
  }

  /** How many decimals Spanish digits {@code digits} write: "64,4" one, "1.500" none. */
  private static int places(String digits) {
    int comma = digits.indexOf(',');
    return comma < 0 ? 0 : digits.length() - comma - 1;
  }

  /** "tres": neighbours written as words, from two to twelve, none a count the article gives. */
  private static List<String> words(EntityMention m, Set<BigDecimal> taken) {
    int at = WORDS.indexOf(m.text().toLowerCase(Locale.ROOT));
    if (at < 2) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (int offset : new int[] {-1, 1, 2, -2, 3}) {
      int v = at + offset;
      if (v >= 2 && v < WORDS.size() && !taken.contains(BigDecimal.valueOf(v))) {
        String w = WORDS.get(v);
        out.add(Character.isUpperCase(m.text().charAt(0)) ? capitalized(w) : w);
      }
    }
    return out;
  }

  private static String capitalized(String w) {
    return Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }

  /** "1.500", "2,5", "64,4": a point groups thousands and a comma marks decimals. */
  static String spanish(BigDecimal v, boolean grouped) {
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
    symbols.setGroupingSeparator('.');
    symbols.setDecimalSeparator(',');
    DecimalFormat f = new DecimalFormat(grouped ? "#,##0.###" : "0.###", symbols);
    f.setMinimumFractionDigits(Math.max(0, v.scale()));
    return f.format(v);
  }

  private static final Pattern DAY_OPTION =
      Pattern.compile("^(?:el )?(\\d{1,2}) de (\\p{L}+) de (\\d{4})$");

  /**
   * Where option {@code o} sorts among its Spanish options (REVIEW.md D5, ascending): a date by its
   * day, a figure by its value in Spanish notation; NaN for anything else.
   */
  static double magnitude(String o) {
    Matcher d = DAY_OPTION.matcher(o.strip());
    if (d.matches() && MONTHS.contains(d.group(2))) {
      return LocalDate.of(
              Integer.parseInt(d.group(3)),
              MONTHS.indexOf(d.group(2)) + 1,
              Integer.parseInt(d.group(1)))
          .toEpochDay();
    }
    Matcher f = FIGURE.matcher(o.strip());
    if (f.matches()) {
      double v = Double.parseDouble(f.group(3).replace(".", "").replace(',', '.'));
      Matcher s = SCALE.matcher(f.group(4));
      if (s.matches()) {
        v *=
            switch (s.group(1)) {
              case "mil" -> 1e3;
              case "millones", "millón" -> 1e6;
              case "mil millones" -> 1e9;
              default -> 1e12;
            };
      }
      return v;
    }
    int word = WORDS.indexOf(o.strip().toLowerCase(Locale.ROOT));
    return word < 0 ? Double.NaN : word;
  }
}
