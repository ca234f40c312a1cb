package org.civicbrief.core.briefing;

/** Looks up the usual grammatical gender of a first name, to match "he" and "she" to people. */
@FunctionalInterface
public interface NameGender {

  /** The gender a first name usually goes with. */
  Gender of(String firstName);

  /** A lookup that knows no names; pronouns then resolve by position alone. */
  static NameGender unknown() {
    return name -> Gender.UNKNOWN;
  }

  /** A pronoun's gender. */
  enum Gender {
    MALE,
    FEMALE,
    UNKNOWN;

    /**
     * True when a person of gender {@code this} can be referred to by a pronoun of {@code other}.
     */
    public boolean agrees(Gender other) {
      return this == UNKNOWN || other == UNKNOWN || this == other;
    }
  }
}
