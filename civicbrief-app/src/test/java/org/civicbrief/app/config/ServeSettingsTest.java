package org.civicbrief.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The store, job and server settings of {@code civicbrief serve}, through every layer. */
class ServeSettingsTest {

  @Test
  void defaultsServeSqliteInDataOnLoopbackPort8080() {
    ServeConfig serve = new LoadConfig(Map.of(), 8).load(null, Map.of()).serve();
    assertThat(serve.store().dataFolder()).isEqualTo(Path.of("data"));
    assertThat(serve.store().jdbcUrl()).isEmpty();
    assertThat(serve.web().host()).isEqualTo("127.0.0.1");
    assertThat(serve.web().port()).isEqualTo(8080);
    assertThat(serve.jobThreads()).isEqualTo(2);
    assertThat(serve.web().maxUploadBytes()).isEqualTo(5242880);
  }

  @Test
  void environmentAndFlagsSetTheStoreTheJobsAndTheServer() {
    ServeConfig serve =
        new LoadConfig(
                Map.of(
                    "CIVICBRIEF_STORE_JDBCURL", "jdbc:postgresql://db/civicbrief",
                    "CIVICBRIEF_STORE_USER", "civic",
                    "CIVICBRIEF_SERVER_PORT", "9000"),
                2)
            .load(
                null,
                Map.of(
                    "server.port", "9100",
                    "server.host", "0.0.0.0",
                    "jobs.threads", "1",
                    "store.dataFolder", "/srv/civicbrief",
                    "server.publicUrl", "https://briefs.example.org/",
                    "ingest.maxBytes", "1048576"))
            .serve();
    assertThat(serve.store().jdbcUrl()).hasValue("jdbc:postgresql://db/civicbrief");
    assertThat(serve.store().user()).hasValue("civic");
    assertThat(serve.store().dataFolder()).isEqualTo(Path.of("/srv/civicbrief"));
    assertThat(serve.web().port()).isEqualTo(9100);
    assertThat(serve.web().host()).isEqualTo("0.0.0.0");
    assertThat(serve.web().baseUrl(9100)).isEqualTo("https://briefs.example.org");
    assertThat(serve.web().maxUploadBytes()).isEqualTo(1048576);
    assertThat(serve.jobThreads()).isEqualTo(1);
  }

  @Test
  void aBadValueIsRefusedWithTheNameOfItsSetting() {
    LoadConfig load = new LoadConfig(Map.of(), 2);
    assertThatThrownBy(() -> load.load(null, Map.of("server.port", "eighty")))
        .hasMessageStartingWith("server.port must be a port number");
    assertThatThrownBy(() -> load.load(null, Map.of("server.port", "70000")))
        .hasMessageStartingWith("server.port must be between 0 and 65535");
    assertThatThrownBy(() -> load.load(null, Map.of("jobs.threads", "0")))
        .hasMessageStartingWith("jobs.threads must be between 1 and 64");
    assertThatThrownBy(() -> load.load(null, Map.of("store.jdbcUrl", "jdbc:mysql://x")))
        .hasMessageStartingWith("store.jdbcUrl must start with jdbc:postgresql:");
    assertThatThrownBy(() -> load.load(null, Map.of("server.publicUrl", "javascript:alert(1)")))
        .hasMessageStartingWith("server.publicUrl must be an absolute http or https URL");
  }
}
