package org.civicbrief.core.civic;

import java.util.List;

/**
 * What the project's own fixture article, {@code examples/guard-deployment.txt}, touches in the
 * knowledge base, for the acceptance tests with either annotator.
 */
public final class GuardFixture {

  private GuardFixture() {}

  /** The guard's status, the compact and the court order: concepts the article must touch. */
  public static final List<String> CONCEPTS =
      List.of(
          "national-guard",
          "state-active-duty",
          "compact-clause",
          "temporary-restraining-order",
          "cbp");

  /** Federal chambers and departments the article names in passing but is not about. */
  public static final List<String> NOT_CONCEPTS =
      List.of(
          "us-senate", "house-of-representatives", "speaker-of-the-house", "justice-department");
}
