package org.civicbrief.core.quiz;

/** What a question asks. */
public enum QuestionKind {
  /** Who said a quotation. */
  WHO_SAID,
  /** Who holds a role the article states. */
  WHO_IS,
  /** A number with its unit. */
  HOW_MANY,
  /** The date of an event. */
  WHEN,
  /** The actor, action, document, law or organization of a core fact. */
  WHAT,
  /** A key phrase of a core fact, blanked out. */
  FILL_IN_BLANK,
  /** A core fact, true as stated or made false by swapping a value for another from the article. */
  TRUE_FALSE,
  /** Background about a civic concept the story touches, from the knowledge base. */
  CONCEPT
}
