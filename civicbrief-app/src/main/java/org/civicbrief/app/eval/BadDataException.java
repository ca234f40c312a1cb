package org.civicbrief.app.eval;

/** Evaluation data that cannot be used, with a one-line message that says where and why. */
public final class BadDataException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** A problem described by {@code message}, such as {@code data.jsonl:12: no "article" field}. */
  public BadDataException(String message) {
    super(message, null, false, false);
  }
}
