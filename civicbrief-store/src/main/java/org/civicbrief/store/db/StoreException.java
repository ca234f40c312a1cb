package org.civicbrief.store.db;

/**
 * The database or the search index failed: unreachable, full, corrupt, or a bug in the store. Not
 * used for expected problems (a taken user name, an illegal review step), which are values.
 */
public final class StoreException extends RuntimeException {

  /** An exception with a message that says what the store was doing. */
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  /** An exception without a cause. */
  public StoreException(String message) {
    super(message);
  }
}
