package org.civicbrief.core.quiz.take;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.briefing.Evidence;
import org.civicbrief.core.quiz.Question;

/**
 * Lets a reader take a briefing's quiz in a terminal: one question at a time with lettered options,
 * right or wrong with the explanation and the source sentence after each answer, and the score at
 * the end.
 *
 * <p>A reader answers with an option's letter (any case), its number or its text; {@code q} quits.
 * Anything else is asked again.
 */
public final class TakeQuiz {

  private static final List<String> LETTERS = List.of("A", "B", "C", "D", "E", "F", "G", "H");

  private final BufferedReader in;
  private final PrintStream out;

  /** A runner that reads answers from {@code in} and writes to {@code out}. */
  public TakeQuiz(BufferedReader in, PrintStream out) {
    this.in = Objects.requireNonNull(in, "in");
    this.out = Objects.requireNonNull(out, "out");
  }

  /**
   * Runs the quiz of {@code briefing} until every question is answered, the reader types {@code q},
   * or the input ends.
   *
   * @throws UncheckedIOException when reading the input fails
   */
  public QuizResult take(Briefing briefing) {
    List<Question> questions = briefing.quiz().questions();
    if (questions.isEmpty()) {
      out.println("This briefing has no quiz questions.");
      return new QuizResult(List.of(), 0, 0);
    }
    String text = briefing.article().text();
    out.println("Quiz: " + line(briefing.headline().text()));
    out.println(
        questions.size()
            + (questions.size() == 1 ? " question" : " questions")
            + ". Answer with the letter or number of an option; type q to quit.");
    List<Answer> answers = new ArrayList<>();
    int score = 0;
    for (int i = 0; i < questions.size(); i++) {
      Question q = questions.get(i);
      out.println();
      out.println("Question " + (i + 1) + " of " + questions.size());
      int chosen = ask(q);
      if (chosen < 0) {
        break;
      }
      boolean right = chosen == q.answerIndex();
      score += right ? 1 : 0;
      answers.add(new Answer(q.id(), chosen, q.options().get(chosen), right));
      explain(q, right, text);
    }
    QuizResult result = new QuizResult(answers, score, questions.size());
    summarize(result);
    return result;
  }

  /** Shows {@code q} and reads answers until one is valid; -1 when the reader quits. */
  private int ask(Question q) {
    List<String> labels = labels(q);
    out.println(line(q.stem()));
    for (int o = 0; o < q.options().size(); o++) {
      out.println("  " + labels.get(o) + ") " + line(q.options().get(o)));
    }
    while (true) {
      out.print("Your answer: ");
      out.flush();
      String input = read();
      if (input == null) {
        out.println();
        return -1;
      }
      String a = input.strip();
      if (a.equalsIgnoreCase("q") || a.equalsIgnoreCase("quit")) {
        return -1;
      }
      int chosen = choice(q, labels, a);
      if (chosen >= 0) {
        return chosen;
      }
      out.println(
          "Please type "
              + String.join(", ", labels.subList(0, labels.size() - 1))
              + " or "
              + labels.getLast()
              + " (or 1-"
              + labels.size()
              + "), or q to quit.");
    }
  }

  /** The option {@code a} names by letter, number or text; -1 when it names none. */
  private static int choice(Question q, List<String> labels, String a) {
    for (int o = 0; o < labels.size(); o++) {
      if (labels.get(o).equalsIgnoreCase(a) || q.options().get(o).strip().equalsIgnoreCase(a)) {
        return o;
      }
    }
    if (a.matches("\\d{1,3}")) {
      int n = Integer.parseInt(a);
      return n >= 1 && n <= labels.size() ? n - 1 : -1;
    }
    return -1;
  }

  private void explain(Question q, boolean right, String text) {
    if (right) {
      out.println("Right!");
    } else {
      String answer = line(q.answer());
      // "9 p.m." already ends the sentence.
      String stop = answer.matches(".*[.!?]$") ? "" : ".";
      out.println("Wrong. The answer is " + labels(q).get(q.answerIndex()) + ") " + answer + stop);
    }
    out.println(line(q.explanation()));
    String sentence = sentence(q.evidence(), text);
    if (!sentence.isEmpty()) {
      out.println("In the article: “" + sentence + "”");
    }
    if (q.background()) {
      q.source()
          .map(TakeQuiz::line)
          .filter(s -> !s.isEmpty())
          .ifPresent(s -> out.println("Source: " + s));
    }
  }

  private void summarize(QuizResult r) {
    out.println();
    if (r.answers().isEmpty()) {
      out.println("You answered no questions.");
      return;
    }
    if (!r.finished()) {
      out.println(
          "You stopped after " + r.answers().size() + " of " + r.questions() + " questions.");
    }
    out.println(
        "You scored " + r.score() + " of " + r.answers().size() + " (" + r.percent() + "%).");
  }

  private String read() {
    try {
      return in.readLine();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the quiz answers", e);
    }
  }

  /** The evidence text, or empty when its offsets fall outside the article text. */
  private static String sentence(Evidence e, String text) {
    return e.end() <= text.length() ? line(e.in(text)) : "";
  }

  /** T and F for a question answered True or False, letters otherwise. */
  static List<String> labels(Question q) {
    List<String> lower = q.options().stream().map(o -> o.strip().toLowerCase(Locale.ROOT)).toList();
    if (lower.size() == 2 && lower.contains("true") && lower.contains("false")) {
      return lower.stream().map(o -> o.substring(0, 1).toUpperCase(Locale.ROOT)).toList();
    }
    return LETTERS.subList(0, q.options().size());
  }

  /**
   * {@code s} on one line without control characters: article text can carry escape sequences that
   * would move the cursor or recolor the reader's terminal.
   */
  static String line(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        space = true;
      } else if (!Character.isISOControl(cp)) {
        if (space && !b.isEmpty()) {
          b.append(' ');
        }
        space = false;
        b.appendCodePoint(cp);
      }
    }
    return b.toString();
  }
}
