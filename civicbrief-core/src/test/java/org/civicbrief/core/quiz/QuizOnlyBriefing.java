package org.civicbrief.core.quiz;

import java.util.List;
import java.util.Map;
import org.civicbrief.core.article.Article;
import org.civicbrief.core.briefing.BriefItem;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.briefing.Headline;

/**
 * A briefing for the tests of what is done with a quiz (exports, taking it): its dek is its only
 * summary line and fact, and it carries the questions given.
 */
public final class QuizOnlyBriefing {

  private QuizOnlyBriefing() {}

  /** The briefing of {@code article} with {@code dek} and {@code questions}. */
  public static Briefing of(
      Article article, Headline headline, BriefItem dek, List<Question> questions) {
    return new Briefing(
        Briefing.SCHEMA_VERSION,
        "test",
        article,
        headline,
        dek,
        List.of(dek),
        List.of(dek),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        new Quiz(questions, questions.size(), questions.size(), Map.of()),
        List.of(),
        List.of(),
        List.of(),
        false,
        List.of());
  }
}
