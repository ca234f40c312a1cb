package org.civicbrief.core.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import org.civicbrief.core.civic.TinyAnnotator;
import org.junit.jupiter.api.Test;

/** The place and date line a wire story opens with is no part of the sentence a reader is shown. */
class DatelineTest {

  private static String firstShown(String text) {
    Analysis a = new Analysis(TinyAnnotator.annotate(text));
    return a.display(a.shown(a.sentence(0)), a.sentence(0));
  }

  @Test
  void leavesOutTheDatelineInTheFormsWireCopyUses() {
    assertThat(firstShown("HARBOR FALLS — The council voted on Monday to close the ferry."))
        .isEqualTo("The council voted on Monday to close the ferry.");
    assertThat(firstShown("LAKEMOOR— The council voted on Monday to close the ferry."))
        .isEqualTo("The council voted on Monday to close the ferry.");
    assertThat(firstShown("(LAKEMOOR) — The council voted on Monday to close the ferry."))
        .isEqualTo("The council voted on Monday to close the ferry.");
    assertThat(
            firstShown(
                "September 2, 2025 - LAKEMOOR, Alder - The council voted on Monday to close it."))
        .isEqualTo("The council voted on Monday to close it.");
    assertThat(firstShown("LAKEMOOR, Alder – June 3, 2025 — The council voted to close it."))
        .isEqualTo("The council voted to close it.");
  }

  @Test
  void leavesOutAnOutletsCreditBeforeADash() {
    assertThat(firstShown("Bloomberg — The council voted on Monday to close the ferry."))
        .isEqualTo("The council voted on Monday to close the ferry.");
    assertThat(firstShown("Harbor Falls — The council voted on Monday to close the ferry."))
        .as("a place that is no outlet keeps its words")
        .startsWith("Harbor Falls");
  }

  @Test
  void leavesOutASpanishLeadingConnective() {
    assertThat(firstShown("Sin embargo, el cabildo aprobó el lunes el cierre del muelle."))
        .isEqualTo("El cabildo aprobó el lunes el cierre del muelle.");
  }
}
