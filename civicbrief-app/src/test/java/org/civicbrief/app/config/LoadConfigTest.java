package org.civicbrief.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadConfigTest {

  @TempDir Path dir;

  @Test
  void layersDefaultsFileEnvironmentAndFlagsInThatOrder() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("c.properties"),
            "ingest.minWords=10\ningest.maxRedirects=2\nbrief.threads=3\n");
    Map<String, String> env =
        Map.of("CIVICBRIEF_INGEST_MINWORDS", "20", "CIVICBRIEF_BRIEF_THREADS", "4");
    CivicbriefConfig c = new LoadConfig(env, 8).load(file, Map.of("brief.threads", "5"));
    assertThat(c.ingest().minWords()).isEqualTo(20);
    assertThat(c.ingest().maxRedirects()).isEqualTo(2);
    assertThat(c.threads()).isEqualTo(5);
    assertThat(new LoadConfig(Map.of(), 8).load(null, Map.of()).threads()).isEqualTo(8);
  }

  @Test
  void namesTheSettingAndWhatItTakesWhenAValueIsWrong() {
    assertThatThrownBy(
            () -> new LoadConfig(Map.of(), 2).load(null, Map.of("nlp.fineGrainedNer", "maybe")))
        .hasMessageContaining("nlp.fineGrainedNer")
        .hasMessageContaining("true or false");
    assertThatThrownBy(() -> new LoadConfig(Map.of(), 2).load(null, Map.of("ingest.size", "1")))
        .hasMessageContaining("unknown setting 'ingest.size'");
  }
}
