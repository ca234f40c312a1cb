package org.civicbrief.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.civicbrief.app.SharedPipeline;
import org.civicbrief.core.article.RawDocument;
import org.civicbrief.core.briefing.BriefItem;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.ingest.Ingest;
import org.civicbrief.ingest.IngestConfig;
import org.junit.jupiter.api.Test;

/** The source a briefing line names is who said it, never a document the sentence talks about. */
class SourcesTest {

  @Test
  void aSpeakerBeforeARelativeClauseIsTheSourceNotTheOrdinanceSheMentions() {
    byte[] md =
        SharedPipeline.resource("/fixtures/demo/02-council-zoning-vote.md")
            .getBytes(StandardCharsets.UTF_8);
    var article =
        new Ingest(IngestConfig.defaults())
            .read(
                new RawDocument(
                    "02-council-zoning-vote.md",
                    Optional.of("text/markdown"),
                    Optional.of("UTF-8"),
                    md))
            .value();
    Briefing b = SharedPipeline.pipeline().brief(article).briefing();
    List<BriefItem> items = new java.util.ArrayList<>(b.summary());
    items.addAll(b.coreFacts());
    BriefItem ordinance =
        items.stream()
            .filter(i -> i.text().contains("the ordinance already requires"))
            .findFirst()
            .orElseThrow();
    assertThat(ordinance.attributedTo()).containsExactly("Priya Raman");
  }
}
