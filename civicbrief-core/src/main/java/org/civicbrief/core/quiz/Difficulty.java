package org.civicbrief.core.quiz;

/** How hard a question is likely to be for a reader of the briefing. */
public enum Difficulty {
  EASY,
  MEDIUM,
  HARD
}
