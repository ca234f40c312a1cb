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

  /** The months, lower case, as Spanish writes them. */
  static final List<String> MONTHS =
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

  /**
   * "más de", "menos de", "al menos", "casi", "unos": a bound or an approximation, under which a
   * wrong option is as true as the key ("más de 100" of what is "más de 200"; REVIEW.md K2), as
   * {@link AskFillInBlank#afterBound} in English.
   */
  private static final Pattern BOUND =
      Pattern.compile(
          "(?i)(?<!\\p{L})(más de|menos de|al menos|por lo menos|como mínimo|como máximo|hasta|"
              + "cerca de|casi|alrededor de|unos|unas|aproximadamente|apenas|poco más de)\\s+$");

  /** True when a Spanish bound or approximation stands right before offset {@code at}. */
  static boolean afterBound(String text, int at) {
    return BOUND.matcher(text.substring(Math.max(0, at - 24), at)).find();
  }

  /** ", de 29 años", "tiene 29 años", "con 29 años": what comes before a person's age. */
  private static final Pattern AGE_BEFORE =
      Pattern.compile("(?i)(?:,\\s*de|\\btiene|\\bcon|\\ba los)\\s+$");

  /**
   * "… años" not followed by what they are years of ("10 años de prisión"), "años de edad" aside.
   */
  private static final Pattern AGE_AFTER = Pattern.compile("\\s+años\\b(?!\\s+de\\s+(?!edad\\b))");

  /**
   * True when the number at {@code [start, end)} of {@code text} is a person's age ("Ferrer, de 58
   * años, …"): a detail, not the story (REVIEW.md Q4; R-es3 rejected "de _____ años"), as English
   * leaves out "a _____-year-old".
   */
  static boolean age(String text, int start, int end) {
    return AGE_BEFORE.matcher(text.substring(Math.max(0, start - 12), start)).find()
        && AGE_AFTER.matcher(text.substring(end)).lookingAt();
  }

  private static final java.util.Set<String> STOPWORDS =
      org.civicbrief.core.text.WordList.of("stopwords-es");

  /**
   * True when statement or blank {@code stem} says what one of {@code chosen} says (R-es3: "one
   * fact tested twice"; REVIEW.md C2): the lead "El presidente invocó el sábado la ley …" and a
   * later "El presidente presentó una acción invocando la ley …" share most of their words. Words
   * of four letters or more, not function words, compared by their first five letters; at least
   * four shared, and three in five of the shorter one's.
   */
  static boolean restates(String stem, List<String> chosen) {
    java.util.Set<String> words = contentWords(stem);
    for (String other : chosen) {
      java.util.Set<String> o = contentWords(other);
      java.util.Set<String> shared = new java.util.HashSet<>(words);
      shared.retainAll(o);
      int smaller = Math.min(words.size(), o.size());
      if (shared.size() >= 4 && shared.size() * 5 >= smaller * 3) {
        return true;
      }
    }
    return false;
  }

  private static java.util.Set<String> contentWords(String stem) {
    String body = stem.replaceFirst("^[^:]{0,80}: ", "");
    java.util.Set<String> out = new java.util.HashSet<>();
    for (String w : body.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      String plain =
          java.text.Normalizer.normalize(w, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
      if (w.length() >= 4 && !STOPWORDS.contains(plain) && !w.equals("_____")) {
        out.add(w.substring(0, Math.min(5, w.length())));
      }
    }
    return out;
  }

  /**
   * "probablemente", "podría", "al parecer": a Spanish hedge outside a quotation. The shared hedge
   * list ({@code hedges.txt}, the briefing's too) is English, so "La corte … probablemente emitirá
   * una decisión" was asked as a true statement: a prediction, not a checkable fact (REVIEW.md T1).
   */
  private static final Pattern HEDGE =
      Pattern.compile(
          "(?iu)(?<!\\p{L})(probablemente|posiblemente|quizás|quizá|tal vez|acaso|presuntamente|"
              + "supuestamente|aparentemente|al parecer|podría|podrían|"
              + "parece|parecen|parecía)(?!\\p{L})");

  /** True when {@code statement} hedges outside its quotations. */
  static boolean hedged(String statement) {
    return HEDGE.matcher(statement.replaceAll("[“«\"][^”»\"]*[”»\"]", "“…”")).find();
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
