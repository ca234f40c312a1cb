package org.civicbrief.core.text;

import java.util.Set;

/**
 * Words that, in the article's own voice rather than in a quotation, show the writer taking a
 * stance: judging or prescribing. Lower case.
 */
public final class Stance {

  /**
   * Words that judge rather than describe ("appalling", "misguided"). Only strong ones: a word news
   * reporting uses for description ("dangerous conditions") would make every story opinion.
   */
  public static final Set<String> EVALUATIVE = WordList.of("evaluative-words");

  /** Modal verbs of obligation: unattributed, the writer prescribes. */
  public static final Set<String> DEONTIC_MODALS = WordList.of("deontic-modals");

  private Stance() {}
}
