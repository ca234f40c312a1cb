package org.civicbrief.core.quiz;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicbrief.core.briefing.Briefing;

/**
 * The Spanish wording of a Spanish article's questions (ADR 21). The writers and the quality gates
 * work on one set of English leads ("True or false: ", "Fill in the blank: ", "Who said “…”?"); the
 * finished question of a Spanish article says them in Spanish, with "Verdadero" and "Falso" for
 * options. What follows a lead is the article's own text, so nothing else changes. The explanations
 * are written in Spanish where they are made ({@link Explain}).
 */
final class SpanishQuiz {

  private static final Pattern LEAD =
      Pattern.compile("^(True or false|Fill in the blank)(?: \\(as reported on [^)]*\\))?: ");
  private static final Pattern WHO_SAID = Pattern.compile("^Who said “(.*)”\\?$", Pattern.DOTALL);
  private static final Pattern AS_REPORTED = Pattern.compile("^As reported on [^,]+, ");
  private static final List<String> MONTHS =
      List.of(
          "enero",
          "febrero",
          "marzo",
          "abril",
          "mayo",
          "junio",
          "julio",
          "agosto",
          "septiembre",
          "octubre",
          "noviembre",
          "diciembre");

  /** U.S. states that Spanish writes as English does, for options in a Spanish quiz. */
  private static final List<String> STATES =
      List.of(
          "California",
          "Texas",
          "Florida",
          "Ohio",
          "Georgia",
          "Arizona",
          "Nevada",
          "Alaska",
          "Illinois",
          "Colorado",
          "Utah",
          "Maryland",
          "Wisconsin",
          "Minnesota");

  /** A whole number or percentage without separators: "31", "15%"; not "1.500" or "63,8%". */
  private static final Pattern PLAIN_FIGURE = Pattern.compile("\\d{1,4}\\s?%?");

  private SpanishQuiz() {}

  /**
   * True for a figure whose options and swaps are written as it is; "1.500" and "63,8%" would get
   * them in English notation.
   */
  static boolean plainFigure(String text) {
    return PLAIN_FIGURE.matcher(text).matches();
  }

  /**
   * Nouns a number after which is a name, not a count (ADR 21): "la ley 50", "la Proposición 50",
   * "el Título 10", "el artículo 76". Another number names another law, which the article does not
   * contradict.
   */
  private static final java.util.Set<String> NUMBERED_NAMES =
      java.util.Set.of(
          "ley",
          "proposición",
          "propuesta",
          "título",
          "artículo",
          "enmienda",
          "sección",
          "orden",
          "decreto",
          "caso",
          "número",
          "distrito");

  /** True when the number {@code m} names a law, an article or a district ("la ley 50"). */
  static boolean namesSomething(
      org.civicbrief.core.text.Sentence s, org.civicbrief.core.text.EntityMention m) {
    return m.firstToken() > 0
        && NUMBERED_NAMES.contains(s.token(m.firstToken() - 1).text().toLowerCase(Locale.ROOT));
  }

  /**
   * True when a title stands just before the name at {@code first}, with only its complements
   * between ("el gobernador de California _____", "el presidente estadounidense _____", "el
   * gobernador de Texas, _____,"): Spanish puts a title's complements before the name, so the
   * English check of the one word before it misses them, and the title gives the name away.
   */
  static boolean titledBlank(org.civicbrief.core.text.Sentence s, int first) {
    for (int i = first - 1; i >= 0 && first - i <= 6; i--) {
      String w = s.token(i).text();
      if (w.equals(",") && i == first - 1) {
        continue;
      }
      if (Office.of(w).isPresent()) {
        return true;
      }
      boolean complement =
          s.token(i).isProperNoun()
              || s.token(i).pos().startsWith("JJ")
              || java.util.Set.of("de", "del", "la", "los", "las", "el")
                  .contains(w.toLowerCase(Locale.ROOT));
      if (!complement) {
        return false;
      }
    }
    return false;
  }

  /** True for a state in {@link #STATES}. */
  static boolean isState(String name) {
    return STATES.contains(name);
  }

  /** Other states the article does not name, in an order {@code seed} picks. */
  static List<String> otherStates(String key, String text, long seed) {
    List<String> others = new java.util.ArrayList<>();
    for (String st : STATES) {
      if (!st.equals(key) && !text.contains(st)) {
        others.add(st);
      }
    }
    java.util.Collections.shuffle(others, new java.util.Random(seed));
    return List.copyOf(others);
  }

  /** True when {@code b} briefs a Spanish article. */
  static boolean isSpanish(Briefing b) {
    return b.article().language().equals("es");
  }

  /** "20 de enero de 2025". */
  static String date(LocalDate d) {
    return d.getDayOfMonth() + " de " + MONTHS.get(d.getMonthValue() - 1) + " de " + d.getYear();
  }

  /** {@code q} with its leads and true/false options in Spanish. */
  static Question translate(Question q, Briefing b) {
    String asOf =
        b.article().published().map(d -> " (según lo publicado el " + date(d) + ")").orElse("");
    String stem = q.stem();
    Matcher lead = LEAD.matcher(stem);
    Matcher who = WHO_SAID.matcher(stem);
    Matcher reported = AS_REPORTED.matcher(stem);
    if (lead.find()) {
      String spanish =
          lead.group(1).equals("True or false") ? "Verdadero o falso" : "Complete la frase";
      boolean dated = lead.group().contains("(as reported on ");
      stem = spanish + (dated ? asOf : "") + ": " + stem.substring(lead.end());
    } else if (who.matches()) {
      stem = "¿Quién dijo “" + who.group(1) + "”?";
    } else if (reported.find()) {
      String rest = stem.substring(reported.end());
      stem = "Según lo publicado el " + date(b.article().published().orElseThrow()) + ", " + rest;
    }
    List<String> options = q.options().stream().map(SpanishQuiz::truth).toList();
    return new Question(
        q.id(),
        q.kind(),
        stem,
        options,
        truth(q.answer()),
        q.explanation(),
        q.evidence(),
        q.difficulty(),
        q.tests(),
        q.background(),
        q.source());
  }

  private static String truth(String option) {
    return switch (option.toLowerCase(Locale.ROOT)) {
      case "true" -> "Verdadero";
      case "false" -> "Falso";
      default -> option;
    };
  }
}
