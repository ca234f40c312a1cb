package org.civicbrief.app.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.civicbrief.app.SharedPipeline;
import org.civicbrief.core.article.Article;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.ingest.Ingest;
import org.civicbrief.ingest.IngestConfig;
import org.junit.jupiter.api.Test;

/**
 * The dek under the headline is the lead's main clause when it adds to the headline (R20: no page
 * had a dek, for the dek was the lead and the summary opens on the lead), and a record's title that
 * is a slug, keywords without a verb, gives way to a headline from the lead (R20: "Supreme Court
 * Trump Immunity Trial April").
 */
class DekTest {

  private static Briefing brief(String title) throws Exception {
    String record =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .writeValueAsString(
                Map.of(
                    "id",
                    "dek",
                    "published",
                    "2025-03-12",
                    "title",
                    title,
                    "text",
                    SharedPipeline.resource("/briefing/dek-main-clause.txt")));
    Article article = new Ingest(IngestConfig.defaults()).fromJsonRecord(record, "dek").value();
    return SharedPipeline.pipeline().brief(article).briefing();
  }

  @Test
  void theDekIsTheLeadsMainClauseAndAddsToTheHeadline() throws Exception {
    Briefing b = brief("County board votes to close Riverside clinic");
    assertThat(b.headline().text()).isEqualTo("County board votes to close Riverside clinic");
    assertThat(b.showsDek()).isTrue();
    assertThat(b.dek().text())
        .isEqualTo(
            "The Marlow County board voted on Tuesday to close the Riverside clinic by June");
    assertThat(b.summary().getFirst().text()).startsWith("The Marlow County board voted");
  }

  @Test
  void aSlugTitleGivesWayToAHeadlineFromTheLeadAndNoDekRepeatsIt() throws Exception {
    Briefing b = brief("Marlow County Board Riverside Clinic Vote June");
    assertThat(b.headline().text())
        .isEqualTo(
            "The Marlow County board voted on Tuesday to close the Riverside clinic by June");
    assertThat(b.article().title()).contains("Marlow County Board Riverside Clinic Vote June");
    assertThat(b.showsDek()).isFalse();
  }

  @Test
  void aDekThatSaysTheHeadlineAgainIsNotShown() throws Exception {
    // R21b: five of fourteen deks repeated their headline; "on Tuesday" alone adds nothing.
    Briefing b = brief("Marlow County board votes to close the Riverside clinic by June");
    assertThat(b.showsDek()).isFalse();
  }

  @Test
  void aTitleCasedHeadlineWithAVerbStays() throws Exception {
    Briefing b = brief("Marlow County Board Votes to Close Riverside Clinic");
    assertThat(b.headline().text())
        .isEqualTo("Marlow County Board Votes to Close Riverside Clinic");
  }

  @Test
  void theLeadIsNotTheSecondSentenceOfAnUpdateNote() {
    Briefing b =
        SharedPipeline.pipeline()
            .brief(SharedPipeline.article("/briefing/update-note.txt", "2025-05-05"))
            .briefing();
    assertThat(b.summary().getFirst().text()).startsWith("A county judge on Sunday ordered");
  }
}
