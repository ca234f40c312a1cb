package org.civicbrief.web.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The fast path takes exactly the briefing page's address and leaves every other to Javalin. */
class CachedPagesTest {

  @Test
  void onlyTheBriefingPageItselfIsServedFromTheCache() {
    assertThat(CachedPages.briefingId("/briefings/12")).isEqualTo(12);
    assertThat(CachedPages.briefingId("/briefings/12/")).isEqualTo(12);
    assertThat(CachedPages.briefingId("/briefings/12/quiz")).isEqualTo(-1);
    assertThat(CachedPages.briefingId("/briefings/12/article")).isEqualTo(-1);
    assertThat(CachedPages.briefingId("/briefings/")).isEqualTo(-1);
    assertThat(CachedPages.briefingId("/briefings/1a")).isEqualTo(-1);
    assertThat(CachedPages.briefingId("/briefings/-1")).isEqualTo(-1);
    assertThat(CachedPages.briefingId("/briefings/1234567890123456789")).isEqualTo(-1);
    assertThat(CachedPages.briefingId("/editor/briefings/12")).isEqualTo(-1);
    assertThat(CachedPages.briefingId(null)).isEqualTo(-1);
  }
}
