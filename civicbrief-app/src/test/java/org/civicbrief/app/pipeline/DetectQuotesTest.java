package org.civicbrief.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.civicbrief.app.SharedPipeline;
import org.civicbrief.core.article.Article;
import org.civicbrief.core.briefing.DetectQuotes;
import org.junit.jupiter.api.Test;

/**
 * What {@code eval quotes} reports as a direct quotation and whom it gives it to, on articles
 * written for these tests.
 */
class DetectQuotesTest {

  private record Found(String text, String speaker, String mention) {}

  private static List<Found> detect(String title, String body) {
    String text = title + "\n\n" + body;
    Article article = Article.ofText(text, "test").withTitle(title, true);
    var pipeline = SharedPipeline.pipeline();
    List<DetectQuotes.Detected> detected =
        pipeline.quoteDetector().detect(pipeline.annotator().annotate(article));
    return detected.stream()
        .map(
            d ->
                new Found(
                    text.substring(d.start(), d.end()),
                    d.speaker().orElse(""),
                    d.speakerStart() < 0 ? "" : text.substring(d.speakerStart(), d.speakerEnd())))
        .toList();
  }

  private static Found quote(List<Found> found, String words) {
    return found.stream().filter(f -> f.text().contains(words)).findFirst().orElseThrow();
  }

  @Test
  void aHeadlineQuoteAfterItsColonOrAVerbIsAQuotationOneThatGoesOnWithAPhraseIsNot() {
    List<Found> fragment =
        detect(
            "Mayor Ruiz Calls Harbor Budget ‘A Shell Game’ as Talks Stall",
            "Mayor Ana Ruiz said on Tuesday that the harbor budget was “a shell game” and that"
                + " she would not sign it.\n\nThe council meets again next week.");
    assertThat(fragment).noneMatch(f -> f.text().contains("Shell Game"));
    List<Found> colon =
        detect(
            "Harbor Union Chief: ‘We Will Not Go Back to Work’",
            "Dock workers stayed off the job on Monday.\n\n“We will not go back to work until"
                + " the port signs,” said Tomas Ferreira, the union's president.");
    assertThat(colon).anyMatch(f -> f.text().contains("We Will Not Go Back"));
    List<Found> verb =
        detect(
            "Governor Okafor Promises ‘A Fair Deal For Every Town’",
            "Governor Ada Okafor spoke in Millbrook on Friday.\n\n“Every town gets a fair"
                + " deal,” she said.");
    assertThat(verb).anyMatch(f -> f.text().contains("A Fair Deal For Every Town"));
  }

  @Test
  void aQuotedValueOfMarkupLeftInTheTextIsNoQuotation() {
    List<Found> found =
        detect(
            "Council Posts Its Vote",
            "The council posted the vote online.<post data-note=\"The motion passed by five votes"
                + " to two after a long debate on the harbor.\">\n\nMembers went home late.");
    assertThat(found).noneMatch(f -> f.text().contains("motion passed"));
  }

  @Test
  void aQuoteOpeningInLowerCaseAfterACommaIsDirectWhenASpeechVerbFollowsIt() {
    List<Found> found =
        detect(
            "Harbor Tax Plan Draws Praise",
            "Economists looked at the harbor tax plan this week.\n\nAs for its cost, “a small"
                + " levy on every container pays for the dredging,” said Dr. Miriam Kessler,"
                + " an economist at Lakeview University.");
    assertThat(quote(found, "small levy").speaker()).isEqualTo("Miriam Kessler");
  }

  @Test
  void aPersonNamedRightBeforeAParticipleSpeaksNotTheSentencesSubject() {
    List<Found> found =
        detect(
            "Harbor Ad Goes After Ruiz",
            "Mayor Ana Ruiz and Councilman Victor Hale are running for the same seat.\n\n"
                + "A new ad shows footage of Victor Hale saying, “The harbor can wait another"
                + " ten years.” The ad ends with a picture of the empty docks.");
    assertThat(quote(found, "harbor can wait").speaker()).isEqualTo("Victor Hale");
  }

  @Test
  void asAPersonPutItGivesTheQuoteToThePersonNotToTheBodyInHisAppositive() {
    List<Found> found =
        detect(
            "Harbor Fees Questioned",
            "The harbor fees have drawn criticism all year.\n\nAs Daniel Mercer, a tax lawyer"
                + " and fellow at the Brookfield Policy Institute, recently put it, “Who pays"
                + " the fee, the shipper or the town?”");
    assertThat(quote(found, "Who pays").speaker()).isEqualTo("Daniel Mercer");
  }

  @Test
  void itAddedAfterAReportsQuoteIsTheReportWithThePronounAsEvidence() {
    List<Found> found =
        detect(
            "Audit Finds Harbor Fund Gaps",
            "The county's audit report was released on Monday.\n\n“The harbor fund lost track of"
                + " two million dollars,” the report said. “No one checked the accounts for three"
                + " years,” it added.");
    Found added = quote(found, "No one checked");
    assertThat(added.speaker()).isEqualTo("the report");
    assertThat(added.mention()).isEqualTo("it");
  }

  @Test
  void sheFarFromAnyNameIsTheWomanTheArticleNamedNotNobody() {
    List<Found> found =
        detect(
            "Video Shows Harbor Arrest",
            "Tavirah Okonkwo filmed the arrest of her husband on her phone on Sunday night.\n\n"
                + "The video runs for four minutes. Officers walk toward a parked car. The camera"
                + " shakes as the car door opens. Two officers kneel on the street. A siren can be"
                + " heard in the distance.\n\n“Please, he needs a doctor,” she said.");
    assertThat(quote(found, "needs a doctor").speaker()).isEqualTo("Tavirah Okonkwo");
  }

  @Test
  void aQuoteSetOffByDashesAfterAPersonsNameIsThatPersonsNotTheGroupsBeforeIt() {
    List<Found> found =
        detect(
            "Harbor Plan Splits Council",
            "A group of former council members has said the same thing, including the former"
                + " mayor Helen Drummond -- “The harbor plan cannot be paid for without new"
                + " taxes” -- and two retired treasurers.");
    assertThat(quote(found, "cannot be paid").speaker()).isEqualTo("Helen Drummond");
  }

  @Test
  void whoAfterANameSpeaksAsThatPersonWithThePronounAsEvidence() {
    List<Found> found =
        detect(
            "Stars Visit Harbor Museum",
            "Guests at the opening included the singer Marcus Delaney, who joked of the museum,"
                + " “I have not seen it yet, but I am going to.”");
    Found joke = quote(found, "not seen it yet");
    assertThat(joke.speaker()).isEqualTo("Marcus Delaney");
    assertThat(joke.mention()).isEqualTo("who");
  }
}
