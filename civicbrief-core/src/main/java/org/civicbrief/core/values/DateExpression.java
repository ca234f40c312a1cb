package org.civicbrief.core.values;

import java.util.Objects;

/**
 * A date expression found in text and what it resolves to.
 *
 * @param start character offset in the article text
 * @param end character offset just past the expression
 * @param value ISO 8601 at the stated precision ({@code 2025-01-20}, {@code 2025-01}, {@code
 *     2025}), or the empty string when it cannot be resolved (a relative date with nothing to
 *     resolve it against)
 * @param approximate true when the value was resolved from a relative or partial expression, or is
 *     qualified ("late January")
 */
public record DateExpression(int start, int end, String value, boolean approximate) {

  public DateExpression {
    Objects.requireNonNull(value, "value");
    if (end <= start) {
      throw new IllegalArgumentException("empty date expression at " + start);
    }
  }

  /** True when the expression resolved to a calendar date, month or year. */
  public boolean resolved() {
    return !value.isEmpty();
  }

  /** The value as stored in an entity mention: a leading {@code ~} marks an approximate value. */
  public String normalized() {
    return resolved() && approximate ? "~" + value : value;
  }
}
