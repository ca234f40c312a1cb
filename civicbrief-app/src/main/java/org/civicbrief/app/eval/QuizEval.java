package org.civicbrief.app.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.civicbrief.core.quiz.Difficulty;
import org.civicbrief.core.quiz.Question;
import org.civicbrief.core.quiz.QuestionKind;
import org.civicbrief.core.quiz.Quiz;

/**
 * {@code eval quiz}: what the quiz engine writes over a corpus — how many candidates each quality
 * gate lets through, questions per article against the length-based target, and the mix of kinds
 * and difficulties.
 */
public final class QuizEval {

  private int articles;
  private int failed;
  private long candidates;
  private long targets;
  private final List<Integer> perArticle = new ArrayList<>();
  private final Map<String, Long> dropped = new TreeMap<>();
  private final Map<QuestionKind, Long> kinds = new EnumMap<>(QuestionKind.class);
  private final Map<Difficulty, Long> difficulties = new EnumMap<>(Difficulty.class);
  private long background;

  /** Counts one article's quiz. */
  public void add(Quiz quiz) {
    articles++;
    candidates += quiz.candidates();
    targets += quiz.target();
    quiz.dropped().forEach((gate, n) -> dropped.merge(gate, (long) n, Long::sum));
    int count = 0;
    for (Question q : quiz.questions()) {
      kinds.merge(q.kind(), 1L, Long::sum);
      difficulties.merge(q.difficulty(), 1L, Long::sum);
      background += q.background() ? 1 : 0;
      count += q.background() ? 0 : 1;
    }
    perArticle.add(count);
  }

  /** Counts a record that could not be briefed. */
  public void fail() {
    failed++;
  }

  /** The tables: gates, questions per article, kinds and difficulty. */
  public String report() {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "%d articles quizzed, %d records failed; %d candidate questions written%n%n",
            articles,
            failed,
            candidates));
    Table gates = new Table("quality gate", "dropped", "pass rate");
    for (var e : dropped.entrySet()) {
      gates.row(
          e.getKey(), Long.toString(e.getValue()), percent(candidates - e.getValue(), candidates));
    }
    out.append(gates.render()).append('\n');
    List<Integer> sorted = new ArrayList<>(perArticle);
    sorted.sort(Integer::compare);
    long total = perArticle.stream().mapToLong(Integer::longValue).sum();
    Table counts = new Table("questions per article", "value");
    counts.row("mean", fmt(articles == 0 ? 0 : total / (double) articles));
    counts.row("target (mean)", fmt(articles == 0 ? 0 : targets / (double) articles));
    counts.row("share of target written", percent(total, targets));
    counts.row("min", sorted.isEmpty() ? "-" : Integer.toString(sorted.getFirst()));
    counts.row("median", sorted.isEmpty() ? "-" : Integer.toString(sorted.get(sorted.size() / 2)));
    counts.row("max", sorted.isEmpty() ? "-" : Integer.toString(sorted.getLast()));
    counts.row("background questions", Long.toString(background));
    out.append(counts.render()).append('\n');
    long questions = total + background;
    Table kindTable = new Table("kind", "questions", "share");
    kinds.forEach((k, n) -> kindTable.row(k.name(), Long.toString(n), percent(n, questions)));
    out.append(kindTable.render()).append('\n');
    Table diff = new Table("difficulty", "questions", "share");
    difficulties.forEach((d, n) -> diff.row(d.name(), Long.toString(n), percent(n, questions)));
    out.append(diff.render());
    return out.toString();
  }

  private static String percent(long part, long whole) {
    return whole == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }
}
