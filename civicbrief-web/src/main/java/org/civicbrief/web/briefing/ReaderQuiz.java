package org.civicbrief.web.briefing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.civicbrief.core.quiz.Question;
import org.civicbrief.store.quiz.QuestionReview;
import org.civicbrief.store.quiz.QuestionVerdict;
import org.civicbrief.store.quiz.StoredQuiz;

/**
 * The questions readers get: the quiz as written, less the questions an editor rejected, with the
 * editor's wording where they edited one. A question not reviewed yet is shown as written, because
 * the editor approved the briefing it belongs to.
 *
 * @param quizId the stored quiz
 * @param questions the questions in quiz order
 */
public record ReaderQuiz(long quizId, List<Question> questions) {

  public ReaderQuiz {
    questions = List.copyOf(questions);
  }

  /** The reader's questions of {@code stored}. */
  public static ReaderQuiz of(StoredQuiz stored) {
    List<Question> out = new ArrayList<>();
    for (Question q : stored.quiz().questions()) {
      QuestionReview review = stored.reviews().get(q.id());
      if (review == null || review.verdict() == QuestionVerdict.APPROVED) {
        out.add(q);
      } else if (review.verdict() == QuestionVerdict.EDITED) {
        out.add(withStem(q, review.editedText().orElse(q.stem())));
      }
    }
    return new ReaderQuiz(stored.id(), out);
  }

  /** The question with {@code id}, if readers get it. */
  public java.util.Optional<Question> question(String id) {
    return questions.stream().filter(q -> q.id().equals(id)).findFirst();
  }

  private static Question withStem(Question q, String stem) {
    Objects.requireNonNull(stem, "stem");
    return new Question(
        q.id(),
        q.kind(),
        stem,
        q.options(),
        q.answer(),
        q.explanation(),
        q.evidence(),
        q.difficulty(),
        q.tests(),
        q.background(),
        q.source());
  }
}
