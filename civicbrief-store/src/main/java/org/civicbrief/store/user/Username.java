package org.civicbrief.store.user;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The rule for user names: 1 to 64 of {@code a-z 0-9 . _ -}, compared without case. */
final class Username {

  private static final Pattern VALID = Pattern.compile("[a-z0-9._-]{1,64}");

  private Username() {}

  /** The normalized name, or empty when {@code raw} breaks the rule. */
  static Optional<String> normalize(String raw) {
    String name = raw.strip().toLowerCase(Locale.ROOT);
    return VALID.matcher(name).matches() ? Optional.of(name) : Optional.empty();
  }

  static String rule(String raw) {
    return "user name \""
        + raw
        + "\" must be 1 to 64 letters, digits, dots, underscores or hyphens";
  }
}
