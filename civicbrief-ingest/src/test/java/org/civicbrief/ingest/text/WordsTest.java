package org.civicbrief.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordsTest {

  @Test
  void countsWordsIgnoringPunctuation() {
    assertThat(Words.count("The council's vote -- 6 to 3 -- was well-known.")).isEqualTo(8);
  }

  @Test
  void countsNothingInBlankText() {
    assertThat(Words.count(" \n\t ")).isZero();
  }
}
