package org.civicbrief.core.quiz;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.civicbrief.core.briefing.Actor;
import org.civicbrief.core.briefing.ActorKind;
import org.civicbrief.core.briefing.Briefing;

/**
 * Wrong options of the key's type: people and organizations from the article first, then from a
 * curated pool shipped with the project; numbers and dates generated near the key.
 */
final class Distractors {

  private static final List<String[]> POOL = loadPool();
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.US);

  private final List<String> people = new ArrayList<>();
  private final List<String> organizations = new ArrayList<>();
  private final Set<String> articleWords;

  Distractors(Briefing b) {
    for (Actor a : b.actors()) {
      if (a.kind() == ActorKind.PERSON) {
        people.add(a.name());
      } else if (!a.name().endsWith("s")) {
        organizations.add(
            a.name()); // "Foreign Terrorist Organizations" names a category, not a body
      }
    }
    this.articleWords =
        Set.copyOf(List.of(b.article().text().toLowerCase(Locale.ROOT).split("\\W+")));
  }

  /** People for a person key: the article's, then the pool's. */
  List<String> people(String key, long seed) {
    List<String> out = new ArrayList<>(people);
    out.addAll(pool("PERSON", seed));
    return out;
  }

  /** Organizations for an organization key, matching the key's leading "the". */
  List<String> organizations(String key, long seed) {
    List<String> out = new ArrayList<>();
    for (String o : organizations) {
      out.add(withArticleLike(o, key));
    }
    for (String o : pool("ORGANIZATION", seed)) {
      out.add(withArticleLike(o, key));
    }
    return out;
  }

  private static String withArticleLike(String name, String key) {
    boolean keyThe = key.startsWith("the ") || key.startsWith("The ");
    String bare = name.startsWith("the ") || name.startsWith("The ") ? name.substring(4) : name;
    if (keyThe && Character.isUpperCase(bare.charAt(0)) && !bare.equals("Congress")) {
      return (key.startsWith("The ") ? "The " : "the ") + bare;
    }
    return keyThe ? name : bare;
  }

  /** Pool entries not named in the article, in an order fixed by {@code seed}. */
  private List<String> pool(String type, long seed) {
    List<String> names = new ArrayList<>();
    for (String[] e : POOL) {
      if (e[0].equals(type) && !namedInArticle(e[1])) {
        names.add(e[1]);
      }
    }
    if (names.isEmpty()) {
      return names;
    }
    int shift = Math.floorMod(seed, names.size());
    List<String> out = new ArrayList<>(names.subList(shift, names.size()));
    out.addAll(names.subList(0, shift));
    return out;
  }

  private boolean namedInArticle(String name) {
    String[] words = name.toLowerCase(Locale.ROOT).split("\\W+");
    return articleWords.contains(words[words.length - 1])
        && words[words.length - 1].length() > 3
        && Character.isUpperCase(name.charAt(name.lastIndexOf(' ') + 1));
  }

  /**
   * Numbers near {@code value}, formatted like {@code shown} ("1,500", "12.5"), none equal to a
   * value the article gives for the same unit.
   */
  static List<String> numbers(BigDecimal value, String shown, Set<BigDecimal> taken) {
    double[] factors = {2, 0.5, 3, 1.5, 4, 0.25, 5, 0.75};
    Set<String> out = new LinkedHashSet<>();
    boolean commas = shown.contains(",") || value.compareTo(BigDecimal.valueOf(10_000)) >= 0;
    boolean integral = value.stripTrailingZeros().scale() <= 0;
    for (double f : factors) {
      BigDecimal v = value.multiply(BigDecimal.valueOf(f)).round(new MathContext(2));
      if (integral) {
        v = v.setScale(0, java.math.RoundingMode.HALF_UP);
      }
      if (v.signum() <= 0 || v.compareTo(value) == 0 || contains(taken, v)) {
        continue;
      }
      if (integral && value.compareTo(BigDecimal.TEN) <= 0 && v.compareTo(BigDecimal.ONE) < 0) {
        continue;
      }
      out.add(format(v, commas, integral));
    }
    return List.copyOf(out);
  }

  private static boolean contains(Set<BigDecimal> taken, BigDecimal v) {
    for (BigDecimal t : taken) {
      if (t.compareTo(v) == 0) {
        return true;
      }
    }
    return false;
  }

  static String format(BigDecimal v, boolean commas, boolean integral) {
    DecimalFormat f =
        new DecimalFormat(
            (commas ? "#,##0" : "0") + (integral ? "" : ".##"),
            DecimalFormatSymbols.getInstance(Locale.US));
    return f.format(v);
  }

  /** Dates of the same precision as {@code iso}: other dates of the article, then nearby ones. */
  static List<String> dates(String iso, List<String> articleDates, Map<String, String> shown) {
    Set<String> out = new LinkedHashSet<>();
    for (String d : articleDates) {
      if (d.length() == iso.length() && !d.equals(iso)) {
        out.add(display(d));
      }
    }
    if (iso.length() == 10) {
      LocalDate d = LocalDate.parse(iso);
      for (LocalDate n :
          List.of(
              d.plusMonths(1), d.minusMonths(1), d.plusYears(1), d.minusYears(1), d.plusDays(10))) {
        out.add(display(n.toString()));
      }
    } else if (iso.length() == 7) {
      YearMonth m = YearMonth.parse(iso);
      for (YearMonth n :
          List.of(m.plusMonths(2), m.minusMonths(2), m.plusYears(1), m.minusYears(1))) {
        out.add(display(n.toString()));
      }
    } else {
      int y = Integer.parseInt(iso);
      for (int n : new int[] {y - 1, y + 1, y - 2, y + 2}) {
        out.add(Integer.toString(n));
      }
    }
    out.remove(display(iso));
    return List.copyOf(out);
  }

  /** "2025-01-20" reads "January 20, 2025"; "2025-01" reads "January 2025". */
  static String display(String iso) {
    return switch (iso.length()) {
      case 10 -> LocalDate.parse(iso).format(DAY);
      case 7 -> YearMonth.parse(iso).format(MONTH);
      default -> iso;
    };
  }

  private static List<String[]> loadPool() {
    List<String[]> out = new ArrayList<>();
    InputStream in = Distractors.class.getResourceAsStream("distractor-pool.txt");
    if (in == null) {
      throw new IllegalStateException("distractor-pool.txt is missing from the core jar");
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.split("\\|", 2));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(out);
  }
}
