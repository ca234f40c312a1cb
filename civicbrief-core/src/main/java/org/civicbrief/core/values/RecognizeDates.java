package org.civicbrief.core.values;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and normalizes the date expressions news text uses: full dates, month and year, bare years,
 * and relative dates ("last week", "on Tuesday", "earlier this year").
 *
 * <p>Relative and partial dates resolve against the publication date when it is known. Without one,
 * a month without a year takes the year of the nearest full date before it in the text, and
 * relative dates stay unresolved. Either way such values are marked approximate. This replaces
 * SUTime, which costs about 0.8 s per 2,400-token article (docs/adr/0002-annotators.md).
 */
public final class RecognizeDates {

  private static final String MONTH =
      "(Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|"
          + "Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)";
  private static final String QUALIFIER = "(?:(early|mid|late|the end of|the beginning of)[- ])?";
  private static final String WEEKDAY =
      "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
  private static final String NUMBER_WORD =
      "(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2})";

  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("\\b" + MONTH + "\\s(\\d{1,2})(?:st|nd|rd|th)?,?\\s(\\d{4})\\b");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("\\b(\\d{1,2})\\s" + MONTH + ",?\\s(\\d{4})\\b");
  private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
  private static final Pattern MONTH_DAY =
      Pattern.compile(
          "\\b" + MONTH + "\\s(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s\\d{4})(?![\\d,.]\\d)");
  private static final Pattern MONTH_YEAR =
      Pattern.compile("(?i:\\b" + QUALIFIER + ")" + MONTH + ",?\\s(?:of\\s)?(\\d{4})\\b");
  private static final Pattern MONTH_ALONE =
      Pattern.compile(
          "(?i:\\b(in|by|since|until|through|from|during|early|mid|late|last|this|next|"
              + "the end of|the beginning of)[- ])"
              + MONTH
              + "\\b(?!\\.?,?\\s(?:of\\s)?\\d)");
  private static final Pattern YEAR =
      Pattern.compile(
          "(?i:\\b"
              + QUALIFIER
              + ")(?<![\\d,.$])\\b(1[89]\\d{2}|20\\d{2})\\b(?![\\d,.]\\d|s\\b|'s)");
  private static final Pattern RELATIVE =
      Pattern.compile(
          "(?i)\\b(?:(earlier|later) (?:this|last|next) (week|month|year)|(last|this|next) "
              + "(week|month|year)|(today|yesterday|tomorrow)|"
              + NUMBER_WORD
              + " (days?|weeks?|months?|years?) ago)\\b");
  private static final Pattern WEEKDAY_REF =
      Pattern.compile("(?:\\b(?i:(on|last|this|next)) )?\\b" + WEEKDAY + "\\b");

  /** Finds every date expression in {@code text}, in text order, without overlaps. */
  public List<DateExpression> find(String text, Optional<LocalDate> published) {
    List<Candidate> found = new ArrayList<>();
    collect(found, MONTH_DAY_YEAR, text, Kind.MONTH_DAY_YEAR);
    collect(found, DAY_MONTH_YEAR, text, Kind.DAY_MONTH_YEAR);
    collect(found, ISO, text, Kind.ISO);
    collect(found, MONTH_YEAR, text, Kind.MONTH_YEAR);
    collect(found, MONTH_DAY, text, Kind.MONTH_DAY);
    collect(found, MONTH_ALONE, text, Kind.MONTH_ALONE);
    collect(found, YEAR, text, Kind.YEAR);
    collect(found, RELATIVE, text, Kind.RELATIVE);
    collect(found, WEEKDAY_REF, text, Kind.WEEKDAY);
    found.sort(
        Comparator.comparingInt((Candidate c) -> c.start)
            .thenComparingInt(c -> -(c.end - c.start)));
    List<DateExpression> out = new ArrayList<>();
    int lastEnd = -1;
    Integer anchorYear = null;
    for (Candidate c : found) {
      if (c.start < lastEnd) {
        continue;
      }
      // Only a date without a year, or a weekday, needs the sentence's tense.
      boolean yearless =
          c.kind == Kind.MONTH_DAY || c.kind == Kind.MONTH_ALONE || c.kind == Kind.WEEKDAY;
      Tense tense =
          !yearless
              ? Tense.UNKNOWN
              : c.kind != Kind.WEEKDAY && pastPlan(text, c.start)
                  ? Tense.PAST_PLAN
                  : ahead(text, c.start)
                      ? Tense.AHEAD
                      : pastPerfect(text, c.start) ? Tense.PAST_PERFECT : Tense.UNKNOWN;
      DateExpression d =
          c.kind == Kind.MONTH_DAY && namesAnEvent(text, c.start, c.end)
              ? new DateExpression(c.start, c.end, "", true)
              : resolve(c, published, anchorYear, tense);
      if (d == null) {
        continue;
      }
      out.add(d);
      lastEnd = c.end;
      if (d.resolved() && !d.approximate() && d.value().length() >= 7) {
        anchorYear = Integer.parseInt(d.value().substring(0, 4));
      }
    }
    return out;
  }

