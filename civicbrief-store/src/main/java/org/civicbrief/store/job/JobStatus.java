package org.civicbrief.store.job;

import java.util.Locale;

/** Where a job is in its life: waiting, being worked on, finished, or given up on. */
public enum JobStatus {
  QUEUED,
  RUNNING,
  DONE,
  FAILED;

  /** The stored code, such as {@code queued}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  static JobStatus ofCode(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }
}
