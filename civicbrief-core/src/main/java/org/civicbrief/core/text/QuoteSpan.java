package org.civicbrief.core.text;

/**
 * A span of text between quotation marks.
 *
 * @param start offset of the opening mark
 * @param end offset just past the closing mark (or the paragraph end when the quote runs on)
 * @param innerStart offset of the first quoted character
 * @param innerEnd offset just past the last quoted character
 * @param words how many words the quote has
 * @param label true for a scare quote: one to three words used as a label, not a statement
 */
public record QuoteSpan(
    int start, int end, int innerStart, int innerEnd, int words, boolean label) {

  /** True when {@code offset} is inside the marks (or is one). */
  public boolean contains(int offset) {
    return offset >= start && offset < end;
  }
}
