package org.civicbrief.core.civic;

/** Whose voice a sentence is in and what it does: report, judge, or ask the reader to act. */
public enum StatementKind {
  /** States what happened or what someone said; attributed claims are reporting. */
  REPORTING,
  /** The article's own judgement: evaluative language, a prescriptive "should", first person. */
  OPINION,
  /** A call to action: an imperative, or "should urge", "must demand" aimed at the reader. */
  ADVOCACY;

  /** True for opinion and advocacy, which never become core facts or quiz keys. */
  public boolean isOpinionOrAdvocacy() {
    return this != REPORTING;
  }
}
