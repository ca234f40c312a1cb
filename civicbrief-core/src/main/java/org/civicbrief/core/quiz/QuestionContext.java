package org.civicbrief.core.quiz;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.civicbrief.core.briefing.Actor;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.briefing.Evidence;
import org.civicbrief.core.civic.Officeholders;
import org.civicbrief.core.text.AnnotatedArticle;
import org.civicbrief.core.text.EntityMention;
import org.civicbrief.core.text.EntityType;
import org.civicbrief.core.text.Layout;
import org.civicbrief.core.text.Sentence;

/** What every question writer shares: the briefing, its annotation and common lookups. */
final class QuestionContext {

  final Briefing b;
  final AnnotatedArticle a;
  final String text;
  final Layout quotes;
  final Distractors distractors;
  final Stems stems;
  final Explain explain;
  final Map<Integer, String> itemOf = new HashMap<>();
  final Map<Integer, Double> weightOf = new HashMap<>();
  final int maxMentions;

  QuestionContext(Briefing b, AnnotatedArticle a, Layout layout, Officeholders officeholders) {
    this(b, a, layout, officeholders, org.civicbrief.core.briefing.NameGender.unknown());
  }

  QuestionContext(
      Briefing b,
      AnnotatedArticle a,
      Layout layout,
      Officeholders officeholders,
      org.civicbrief.core.briefing.NameGender genders) {
    this.b = b;
    this.a = a;
    this.text = b.article().text();
    this.quotes = layout;
    this.distractors = new Distractors(b, officeholders, genders);
    this.stems = new Stems(text);
    this.explain = new Explain(b);
    for (int i = b.coreFacts().size() - 1; i >= 0; i--) {
      itemOf.put(b.coreFacts().get(i).evidence().sentence(), "coreFacts[" + i + "]");
      weightOf.put(b.coreFacts().get(i).evidence().sentence(), 2.5);
    }
    for (int i = b.summary().size() - 1; i >= 0; i--) {
      itemOf.put(b.summary().get(i).evidence().sentence(), "summary[" + i + "]");
      weightOf.put(b.summary().get(i).evidence().sentence(), 3.0);
    }
    itemOf.put(b.dek().evidence().sentence(), "dek");
    // The lead states the story's central claim: its question comes first (REVIEW.md C1).
    weightOf.put(b.dek().evidence().sentence(), 3.5);
    this.maxMentions = Math.max(1, b.actors().stream().mapToInt(Actor::mentions).max().orElse(1));
  }

  /**
   * Spanish words whose meaning depends on when the article was written (ADR 21): "el jueves",
   * "este lunes", "esta semana", "el próximo año", "ayer".
   */
  static final java.util.regex.Pattern SPANISH_RELATIVE_TIME =
      java.util.regex.Pattern.compile(
          "(?iu)\\b((el|este|esta|del|al|la|pasado|próximo) (pasado |próximo )?"
              + "(lunes|martes|miércoles|jueves|viernes|sábado|domingo|semana|mes|año)|"
              + "ayer|hoy|anoche|anteayer|actualmente|recientemente|"
              + "(la semana|el mes|el año) (pasad[oa]|próxim[oa]|que viene)|este otoño|"
              + "esta primavera|este verano|este invierno|esta tarde|esta mañana)\\b");

  /** True when {@code text} speaks of a time relative to the article's date, in its language. */
  static boolean relativeTime(String text, boolean spanish) {
    return RELATIVE_TIME.matcher(text).find()
        || (!spanish && YEARLESS_DATE.matcher(text).find())
        || (spanish && SPANISH_RELATIVE_TIME.matcher(text).find());
  }

  /**
   * "on Feb. 25", "Back in March": a month or a day the article writes without its year, which the
   * reader of a quiz weeks later cannot place (REVIEW.md S3; R20 rejected both), so the stem says
   * as of when.
   */
  static final java.util.regex.Pattern YEARLESS_DATE =
      java.util.regex.Pattern.compile(
          "\\b(?:(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\\.|January|February|March|April|May|June|"
              + "July|August|September|October|November|December) \\d{1,2}\\b(?!,? \\d{4})"
              + "|\\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Tt]hrough|[Ee]arly|[Ll]ate) (?:January|February|March|"
              + "April|May|June|July|August|September|October|November|December)\\b(?!,? \\d{4})");

  /** Words whose meaning depends on when the article was written ("Tuesday", "last week"). */
  static final java.util.regex.Pattern RELATIVE_TIME =
      java.util.regex.Pattern.compile(
          "(?i)\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|"
              + "tomorrow|tonight|currently|now|last (week|month|year)|this (week|month|year)|"
              + "next (week|month|year)|earlier this \\w+|recently)\\b");

