package org.civicbrief.core.civic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubstringsTest {

  private static final List<String> STRINGS =
      List.of("levee", "lev", "evee", "board", "oar", "u.s.", "12(b)");

  private static List<String> found(String text) {
    BitSet found = new BitSet();
    new Substrings(STRINGS).findIn(text, 0, text.length(), found);
    return found.stream().mapToObj(STRINGS::get).toList();
  }

  @Test
  void findsEveryStringTheTextHoldsEvenInsideAnotherOrOverlapping() {
    assertThat(found("The Levee Board met."))
        .containsExactly("levee", "lev", "evee", "board", "oar");
    assertThat(found("a levy on boats")).containsExactly("lev");
  }

  @Test
  void findsSignsAndDigitsAsTheyStand() {
    assertThat(found("under U.S. rule 12(b), the motion")).containsExactly("u.s.", "12(b)");
    assertThat(found("under US rule 12b")).isEmpty();
  }

  @Test
  void readsTheTextFoldedAsCaseInsensitiveMatchingDoes() {
    assertThat(found("BOARD")).containsExactly("board", "oar");
    assertThat(found("LEV\u0130ES")).containsExactly("lev"); // the dotted capital I folds to i
    assertThat(found("\u212Aevee")).containsExactly("evee");
  }

  @Test
  void looksOnlyBetweenTheBoundsItIsGiven() {
    String text = "board and levee";
    BitSet found = new BitSet();
    new Substrings(STRINGS).findIn(text, 0, 9, found);
    assertThat(found.stream().mapToObj(STRINGS::get)).containsExactly("board", "oar");
  }

  @Test
  void refusesStringsItCouldNeverFind() {
    assertThatThrownBy(() -> new Substrings(List.of("")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Substrings(List.of("Levee")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
