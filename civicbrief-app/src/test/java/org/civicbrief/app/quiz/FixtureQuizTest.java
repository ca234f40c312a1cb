package org.civicbrief.app.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.civicbrief.app.SharedPipeline;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.quiz.Question;
import org.civicbrief.core.quiz.QuestionKind;
import org.civicbrief.core.quiz.Quiz;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The quiz of the project's wire-style article, read as a careful item writer would. */
class FixtureQuizTest {

  private static Briefing briefing;
  private static Quiz quiz;

  @BeforeAll
  static void brief() {
    briefing = SharedPipeline.fixtureBriefing();
    quiz = briefing.quiz();
  }

  private static Question withStem(String part) {
    return quiz.questions().stream()
        .filter(q -> q.stem().toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT)))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("no question containing '" + part + "' in " + stems()));
  }

  private static List<String> stems() {
    return quiz.questions().stream().map(Question::stem).toList();
  }

  @Test
  void scalesWithTheArticleAtThreeQuestionsAndOnePer150Words() {
    // Issue 15: at least 4 article items for a 250-word lead, 10 for a 1,500-word article.
    assertThat(quiz.target()).isEqualTo(11);
    assertThat(quiz.questions().stream().filter(q -> !q.background())).hasSizeBetween(5, 11);
    assertThat(quiz.questions().stream().filter(Question::background)).hasSizeLessThanOrEqualTo(2);
  }

  @Test
  void asksWhoSaidTheSpeakersWordsAndKeysTheRightSpeaker() {
    Question q = withStem("This is exactly the situation the law was written for");
    assertThat(q.kind()).isEqualTo(QuestionKind.WHO_SAID);
    assertThat(q.answer()).isEqualTo("Grace Holloway");
    assertThat(q.options()).doesNotContain("Holloway", "House Speaker Grace Holloway");
  }

  @Test
  void asksForTheDateOfAnEventAtTheDatePrecisionTheArticleGives() {
    Question q = withStem("When did Marsh sign an executive order activating 450 Guard members");
    assertThat(q.kind()).isEqualTo(QuestionKind.WHEN);
    assertThat(q.answer()).isEqualTo("February 3, 2025");
    assertThat(q.options()).allMatch(o -> o.matches("[A-Z][a-z]+ \\d{1,2}, \\d{4}"));
  }

  @Test
  void asksForAnAmountWithItsUnitAndOffersAmountsOfTheSameForm() {
    Question q = withStem("How much did the House vote to strip for the deployment");
    assertThat(q.answer()).isEqualTo("$12.5 million");
    assertThat(q.options()).allMatch(o -> o.matches("\\$[\\d.,]+ million"));
  }

  @Test
  void asksWhatTheJudgeDidNotWhoHoldsTheTitle() {
    // "Who is described in the article as the District Judge?" tests a label; blind reviews R7 and
    // R8 rejected it (REVIEW.md Q2, Q4). The judge is asked about what she did.
    assertThat(stems()).noneMatch(s -> s.startsWith("Who is described in the article as"));
    Question q = withStem("who declined to issue a temporary restraining order");
    assertThat(q.answer()).isEqualTo("Carla Benning");
    // A law that "requires the governor to …" speaks of the office: no name is put in its place.
    assertThat(stems()).noneMatch(s -> s.contains("requires Red Mesa Governor"));
  }

  @Test
  void everyQuestionPassesTheGatesAKeyInItsSentenceAndNoSecondRightAnswer() {
    String text = briefing.article().text();
    for (Question q : quiz.questions()) {
      if (q.kind() == QuestionKind.TRUE_FALSE) {
        assertThat(q.options()).hasSize(2);
      } else {
        assertThat(q.options()).hasSizeBetween(3, 4); // a weak fourth option is dropped (D5)
      }
      assertThat(q.options()).doesNotHaveDuplicates().contains(q.answer());
      assertThat(q.options()).noneMatch(o -> o.matches("(?i)(all|none) of the above"));
      if (q.background()) {
        assertThat(q.source()).isPresent();
        assertThat(q.explanation()).contains(q.source().get());
        continue;
      }
      assertThat(q.explanation()).contains("sentence " + (q.evidence().sentence() + 1));
      String source = q.evidence().in(text);
      if (q.kind() != QuestionKind.TRUE_FALSE
          && q.kind() != QuestionKind.WHO_SAID
          && q.kind() != QuestionKind.WHO_IS
          && q.kind() != QuestionKind.WHAT) {
        assertThat(source).contains(q.answer());
      }
      if (q.kind() != QuestionKind.TRUE_FALSE) {
        assertThat(q.stem()).doesNotContain(q.answer());
        for (String wrong : q.options()) {
          if (!wrong.equals(q.answer())) {
            assertThat(source).as(q.stem()).doesNotContain(wrong);
          }
        }
      }
      assertThat(q.stem().replaceAll("“[^”]*”", ""))
          .doesNotContainPattern("\\b(he|she|they|him|them)\\b");
    }
    assertThat(
            quiz.questions().stream()
                .filter(q -> !q.background())
                .map(q -> q.evidence().sentence()))
        .doesNotHaveDuplicates();
  }

  @Test
  void writesTheSameQuizEveryTime() {
    Quiz again = SharedPipeline.fixtureBriefing().quiz();
    assertThat(again).isEqualTo(quiz);
  }

  @Test
  void mixesKindsAndStartsWithTheMainPoints() {
    assertThat(quiz.questions().stream().map(Question::kind).distinct().count())
        .isGreaterThanOrEqualTo(5);
    java.util.Set<Integer> mainPoints = new java.util.HashSet<>();
    briefing.summary().forEach(i -> mainPoints.add(i.evidence().sentence()));
    briefing.coreFacts().forEach(i -> mainPoints.add(i.evidence().sentence()));
    mainPoints.add(briefing.dek().evidence().sentence());
    assertThat(mainPoints).contains(quiz.questions().getFirst().evidence().sentence());
  }
}
