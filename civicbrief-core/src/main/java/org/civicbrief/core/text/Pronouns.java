package org.civicbrief.core.text;

import java.util.Set;

/** Closed classes of pronouns, lower case, that the briefing and statement classification share. */
public final class Pronouns {

  /** First-person pronouns: outside a quotation they are the writer speaking. */
  public static final Set<String> FIRST_PERSON = WordList.of("first-person");

  /**
   * Relative pronouns: a role ends where its relative clause begins, and a reporting verb after one
   * is in a subordinate clause.
   */
  public static final Set<String> RELATIVE = WordList.of("relative-pronouns");

  private Pronouns() {}
}
