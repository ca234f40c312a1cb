package org.civicbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IngestConfigTest {

  @Test
  void hasSafeDefaults() {
    IngestConfig config = IngestConfig.defaults();
    assertThat(config.maxBytes()).isEqualTo(5L * 1024 * 1024);
    assertThat(config.minWords()).isEqualTo(60);
    assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(config.timeout()).isEqualTo(Duration.ofSeconds(20));
    assertThat(config.maxRedirects()).isEqualTo(5);
    assertThat(config.allowedHosts()).isEmpty();
    assertThat(config.userAgent()).startsWith("civicbrief/");
  }

  @Test
  void namesTheSettingAndTheAllowedValuesWhenAValueIsWrong() {
    assertThatThrownBy(() -> IngestConfig.defaults().withMaxBytes(0))
        .hasMessage("ingest.maxBytes must be between 1 and 1073741824 (1 GiB), got 0");
    assertThatThrownBy(() -> IngestConfig.defaults().withMinWords(0))
        .hasMessage("ingest.minWords must be between 1 and 100000, got 0");
    assertThatThrownBy(() -> IngestConfig.defaults().withMaxRedirects(21))
        .hasMessage("ingest.maxRedirects must be between 0 and 20, got 21");
    assertThatThrownBy(
            () -> IngestConfig.defaults().withTimeouts(Duration.ZERO, Duration.ofSeconds(1)))
        .hasMessage("ingest.connectTimeout must be more than 0 and at most 10 minutes, got PT0S");
    assertThatThrownBy(() -> IngestConfig.defaults().withUserAgent("bad\r\nHeader: x"))
        .hasMessageStartingWith("ingest.userAgent must be printable ASCII on one line");
  }

  @Test
  void refusesAllowedHostsWithSchemePortOrPath() {
    for (String bad : new String[] {"http://intranet", "intranet:8080", "intranet/path", " "}) {
      assertThatThrownBy(() -> IngestConfig.defaults().withAllowedHosts(Set.of(bad)))
          .hasMessageStartingWith("ingest.allowedHosts entries are host names or IP addresses");
    }
  }

  @Test
  void matchesAllowedHostsWhateverTheirCaseBracketsOrIpv6Spelling() {
    IngestConfig config = IngestConfig.defaults().withAllowedHosts(Set.of("LocalHost", "::1"));
    assertThat(config.allows("localhost")).isTrue();
    assertThat(config.allows("localhost.")).isTrue();
    assertThat(config.allows("[0:0:0:0:0:0:0:1]")).isTrue();
    assertThat(config.allows("127.0.0.1")).isFalse();
  }

  @Test
  void describesSizesAndDurationsForReaders() {
    assertThat(IngestConfig.describeBytes(5L * 1024 * 1024)).isEqualTo("5 MiB");
    assertThat(IngestConfig.describeBytes(1536)).isEqualTo("1.5 KiB");
    assertThat(IngestConfig.describeBytes(100)).isEqualTo("100 bytes");
    assertThat(IngestConfig.describeDuration(Duration.ofSeconds(20))).isEqualTo("20 s");
    assertThat(IngestConfig.describeDuration(Duration.ofMillis(250))).isEqualTo("250 ms");
  }
}
