package org.civicbrief.app.cli;

/** A problem with what the user gave us, reported as one line without a stack trace. */
final class UserError extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private final int status;

  UserError(String message, int status) {
    super(message, null, false, false);
    this.status = status;
  }

  int status() {
    return status;
  }
}
