package org.civicbrief.store.user;

import java.util.Locale;

/** What a user may do: read, edit and review, or administer users. */
public enum Role {
  READER,
  EDITOR,
  ADMIN;

  /** The stored code, such as {@code editor}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  static Role ofCode(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }
}
