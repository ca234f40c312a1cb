package org.civicbrief.app.eval;

/**
 * Counts behind the quote scores.
 *
 * @param articles articles scored
 * @param predicted quotations the detector reported
 * @param correct reported quotations that overlap a gold direct quote
 * @param gold gold direct quotes
 * @param found gold direct quotes that some reported quotation overlaps
 * @param speakerRight correct quotations whose speaker is the gold source
 * @param named correct quotations reported with a named speaker
 * @param viaPronoun correct quotations whose speaker was found through a pronoun
 * @param goldNamed correct quotations whose gold source is a name rather than a pronoun
 * @param goldNamedRight of those, the ones whose speaker is the gold source
 */
public record QuoteScores(
    int articles,
    int predicted,
    int correct,
    int gold,
    int found,
    int speakerRight,
    int named,
    int viaPronoun,
    int goldNamed,
    int goldNamedRight) {

  /** Share of reported quotations that are gold direct quotes. */
  public double precision() {
    return predicted == 0 ? 0 : correct / (double) predicted;
  }

  /** Share of gold direct quotes reported. */
  public double recall() {
    return gold == 0 ? 0 : found / (double) gold;
  }

  /** Share of correct quotations attributed to the gold source. */
  public double speakerAccuracy() {
    return correct == 0 ? 0 : speakerRight / (double) correct;
  }
}
