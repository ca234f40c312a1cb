package org.civicbrief.core.briefing;

import java.util.regex.Pattern;
import org.civicbrief.core.text.Sentence;

/** Chooses the lead, the first body sentence that states the story: the briefing's dek. */
final class ChooseLead {

  /** "Editor's note: …", "UPDATE (June 12): …": the outlet speaking about the story. */
  private static final Pattern EDITORS_NOTE =
      Pattern.compile("^(?i:editor['’]s note|update|correction|clarification)\\b[^:]{0,60}:");

  /** True for a note from the outlet about the story rather than a sentence of it. */
  static boolean isEditorsNote(Sentence s) {
    return EDITORS_NOTE.matcher(s.text()).find();
  }

  Sentence choose(Analysis a) {
    int note = -1;
    for (Sentence s : a.body()) {
      if (isEditorsNote(s)) {
        note = s.paragraph();
        continue;
      }
      // The rest of a note's paragraph is the note too ("UPDATE (…): … The panel set a hearing
      // for June 17, …"): the story begins in the next paragraph (R20: a note's second sentence
      // as the lead).
      if (s.paragraph() != note && !a.mostlyQuoted(s) && ExtractFacts.wordCount(s) >= 6) {
        return s;
      }
    }
    return a.body().isEmpty() ? a.sentences.getFirst() : a.body().getFirst();
  }
}
