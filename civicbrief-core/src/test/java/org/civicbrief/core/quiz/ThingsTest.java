package org.civicbrief.core.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ThingsTest {

  private static final Things KNOWN =
      new Things(
          Optional.of("Harbor Safety Act"), Optional.of("Ruiz v. Millbrook"), Optional.of("Ortiz"));

  @Test
  void namesTheLawTheCaseAndTheOrderTheStoryIsAbout() {
    assertThat(KNOWN.name("The bill passed the Senate 61-39 on Tuesday."))
        .isEqualTo("The Harbor Safety Act passed the Senate 61-39 on Tuesday.");
    assertThat(KNOWN.name("The case was argued in March."))
        .isEqualTo("The Ruiz v. Millbrook case was argued in March.");
    assertThat(KNOWN.name("A judge paused the order on Friday."))
        .isEqualTo("A judge paused Ortiz’s executive order on Friday.");
  }

  @Test
  void leavesAPhraseThatNamesItsOwnObjectAlone() {
    assertThat(KNOWN.name("The law of the sea applies.")).isEqualTo("The law of the sea applies.");
    assertThat(KNOWN.name("The order to evacuate stands."))
        .isEqualTo("The order to evacuate stands.");
  }

  @Test
  void leavesANounItsAppositiveNamesAlone() {
    assertThat(KNOWN.name("The case, Ruiz v. Millbrook, was argued in March."))
        .isEqualTo("The case, Ruiz v. Millbrook, was argued in March.");
    assertThat(KNOWN.name("The law, the Harbor Safety Act, took effect."))
        .isEqualTo("The law, the Harbor Safety Act, took effect.");
  }

  @Test
  void namesNothingItDoesNotKnow() {
    assertThat(Things.NONE.name("The bill passed the Senate."))
        .isEqualTo("The bill passed the Senate.");
  }
}
