package org.civicbrief.core.story;

/** What kind of change the newest article brings to a story. */
public enum ChangeKind {
  /** A fact no earlier article reported. */
  NEW_FACT,
  /** A number that differs from the one an earlier article gave for the same thing. */
  NUMBER_CHANGED,
  /** A statement that reverses or contradicts an earlier one. */
  REVERSED,
  /** A key actor no earlier article named. */
  NEW_ACTOR
}
