package org.civicbrief.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * `eval clusters` reads a record's date as `serve` does: "published", else "published_inferred".
 */
class ClustersEvalDatesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void readsThePublishedDateThenTheInferredOneAndIgnoresWhatIsNoDate() throws Exception {
    assertThat(ClustersEval.published(JSON.readTree("{\"published\": \"2025-03-16T09:00:00Z\"}")))
        .contains(LocalDate.of(2025, 3, 16));
    assertThat(
            ClustersEval.published(
                JSON.readTree("{\"published\": null, \"published_inferred\": \"2024-11-05\"}")))
        .contains(LocalDate.of(2024, 11, 5));
    assertThat(ClustersEval.published(JSON.readTree("{\"published\": \"last week\"}"))).isEmpty();
    assertThat(ClustersEval.published(JSON.readTree("{}"))).isEmpty();
  }
}
