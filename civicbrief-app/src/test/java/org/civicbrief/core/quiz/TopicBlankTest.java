package org.civicbrief.core.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A blank is never the story's topic, the organization its headline names (R18 rejected "The _____
 * …" keyed to the body the whole story is about: a reader who saw only the headline fills it,
 * REVIEW.md Q4). Another organization of the story is still asked. A transit story written for the
 * project (quiz/topic.txt).
 */
class TopicBlankTest {

  private static List<Candidate> blanks;

  @BeforeAll
  static void write() {
    blanks =
        WrittenCandidates.of("/quiz/topic.txt", "2025-01-22").all().stream()
            .filter(c -> c.kind() == QuestionKind.FILL_IN_BLANK)
            .toList();
  }

  @Test
  void theOrganizationTheHeadlineNamesIsNoBlank() {
    assertThat(blanks).noneMatch(c -> c.answer().contains("Riverside Tenants Union"));
  }

  @Test
  void anotherOrganizationOfTheStoryIsStillABlank() {
    assertThat(blanks).anyMatch(c -> c.answer().contains("Harbor Nurses Association"));
  }
}
