package org.civicbrief.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeUrlTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"https://news.example/a?b=c#d", "http://news.example", "HTTPS://NEWS.EXAMPLE/"})
  void http_and_https_urls_with_a_host_are_links(String url) {
    assertThat(SafeUrl.http(url)).contains(url);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "javascript://news.example/%0Aalert(1)",
        "ftp://news.example/file",
        "  javascript:alert(1)",
        "java\tscript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox(1)",
        "//news.example/a",
        "/relative/path",
        "https:///no-host",
        "https://news.example/a\"onmouseover=\"alert(1)",
        "https://news.example/<script>",
        "https://news.example/a b",
        ""
      })
  void anything_else_is_refused(String url) {
    assertThat(SafeUrl.http(url)).isEmpty();
  }
}
