package org.civicbrief.core.briefing;

/** How much of a date the article states. */
public enum DatePrecision {
  DAY,
  MONTH,
  YEAR
}
