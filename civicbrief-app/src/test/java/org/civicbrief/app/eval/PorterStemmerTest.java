package org.civicbrief.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PorterStemmerTest {

  private final PorterStemmer stemmer = new PorterStemmer();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    // Examples from Porter's paper, carried through all five steps.
    "caresses, caress",
    "ponies, poni",
    "cats, cat",
    "feed, feed",
    "agreed, agre",
    "plastered, plaster",
    "motoring, motor",
    "sing, sing",
    "conflated, conflat",
    "troubled, troubl",
    "sized, size",
    "hopping, hop",
    "falling, fall",
    "hissing, hiss",
    "fizzed, fizz",
    "failing, fail",
    "filing, file",
    "happy, happi",
    "relational, relat",
    "generalizations, gener",
    "oscillators, oscil",
    "adjustment, adjust",
    "effective, effect",
    "adoption, adopt",
    "electrical, electr",
    "hopefulness, hope",
    "controlling, control"
  })
  void stemsAsThePublishedAlgorithmDoes(String word, String stem) {
    assertThat(stemmer.stem(word)).isEqualTo(stem);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"dies, die", "died, die", "spied, spi", "news, news", "dying, die", "enjoy, enjoy"})
  void followsNltkWhereItDepartsFromThePaper(String word, String stem) {
    assertThat(stemmer.stem(word)).isEqualTo(stem);
  }

  @Test
  void measuresVowelConsonantSequences() {
    assertThat(PorterStemmer.measure("tr")).isZero();
    assertThat(PorterStemmer.measure("trouble")).isEqualTo(1);
    assertThat(PorterStemmer.measure("oaten")).isEqualTo(2);
  }
}
