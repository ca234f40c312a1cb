package org.civicbrief.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScoreQuotesTest {

  // Offsets: “We will win,” 0-14; Ana Ruiz 20-28; the label 53-60; Ruiz 61-65; “It is done.” 74-87;
  // she 88-91.
  private static final String TEXT =
      "“We will win,” said Ana Ruiz. The rivals called it a “sham.” Ruiz smiled. “It is done.” she"
          + " said.";

  private static QuoteRecord record() throws Exception {
    String json =
        new ObjectMapper()
            .writeValueAsString(
                Map.of(
                    "id",
                    "t1",
                    "text",
                    TEXT,
                    "annotations",
                    List.of(
                        Map.of(
                            "attributions",
                            List.of(
                                attribution(0, 14, 20, 28, "Ana Ruiz"),
                                attribution(74, 87, 88, 91, "she"),
                                // Indirect speech is not a direct quote.
                                attribution(30, 52, 30, 40, "The rivals"))))));
    return QuoteRecord.of(new ObjectMapper().readTree(json), "t1");
  }

  private static Map<String, Object> attribution(int cb, int ce, int sb, int se, String source) {
    return Map.of(
        "content",
        Map.of("spans", List.of(List.of(cb, ce))),
        "source",
        Map.of("spans", List.of(List.of(sb, se)), "text", source));
  }

  @Test
  void readsOnlyAttributionsWhoseContentOpensWithAQuotationMark() throws Exception {
    QuoteRecord r = record();
    assertThat(TEXT.substring(74, 87)).isEqualTo("“It is done.”");
    assertThat(r.quotes()).hasSize(2);
    assertThat(r.quotes().get(1).sourceText()).isEqualTo("she");
  }

  @Test
  void countsAMatchedQuoteAMissedQuoteAndAFalseAlarm() throws Exception {
    QuoteRecord r = record();
    List<PredictedQuote> predicted =
        List.of(
            // Matches the first quote; the speaker mention is the gold source.
            new PredictedQuote(
                new Span(0, 14), Optional.of("Ana Ruiz"), Optional.of(new Span(20, 28))),
            // The scare quote: no gold quote there.
            new PredictedQuote(new Span(53, 60), Optional.empty(), Optional.empty()));
    QuoteScores s =
        new ScoreQuotes().score(List.of(new ScoreQuotes.Article(TEXT, r.quotes(), predicted)));
    assertThat(s.predicted()).isEqualTo(2);
    assertThat(s.correct()).isEqualTo(1);
    assertThat(s.precision()).isEqualTo(0.5);
    assertThat(s.recall()).isEqualTo(0.5);
    assertThat(s.speakerAccuracy()).isEqualTo(1.0);
  }

  @Test
  void creditsTheSpeakerByTheSameNameOrByTheSameMention() throws Exception {
    QuoteRecord r = record();
    ScoreQuotes score = new ScoreQuotes();
    // Found at "Ruiz" (61-65) rather than the gold "Ana Ruiz" (20-28): right by the name.
    PredictedQuote byName =
        new PredictedQuote(new Span(0, 14), Optional.of("Ana Ruiz"), Optional.of(new Span(61, 65)));
    PredictedQuote wrong =
        new PredictedQuote(
            new Span(0, 14), Optional.of("Luis Ortega"), Optional.of(new Span(61, 65)));
    // Found through the pronoun the gold source is: right by the mention, reported by name.
    PredictedQuote byMention =
        new PredictedQuote(
            new Span(74, 87), Optional.of("Ana Ruiz"), Optional.of(new Span(88, 91)));
    PredictedQuote nobody =
        new PredictedQuote(new Span(74, 87), Optional.empty(), Optional.empty());
    assertThat(score.speakerRight(TEXT, r.quotes().get(0), byName)).isTrue();
    assertThat(score.speakerRight(TEXT, r.quotes().get(0), wrong)).isFalse();
    assertThat(score.speakerRight(TEXT, r.quotes().get(1), byMention)).isTrue();
    assertThat(score.speakerRight(TEXT, r.quotes().get(1), nobody)).isFalse();
  }

  @Test
  void tellsPeopleWithTheSameSurnameApart() {
    SameSpeaker same = new SameSpeaker();
    assertThat(same.same("Leonard E. Burman", "Mr. Burman")).isTrue();
    assertThat(same.same("Douglas Holtz-Eakin", "Douglas Holtz-Eakin, an economist")).isTrue();
    assertThat(same.same("Hillary Clinton", "Chelsea Clinton")).isFalse();
    assertThat(same.same("Donald Trump", "Trump's spokesman")).isFalse();
    assertThat(same.same("Donald Trump", "the Republican nominee")).isFalse();
  }
}
