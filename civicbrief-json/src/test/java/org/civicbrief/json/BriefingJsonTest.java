package org.civicbrief.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicbrief.core.article.Article;
import org.civicbrief.core.briefing.BriefItem;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.briefing.Evidence;
import org.civicbrief.core.briefing.Headline;
import org.civicbrief.core.briefing.TestBriefing;
import org.civicbrief.core.civic.CitationKind;
import org.civicbrief.core.civic.LegalCitation;
import org.civicbrief.core.quiz.Difficulty;
import org.civicbrief.core.quiz.Question;
import org.civicbrief.core.quiz.QuestionKind;
import org.civicbrief.core.quiz.Quiz;
import org.junit.jupiter.api.Test;

class BriefingJsonTest {

  private final BriefingJson json = new BriefingJson();

  private static Briefing briefing() {
    String text =
        "Council Votes on Budget\n\nThe city council approved the budget on Monday by a vote of 7 to 2.";
    Article article =
        Article.ofText(text, "test")
            .withTitle("Council Votes on Budget", true)
            .withPublished(LocalDate.of(2025, 3, 12));
    Evidence lead = new Evidence(1, 25, text.length());
    BriefItem item = new BriefItem(text.substring(25), lead, List.of(), false);
    Question q =
        new Question(
            "q-1",
            QuestionKind.TRUE_FALSE,
            "True or false: the council approved the budget.",
            List.of("True", "False"),
            "True",
            "True. The article says so.",
            lead,
            Difficulty.EASY,
            "dek",
            false,
            Optional.empty());
    return TestBriefing.of(
            article,
            new Headline("Council Votes on Budget", Optional.of(new Evidence(0, 0, 23))),
            item)
        .schemaVersion(1)
        .summary(List.of(item))
        .build()
        .withQuiz(new Quiz(List.of(q), 5, 3, Map.of("stemHidesKey", 1)));
  }

  @Test
  void readsBackExactlyWhatItWrote() {
    Briefing b = briefing();
    assertThat(json.read(json.line(b))).isEqualTo(b);
    assertThat(json.read(json.pretty(b))).isEqualTo(b);
  }

  @Test
  void writesDatesAsIsoStringsAndAbsentValuesAsNull() {
    String line = json.line(briefing());
    assertThat(line).contains("\"published\":\"2025-03-12\"").contains("\"byline\":null");
  }

  @Test
  void explainsWhatIsWrongWithJsonThatIsNotABriefing() {
    assertThatThrownBy(() -> json.read("{\"headline\": 3}"))
        .hasMessageStartingWith("not a briefing");
  }

  @Test
  void readsBackCitationsAndReadsBriefingsWrittenBeforeThem() {
    Briefing b = briefing();
    LegalCitation order =
        new LegalCitation(
            CitationKind.EXECUTIVE_ORDER,
            "Executive Order 14160",
            "eo/14160",
            Optional.of("https://www.federalregister.gov/executive-order/14160"),
            new Evidence(1, 25, 40),
            Optional.empty());
    LegalCitation cased =
        new LegalCitation(
            CitationKind.CASE,
            "Trump v. Ohio",
            "case/trump-v.-ohio",
            Optional.empty(),
            new Evidence(1, 41, 50),
            Optional.of("a-card"));
    Briefing cited =
        TestBriefing.of(b.article(), b.headline(), b.dek())
            .schemaVersion(1)
            .legalCitations(List.of(order, cased))
            .build();

    assertThat(json.read(json.line(cited))).isEqualTo(cited);

    String old = json.line(b).replace(",\"legalCitations\":[]", "");
    assertThat(old).doesNotContain("legalCitations");
    assertThat(json.read(old).legalCitations()).isEmpty();
  }
}
