package org.civicbrief.spark.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.civicbrief.pipeline.PipelineSpec;
import org.junit.jupiter.api.Test;

class SubmitBatchTest {

  @Test
  void settingsChangeTheDefaultPipeline() {
    PipelineSpec spec =
        SubmitBatch.spec(Map.of("ingest.minWords", "40", "nlp.fineGrainedNer", "true"));
    assertThat(spec.minWords()).isEqualTo(40);
    assertThat(spec.fineGrainedNer()).isTrue();
    assertThat(spec.pipelineVersion()).as("the build's version").isNotBlank().isNotEqualTo("dev");
  }

  @Test
  void anUnknownOrBadSettingIsNamedInTheMessage() {
    assertThatThrownBy(() -> SubmitBatch.spec(Map.of("brief.threads", "4")))
        .hasMessageContaining("unknown setting brief.threads");
    assertThatThrownBy(() -> SubmitBatch.spec(Map.of("ingest.minWords", "many")))
        .hasMessage("ingest.minWords must be a whole number, got many");
  }

  @Test
  void theLocalRunnerRefusesAClusterMaster() {
    assertThatThrownBy(() -> new LocalBatch("spark://head:7077", false))
        .hasMessageContaining("spark-submit");
    new LocalBatch("local[2]", false);
  }
}
