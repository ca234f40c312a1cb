package org.civicbrief.core.story;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.civicbrief.core.briefing.Evidence;
import org.civicbrief.core.quiz.Question;

/**
 * Draws a story quiz from its articles' quizzes: each article's main points first (questions are
 * taken in turns, newest article first, in each quiz's own order), a question asked twice (the same
 * answer to a stem with nearly the same words) once, and no question about a statement a later
 * article changed.
 */
final class MergeQuiz {

  /** Jaccard of stem content words from which two questions with one answer are the same. */
  static final double SAME_STEM = 0.7;

  private MergeQuiz() {}

  /** The story quiz of {@code members} (publication order). */
  static StoryQuiz merge(List<StoryMember> members, Set<StoryEvidence> superseded) {
    List<StoryMember> newestFirst = new ArrayList<>(members).reversed();
    List<StoryQuestion> out = new ArrayList<>();
    int longest =
        members.stream().mapToInt(m -> m.briefing().quiz().questions().size()).max().orElse(0);
    for (int rank = 0; rank < longest; rank++) {
      for (StoryMember m : newestFirst) {
        List<Question> qs = m.briefing().quiz().questions();
        if (rank >= qs.size()) {
          continue;
        }
        Question q = qs.get(rank);
        if (aboutChanged(m.articleId(), q.evidence(), superseded)
            || out.stream().anyMatch(o -> same(o.question(), q))) {
          continue;
        }
        out.add(new StoryQuestion(m.articleId(), q));
      }
    }
    return new StoryQuiz(out);
  }

  private static boolean same(Question a, Question b) {
    if (a.background() && b.background()) {
      return a.source().equals(b.source()) && a.stem().equals(b.stem());
    }
    return a.answer().toLowerCase(Locale.ROOT).equals(b.answer().toLowerCase(Locale.ROOT))
        && ContentWords.jaccard(ContentWords.of(a.stem()), ContentWords.of(b.stem())) >= SAME_STEM;
  }

  /** True when the question's evidence overlaps a statement a later article changed. */
  private static boolean aboutChanged(String articleId, Evidence e, Set<StoryEvidence> superseded) {
    for (StoryEvidence s : superseded) {
      if (s.articleId().equals(articleId)
          && s.evidence().start() < e.end()
          && e.start() < s.evidence().end()) {
        return true;
      }
    }
    return false;
  }
}
