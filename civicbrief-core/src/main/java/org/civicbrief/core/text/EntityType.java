package org.civicbrief.core.text;

/** The kinds of named entity and value the pipeline recognizes. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  LOCATION,
  MISC,
  DATE,
  TIME,
  DURATION,
  SET,
  MONEY,
  NUMBER,
  ORDINAL,
  PERCENT;

  /**
   * Maps a CoNLL-, CoreNLP- or AnCora-style tag ({@code PER}, {@code PERSON}, {@code PERS}, {@code
   * LUG}, ...) to a type.
   */
  public static EntityType fromTag(String tag) {
    return switch (tag) {
      case "PER", "PERS", "PERSON" -> PERSON;
      case "ORG", "ORGANIZATION" -> ORGANIZATION;
      case "LOC", "LUG", "LOCATION", "GPE", "COUNTRY", "CITY", "STATE_OR_PROVINCE" -> LOCATION;
      case "DATE" -> DATE;
      case "TIME" -> TIME;
      case "DURATION" -> DURATION;
      case "SET" -> SET;
      case "MONEY" -> MONEY;
      case "NUMBER" -> NUMBER;
      case "ORDINAL" -> ORDINAL;
      case "PERCENT" -> PERCENT;
      default -> MISC;
    };
  }

  /** True for the types that name something (people, organizations, places, other names). */
  public boolean isName() {
    return this == PERSON || this == ORGANIZATION || this == LOCATION || this == MISC;
  }
}
