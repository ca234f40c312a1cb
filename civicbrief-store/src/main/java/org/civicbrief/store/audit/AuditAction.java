package org.civicbrief.store.audit;

import java.util.Locale;

/** The changes the audit log records; stored by {@link #code()}. */
public enum AuditAction {
  ARTICLE_SUBMIT,
  JOB_ENQUEUE,
  BRIEFING_SAVE,
  BRIEFING_REVIEW,
  QUIZ_SAVE,
  QUESTION_REVIEW,
  USER_CREATE,
  USER_ROLES,
  USER_PASSWORD,
  TOKEN_ISSUE,
  TOKEN_REVOKE,
  ARTICLE_CARRY,
  FEED_ADD,
  FEED_REMOVE;

  /** The stored code, such as {@code briefing.review}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT).replaceFirst("_", ".");
  }

  /** The action with {@code code}. */
  public static AuditAction ofCode(String code) {
    for (AuditAction a : values()) {
      if (a.code().equals(code)) {
        return a;
      }
    }
    throw new IllegalArgumentException("unknown audit action " + code);
  }
}
