package org.civicbrief.spark;

/**
 * The batch job cannot start, for a reason the user can fix: no input there, the output exists, the
 * database is not reachable. The message is one line, for the user.
 */
public final class BatchSetupException extends RuntimeException {

  /** A setup problem described by {@code message}. */
  public BatchSetupException(String message) {
    super(message);
  }

  /** A setup problem described by {@code message}, caused by {@code cause}. */
  public BatchSetupException(String message, Throwable cause) {
    super(message, cause);
  }
}