  private enum Kind {
    MONTH_DAY_YEAR,
    DAY_MONTH_YEAR,
    ISO,
    MONTH_YEAR,
    MONTH_DAY,
    MONTH_ALONE,
    YEAR,
    RELATIVE,
    WEEKDAY
  }

  private record Candidate(Kind kind, int start, int end, Matcher match) {}

  /**
   * What the sentence says of the time of a date written without a year: ahead ("will", "set for"),
   * a plan told in the past ("was scheduled to be sentenced in July": the plan may have been for a
   * day before or after publication, so the nearest such day), or the past perfect ("had fallen to
   * 100 by October": before a past moment, however "by" reads elsewhere).
   */
  private enum Tense {
    UNKNOWN,
    AHEAD,
    PAST_PLAN,
    PAST_PERFECT
  }

  private static void collect(List<Candidate> out, Pattern p, String text, Kind kind) {
    Matcher m = p.matcher(text);
    while (m.find()) {
      out.add(new Candidate(kind, m.start(), m.end(), p.matcher(text).region(m.start(), m.end())));
    }
  }

  /**
   * "the January 6 Capitol riot", "Trump's connection to Jan. 6": a day without a year used as the
   * name of an event, whose year the article's date does not give.
   */
  private static final Pattern EVENT_NAME_BEFORE =
      Pattern.compile("(?i)\\b(to|of|about|over|since the)\\s+$");

  /** "the January 6 Capitol riot", "the Sept. 11 attacks"; not "the March 15 ruling". */
  private static final Pattern THE_BEFORE = Pattern.compile("(?i)\\bthe\\s+$");

  private static final Pattern EVENT_AFTER =
      Pattern.compile("^\\s+(\\p{Lu}|(attacks?|riot|insurrection|anniversary)\\b)");

  /** "the evening of June 7", "the week of April 22": a time, not an event's name. */
  private static final Pattern TIME_OF =
      Pattern.compile(
          "(?i)\\b(morning|afternoon|evening|night|day|week|weekend|end|start|beginning|middle)"
              + "\\s+of\\s+$");