  /**
   * A number that is no fair blank or swap: a year written as a number ("the Act of 1798"), which a
   * count's neighbours turn into 2700, or an exact figure ("5,154,529 votes"), which stands out
   * among round options and is a detail, not the story (REVIEW.md D3, Q4).
   */
  static boolean yearOrExactFigure(String number) {
    String digits = number.replaceAll("[^0-9]", "");
    if (number.matches("\\d{4}")
        && Integer.parseInt(number) >= 1000
        && Integer.parseInt(number) <= 2100) {
      return true;
    }
    String significant = digits.replaceAll("0+$", "").replaceFirst("^0+", "");
    return !number.contains(".") && significant.length() >= 4;
  }

  boolean inDate(int offset) {
    for (EntityMention m : a.mentions()) {
      if (m.type() == EntityType.DATE && offset >= m.start() && offset < m.end()) {
        return true;
      }
    }
    return false;
  }

  String item(int sentence, String fallback) {
    return itemOf.getOrDefault(sentence, fallback);
  }

  double weight(int sentence, double fallback) {
    return weightOf.getOrDefault(sentence, fallback);
  }

  double salience(String name) {
    for (Actor actor : b.actors()) {
      if (actor.name().equals(name)) {
        return actor.mentions() / (double) maxMentions;
      }
    }
    return 0;
  }

  /**
   * True when the headline names {@code name}, a body's name without its article ("the Supreme
   * Court" in "Supreme Court rules …"): the story's topic, which a question keyed to it gives to
   * anyone who saw the headline (REVIEW.md Q4; R18 rejected such a blank).
   */
  boolean headlineNames(String name) {
    String bare = name.replaceFirst("^(?i)the\\s+", "").strip();
    // Whole words only: "ICE" is not in "Justice".
    return !bare.isEmpty()
        && java.util.regex.Pattern.compile(
                "(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(bare) + "(?![\\p{L}\\p{N}])",
                java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE)
            .matcher(b.headline().text())
            .find();
  }

  /** True when the briefing lists {@code name} (or it as an alias) as an actor of {@code kind}. */
  boolean isActor(String name, org.civicbrief.core.briefing.ActorKind kind) {
    for (Actor actor : b.actors()) {
      if (actor.kind() == kind && (actor.name().equals(name) || actor.aliases().contains(name))) {
        return true;
      }
    }
    return false;
  }

  Set<String> aliases(String name) {
    Set<String> out = new HashSet<>();
    for (Actor actor : b.actors()) {
      if (actor.name().equals(name)) {
        out.addAll(actor.aliases());
        for (String part : name.split("\\s+")) {
          if (part.length() > 3 && Character.isUpperCase(part.charAt(0))) {
            out.add(part);
          }
        }
      }
    }
    return out;
  }

  static long seed(Evidence e) {
    return e.start() * 31L + e.end();
  }

  /** The noun a count counts: "25 states", "six other justices", "3 U.S. states". */
  private static final java.util.regex.Pattern COUNTED_NOUN =
      java.util.regex.Pattern.compile("\\s+(?:other\\s+|U\\.S\\.\\s+)?(\\p{L}+)");

  /** Counted nouns with a known whole, and the number a wrong count of them stays under. */
  private static final java.util.Map<String, Integer> WHOLES =
      java.util.Map.of("states", 50, "justices", 10);

  /**
   * The number a count right before {@code m}'s noun must stay under ("25 states": under 50, R18
   * rejected 50 and 75 offered as counts of states; "six justices": at most nine), or 0 when the
   * noun has no known whole.
   */
  int countBound(EntityMention m) {
    java.util.regex.Matcher next = COUNTED_NOUN.matcher(text).region(m.end(), text.length());
    if (!next.lookingAt()) {
      return 0;
    }
    Integer whole = WHOLES.get(next.group(1).toLowerCase(java.util.Locale.ROOT));
    return whole == null ? 0 : whole;
  }

