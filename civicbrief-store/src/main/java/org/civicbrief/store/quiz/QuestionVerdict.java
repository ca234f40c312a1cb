package org.civicbrief.store.quiz;

import java.util.Locale;

/** An editor's verdict on one quiz question. */
public enum QuestionVerdict {
  /** Shown as written. */
  APPROVED,
  /** Shown with the editor's text. */
  EDITED,
  /** Not shown. */
  REJECTED;

  /** The stored code, such as {@code edited}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  static QuestionVerdict ofCode(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }
}
