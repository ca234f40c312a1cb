package org.civicbrief.store.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentHashTest {

  @Test
  void theSameTextWithOtherWhitespaceOrNormalizationHasTheSameHash() {
    assertThat(ContentHash.of("  Caf\u00e9 opens\n\nat  noon "))
        .isEqualTo(ContentHash.of("Cafe\u0301 opens at noon"));
  }

  @Test
  void theHashIsTheStoresSha256OfTheNormalizedText() {
    // SHA-256 of "abc" once the whitespace of "  abc\n".
    assertThat(ContentHash.of("  abc\n"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }
}
