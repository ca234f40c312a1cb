package org.civicbrief.app.eval;

/**
 * A character span of a text, end-exclusive.
 *
 * @param begin offset of the first character
 * @param end offset just past the last character
 */
record Span(int begin, int end) {

  Span {
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("bad span " + begin + "-" + end);
    }
  }

  boolean overlaps(Span other) {
    return begin < other.end && other.begin < end;
  }

  int overlap(Span other) {
    return Math.max(0, Math.min(end, other.end) - Math.max(begin, other.begin));
  }
}
