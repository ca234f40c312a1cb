package org.civicbrief.core.civic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PatternSyntaxTest {

  @Test
  void aSpaceMatchesAnyRunOfWhitespaceAndAnApostropheEitherApostrophe() {
    assertThat(
            PatternSyntax.compile("state's water", false)
                .matcher("the State’s \u00a0 water")
                .find())
        .isTrue();
  }

  @Test
  void aPatternMatchesOnlyWholeWords() {
    assertThat(PatternSyntax.compile("levee", false).matcher("the levees held").find()).isFalse();
    assertThat(PatternSyntax.compile("levee", false).matcher("the levee held").find()).isTrue();
  }

  @Test
  void anInvalidPatternIsNamedInTheError() {
    assertThatThrownBy(() -> PatternSyntax.compile("levee (", false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'levee ('");
  }
}
