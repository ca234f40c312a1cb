package org.civicbrief.web.briefing;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.civicbrief.store.Store;
import org.civicbrief.store.briefing.ReviewState;
import org.civicbrief.store.briefing.StoredBriefing;
import org.civicbrief.store.quiz.StoredQuiz;
import org.civicbrief.web.http.HttpProblem;

/**
 * A briefing readers may see, with the quiz they get.
 *
 * @param stored the briefing as stored
 * @param quiz the reader's questions; none when the briefing has no quiz
 * @param editorApproved true when a person (not the system, as for the demo articles) approved it
 */
public record PublishedBriefing(
    StoredBriefing stored, Optional<ReaderQuiz> quiz, boolean editorApproved) {

  public PublishedBriefing {
    Objects.requireNonNull(stored, "stored");
    Objects.requireNonNull(quiz, "quiz");
  }

  /**
   * Loads briefing {@code id} for a reader.
   *
   * @throws HttpProblem 404 unless it exists and is published: a draft is nobody's business yet
   */
  public static PublishedBriefing load(Store store, long id) {
    StoredBriefing b =
        store
            .briefings()
            .find(id)
            .filter(s -> s.state() == ReviewState.PUBLISHED)
            .orElseThrow(() -> HttpProblem.notFound("There is no published briefing " + id + "."));
    Optional<StoredQuiz> quiz = store.quizzes().latestFor(id);
    boolean approved =
        store.briefings().decisions(id).stream()
            .anyMatch(d -> d.to() == ReviewState.APPROVED && d.editor().userId().isPresent());
    return new PublishedBriefing(b, quiz.map(ReaderQuiz::of), approved);
  }

  /** The briefing id. */
  public long id() {
    return stored.id();
  }

  /** How many questions readers get. */
  public int questionCount() {
    return quiz.map(q -> q.questions().size()).orElse(0);
  }

  /** The reader's questions, possibly none. */
  public List<org.civicbrief.core.quiz.Question> questions() {
    return quiz.map(ReaderQuiz::questions).orElse(List.of());
  }
}
