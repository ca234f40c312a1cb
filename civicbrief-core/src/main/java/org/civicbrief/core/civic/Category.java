package org.civicbrief.core.civic;

import java.util.Locale;

/** The kind of civic concept a card explains. */
public enum Category {
  LAW,
  TREATY,
  CONSTITUTIONAL_PROVISION,
  INSTITUTION,
  PROCESS,
  OFFICE,
  RIGHT;

  /** The key used in card files, such as {@code constitutional-provision}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The label shown to readers, such as {@code constitutional provision}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /**
   * The category with the given file key.
   *
   * @throws IllegalArgumentException naming the allowed keys when {@code key} is none of them
   */
  public static Category fromKey(String key) {
    for (Category c : values()) {
      if (c.key().equals(key)) {
        return c;
      }
    }
    StringBuilder allowed = new StringBuilder();
    for (Category c : values()) {
      allowed.append(allowed.isEmpty() ? "" : ", ").append(c.key());
    }
    throw new IllegalArgumentException("unknown category '" + key + "'; allowed: " + allowed);
  }
}