  static boolean namesAnEvent(String text, int start, int end) {
    String before = text.substring(Math.max(0, start - 24), start);
    if (THE_BEFORE.matcher(before).find()) {
      return EVENT_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 16))).find();
    }
    return EVENT_NAME_BEFORE.matcher(before).find() && !TIME_OF.matcher(before).find();
  }

  /** Words that put a date without a year ahead of the article: "will", "set for", "through". */
  private static final Pattern AHEAD_IN_SENTENCE =
      Pattern.compile(
          "(?i)\\b(will|shall|won't|would|could|might|scheduled|slated|set|(is|are) (due|scheduled) to|"
              + "(is|are) expected|plans? to|(is|are) to|takes? (effect|office)|upcoming)\\b"
              + "|’ll\\b|'ll\\b");

  /** A past verb, not a passive participle after "be" ("to be released July 1"). */
  private static final Pattern PAST_VERB =
      Pattern.compile("(?<!\\bbe )(?<!\\bbeen )\\b\\p{Ll}{3,}ed\\b");

  private static final Pattern AHEAD_BEFORE_DATE =
      Pattern.compile(
          "(?i)\\b(through|until|till|by|set for|scheduled for|due|effective|starting|beginning|"
              + "deadline( of)?|next|no later than)\\s+(on\\s+)?$");

  /**
   * True when the sentence, up to {@code start}, speaks of what is ahead ("will be sworn in on
   * January 1", "through Jan. 30", "set for March 17"), so that a date written without a year is
   * the next such day after publication rather than the last one before it.
   */
  static boolean ahead(String text, int start) {
    int from = start;
    while (from > 0 && !sentenceEnd(text, from - 1)) {
      from--;
    }
    String before = text.substring(Math.max(from, start - 40), start);
    if (AHEAD_BEFORE_DATE.matcher(before).find()) {
      return true;
    }
    Matcher cue = AHEAD_IN_SENTENCE.matcher(text.substring(from, start));
    int end = -1;
    while (cue.find()) {
      end = cue.end();
    }
    // "will decide whether the agency flouted his March 15 ruling": a past verb between the cue
    // and the date puts the date back in the past.
    return end >= 0 && !PAST_VERB.matcher(text.substring(from + end, start)).find();
  }

  /**
   * True when the character at {@code i} ends a sentence: "!", "?", a line break, or a full stop
   * followed by a space that closes no initial ("D.C.," and "U.S." do not end one: R16's "would
   * meet Trump in Washington, D.C., on Monday" lost its "would" and went to the past Monday).
   */
  private static boolean sentenceEnd(String text, int i) {
    char ch = text.charAt(i);
    if (ch == '!' || ch == '?' || ch == '\n') {
      return true;
    }
    if (ch != '.') {
      return false;
    }
    boolean spaceAfter = i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1));
    boolean initial =
        i >= 1
            && Character.isUpperCase(text.charAt(i - 1))
            && (i < 2 || !Character.isLetter(text.charAt(i - 2)));
    return spaceAfter && !initial;
  }

  /** "was scheduled to", "were set to", "had been expected to": a plan told in the past. */
  private static final Pattern PAST_PLAN =
      Pattern.compile(
          "(?i)\\b(was|were|had been)\\s+(originally\\s+|initially\\s+|previously\\s+)?"
              + "(scheduled|slated|set|due|expected|supposed)\\b");

  /** "had fallen", "had been cut": the past perfect, not "had to". */
  private static final Pattern PAST_PERFECT = Pattern.compile("(?i)\\bhad\\b(?!\\s+to\\b)");

  /** The text of the sentence holding {@code start}, up to {@code start}. */
  private static String sentenceBefore(String text, int start) {
    int from = start;
    while (from > 0 && !sentenceEnd(text, from - 1)) {
      from--;
    }
    return text.substring(from, start);
  }

  static boolean pastPlan(String text, int start) {
    return PAST_PLAN.matcher(sentenceBefore(text, start)).find();
  }

  static boolean pastPerfect(String text, int start) {
    return PAST_PERFECT.matcher(sentenceBefore(text, start)).find();
  }

  private static DateExpression resolve(
      Candidate c, Optional<LocalDate> published, Integer anchor, Tense tense) {
    boolean ahead = tense == Tense.AHEAD;
    Matcher m = c.match;
    if (!m.lookingAt()) {
      return null;
    }
    return switch (c.kind) {
      case MONTH_DAY_YEAR ->
          day(
              c,
              Integer.parseInt(m.group(3)),
              month(m.group(1)),
              Integer.parseInt(m.group(2)),
              false);
      case DAY_MONTH_YEAR ->
          day(
              c,
              Integer.parseInt(m.group(3)),
              month(m.group(2)),
              Integer.parseInt(m.group(1)),
              false);
      case ISO ->
          day(
              c,
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)),
              false);
      case MONTH_YEAR ->
          new DateExpression(
              c.start,
              c.end,
              YearMonth.of(Integer.parseInt(m.group(3)), month(m.group(2))).toString(),
              m.group(1) != null);
      case MONTH_DAY -> {
        int month = month(m.group(1));
        int dayOfMonth = Integer.parseInt(m.group(2));
        Integer year =
            tense == Tense.PAST_PLAN && published.isPresent()
                ? nearestYearFor(month, dayOfMonth, published.get())
                : ahead && published.isPresent()
                    ? nextYearFor(month, dayOfMonth, published.get())
                    : yearFor(month, published, anchor);
        yield year == null
            ? new DateExpression(c.start, c.end, "", true)
            : day(c, year, month, dayOfMonth, published.isEmpty());
      }
      case MONTH_ALONE -> {
        int month = month(m.group(2));
        String lead = m.group(1).toLowerCase(Locale.ROOT);
        Integer year = yearFor(month, published, anchor);
        boolean leadAhead =
            Set.of("next", "by", "until", "through").contains(lead) && tense != Tense.PAST_PERFECT;
        if (tense == Tense.PAST_PLAN && published.isPresent()) {
          year = nearestYearFor(month, published.get());
        } else if ((leadAhead || ahead) && year != null) {
          year =
              published.map(p -> p.getYear() + (month <= p.getMonthValue() ? 1 : 0)).orElse(year);
        }
        yield new DateExpression(
            c.start, c.end, year == null ? "" : YearMonth.of(year, month).toString(), true);
      }
      case YEAR -> new DateExpression(c.start, c.end, m.group(2), m.group(1) != null);
      case RELATIVE -> relative(c, m, published);
      case WEEKDAY -> weekday(c, m, published, ahead);
    };
  }

  private static DateExpression day(Candidate c, int year, int month, int day, boolean approx) {
    if (month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
      return null;
    }
    return new DateExpression(c.start, c.end, LocalDate.of(year, month, day).toString(), approx);
  }

  /** The year of a day named without one in a sentence about what is ahead: the next such day. */
  private static Integer nextYearFor(int month, int dayOfMonth, LocalDate published) {
    int y = published.getYear();
    int last = YearMonth.of(y, month).lengthOfMonth();
    LocalDate thisYear = LocalDate.of(y, month, Math.min(dayOfMonth, last));
    return thisYear.isBefore(published) ? y + 1 : y;
  }

  /** The year of the day nearest publication, before or after it (a plan told in the past). */
  private static Integer nearestYearFor(int month, int dayOfMonth, LocalDate published) {
    int y = published.getYear();
    int best = y;
    long bestDistance = Long.MAX_VALUE;
    for (int year = y - 1; year <= y + 1; year++) {
      int last = YearMonth.of(year, month).lengthOfMonth();
      LocalDate d = LocalDate.of(year, month, Math.min(dayOfMonth, last));
      long distance = Math.abs(java.time.temporal.ChronoUnit.DAYS.between(published, d));
      if (distance < bestDistance) {
        best = year;
        bestDistance = distance;
      }
    }
    return best;
  }

  /**
   * The year of the month nearest publication, before or after it, measured to the month's nearer
   * end; a tie goes to the past.
   */
  private static Integer nearestYearFor(int month, LocalDate published) {
    YearMonth now = YearMonth.from(published);
    YearMonth after = YearMonth.of(published.getYear(), month);
    if (after.isBefore(now)) {
      after = after.plusYears(1);
    }
    YearMonth before = after.equals(now) ? now : after.minusYears(1);
    if (before.equals(now)) {
      return now.getYear();
    }
    long back = java.time.temporal.ChronoUnit.DAYS.between(before.atEndOfMonth(), published);
    long ahead = java.time.temporal.ChronoUnit.DAYS.between(published, after.atDay(1));
    return ahead < back ? after.getYear() : before.getYear();
  }

  /** The year of a month named without one: the latest such month not after publication. */
  private static Integer yearFor(int month, Optional<LocalDate> published, Integer anchor) {
    if (published.isPresent()) {
      LocalDate p = published.get();
      return month <= p.getMonthValue() ? p.getYear() : p.getYear() - 1;
    }
    return anchor;
  }

  private static DateExpression relative(Candidate c, Matcher m, Optional<LocalDate> published) {
    if (published.isEmpty()) {
      return new DateExpression(c.start, c.end, "", true);
    }
    LocalDate p = published.get();
    String unit = firstNonNull(m.group(2), m.group(4), m.group(7));
    if (m.group(5) != null) {
      LocalDate d =
          switch (m.group(5).toLowerCase(Locale.ROOT)) {
            case "yesterday" -> p.minusDays(1);
            case "tomorrow" -> p.plusDays(1);
            default -> p;
          };
      return new DateExpression(c.start, c.end, d.toString(), true);
    }
    unit = unit.toLowerCase(Locale.ROOT).replaceAll("s$", "");
    int shift;
    if (m.group(6) != null) {
      shift = -count(m.group(6));
    } else {
      // "earlier this year" and "this week" stay in the current unit; "later last month" moves.
      String phrase = m.group(0).toLowerCase(Locale.ROOT);
      shift = phrase.contains("last") ? -1 : phrase.contains("next") ? 1 : 0;
    }
    String value =
        switch (unit) {
          case "day" -> p.plusDays(shift).toString();
          case "week" -> YearMonth.from(p.plusWeeks(shift)).toString();
          case "month" -> YearMonth.from(p.plusMonths(shift)).toString();
          default -> Integer.toString(p.getYear() + shift);
        };
    return new DateExpression(c.start, c.end, value, true);
  }

  private static DateExpression weekday(
      Candidate c, Matcher m, Optional<LocalDate> published, boolean ahead) {
    if (published.isEmpty()) {
      return new DateExpression(c.start, c.end, "", true);
    }
    LocalDate p = published.get();
    DayOfWeek target = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
    String lead = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
    int diff = target.getValue() - p.getDayOfWeek().getValue();
    LocalDate d;
    if (lead.equals("next")) {
      d = p.plusDays(diff <= 0 ? diff + 7 : diff);
    } else if (ahead && !lead.equals("last")) {
      // "who takes office on Monday", "would meet Trump on Monday": the coming one.
      d = p.plusDays(diff < 0 ? diff + 7 : diff);
    } else if (lead.equals("this") && diff >= 0) {
      d = p.plusDays(diff);
    } else {
      // News reports past events: "on Tuesday" is the latest Tuesday before publication, and a
      // paper's own weekday is the day it went out ("said on Monday" in Monday's edition), unless
      // it is "last Monday".
      if (diff == 0) {
        d = lead.equals("last") ? p.minusDays(7) : p;
      } else {
        d = p.minusDays(diff > 0 ? 7 - diff : -diff);
      }
    }
    return new DateExpression(c.start, c.end, d.toString(), true);
  }

  private static int count(String word) {
    return switch (word.toLowerCase(Locale.ROOT)) {
      case "a", "an", "one" -> 1;
      case "two" -> 2;
      case "three" -> 3;
      case "four" -> 4;
      case "five" -> 5;
      case "six" -> 6;
      case "seven" -> 7;
      case "eight" -> 8;
      case "nine" -> 9;
      case "ten" -> 10;
      case "eleven" -> 11;
      case "twelve" -> 12;
      default -> Integer.parseInt(word);
    };
  }

  private static String firstNonNull(String... values) {
    for (String v : values) {
      if (v != null) {
        return v;
      }
    }
    return "";
  }

  static int month(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return switch (n.substring(0, 3)) {
      case "jan" -> 1;
      case "feb" -> 2;
      case "mar" -> 3;
      case "apr" -> 4;
      case "may" -> 5;
      case "jun" -> 6;
      case "jul" -> 7;
      case "aug" -> 8;
      case "sep" -> 9;
      case "oct" -> 10;
      case "nov" -> 11;
      case "dec" -> 12;
      default -> throw new IllegalArgumentException("not a month: " + name);
    };
  }
}