  List<String> numberOptions(EntityMention m, String shown, boolean money) {
    String digits = shown.replaceAll("^[^0-9]*", "").replaceAll("[^0-9.,].*$", "");
    if (digits.isEmpty()) {
      return numberWordOptions(m);
    }
    BigDecimal value;
    try {
      value = new BigDecimal(digits.replace(",", ""));
    } catch (NumberFormatException e) {
      return List.of();
    }
    Set<BigDecimal> taken = new HashSet<>();
    for (EntityMention other : a.mentions()) {
      if (other.type() == m.type() && !other.normalized().isEmpty()) {
        String n = other.normalized().replaceAll("^[A-Z]{3} ", "");
        try {
          BigDecimal v = new BigDecimal(n);
          taken.add(v);
          String od =
              other
                  .text()
                  .replaceAll("^[^0-9]*", "")
                  .replaceAll("[^0-9.,].*$", "")
                  .replace(",", "");
          if (!od.isEmpty()) {
            taken.add(new BigDecimal(od));
          }
        } catch (NumberFormatException e) {
          // a value the recognizer could not write as a plain number cannot collide
        }
      }
    }
    String prefix = shown.substring(0, shown.indexOf(digits));
    String suffix = shown.substring(shown.indexOf(digits) + digits.length());
    List<String> out = new ArrayList<>();
    long seed = m.start() * 31L + m.end();
    boolean percent = suffix.strip().startsWith("%") || suffix.strip().startsWith("percent");
    boolean decimals = digits.contains(".");
    if (percent && decimals) {
      // "63.8%": shares a few points either side, to the same tenth, never past 100.
      int scale = digits.length() - digits.indexOf('.') - 1;
      for (double f : new double[] {0.82, 1.09, 0.91, 1.18}) {
        BigDecimal d = value.multiply(BigDecimal.valueOf(f)).setScale(scale, RoundingMode.HALF_UP);
        if (d.compareTo(BigDecimal.valueOf(100)) < 0
            && !taken.contains(d)
            && d.compareTo(value) != 0) {
          out.add(prefix + d.toPlainString() + suffix);
        }
      }
      return out;
    }
    int bound = countBound(m);
    for (String d : Distractors.numbers(value, digits, taken, isAge(m), seed)) {
      // A share is at most 100%, and written as precisely as the key: "63.8%" beside "38%" or
      // "130%" gives itself away.
      if (percent
          && (new BigDecimal(d.replace(",", "")).compareTo(BigDecimal.valueOf(100)) > 0
              || d.contains(".") != decimals)) {
        continue;
      }
      if (bound > 0
          && new BigDecimal(d.replace(",", "")).compareTo(BigDecimal.valueOf(bound)) >= 0) {
        continue; // "one of _____ states": 50 or 75 states is no count a reader could believe
      }
      out.add(prefix + d + suffix);
    }
    // Under its whole, a count's wrong values are near it: "one of _____ states" with 25 asks 15,
    // 20 or 35, not the doubles the general rule would give and the bound has removed.
    for (double f : new double[] {0.6, 1.4, 0.8, 1.2}) {
      long v = Math.round(value.doubleValue() * f);
      String d = Long.toString(v);
      if (bound > 0
          && out.size() < 3
          && v > 0
          && v < bound
          && v != value.longValue()
          && !taken.contains(BigDecimal.valueOf(v))
          && !out.contains(prefix + d + suffix)) {
        out.add(prefix + d + suffix);
      }
    }
    return out;
  }

  /** "a 78-year-old", "78 years old", "aged 78": options an age can take. */
  private boolean isAge(EntityMention m) {
    String after = text.substring(m.end(), Math.min(text.length(), m.end() + 12));
    String before = text.substring(Math.max(0, m.start() - 5), m.start());
    return after.startsWith("-year-old")
        || after.startsWith(" years old")
        || after.startsWith(" year-old")
        || before.endsWith("aged ")
        || before.endsWith("age ");
  }

  static final List<String> NUMBER_WORDS =
      List.of(
          "zero",
          "one",
          "two",
          "three",
          "four",
          "five",
          "six",
          "seven",
          "eight",
          "nine",
          "ten",
          "eleven",
          "twelve",
          "thirteen",
          "fourteen",
          "fifteen",
          "sixteen",
          "seventeen",
          "eighteen",
          "nineteen",
          "twenty");

  /** "six cartels": options are words too, near the key and never a count the article gives. */
  List<String> numberWordOptions(EntityMention m) {
    int value;
    try {
      value = new BigDecimal(m.normalized()).intValueExact();
    } catch (ArithmeticException | NumberFormatException e) {
      return List.of();
    }
    Set<String> taken = new HashSet<>();
    for (EntityMention other : a.mentions()) {
      taken.add(other.normalized());
    }
    List<String> out = new ArrayList<>();
    int bound = countBound(m);
    // A count of two or more stands before a plural ("Three judges"): "One judges" is no option.
    int least = value > 1 ? 2 : 1;
    for (int v : new int[] {value * 2, value + 2, value - 2, value + 4, value * 3, value - 1}) {
      if (v >= least
          && v < NUMBER_WORDS.size()
          && (bound == 0 || v < bound)
          && v != value
          && !taken.contains(Integer.toString(v))) {
        String w = NUMBER_WORDS.get(v);
        String shown = Character.isUpperCase(m.text().charAt(0)) ? capitalize(w) : w;
        if (!out.contains(shown)) {
          out.add(shown);
        }
      }
    }
    return out;
  }

  static String capitalize(String w) {
    return Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }

  static int firstTokenAt(Sentence s, int offset) {
    for (int i = 0; i < s.size(); i++) {
      if (s.token(i).end() > offset) {
        return i;
      }
    }
    return s.size() - 1;
  }

  static int lastTokenBefore(Sentence s, int offset) {
    int last = 0;
    for (int i = 0; i < s.size(); i++) {
      if (s.token(i).start() < offset) {
        last = i;
      }
    }
    return last;
  }

  static String lastWord(String s) {
    String[] w = s.toLowerCase(Locale.ROOT).split("\\s+");
    return w[w.length - 1];
  }

  static String lastName(String name) {
    String[] parts = name.split("\\s+");
    return parts[parts.length - 1];
  }
}
