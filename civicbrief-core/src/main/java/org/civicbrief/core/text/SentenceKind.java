package org.civicbrief.core.text;

/** What a sentence is in the layout of an article. */
public enum SentenceKind {
  /** The article's title, when the text opens with it. */
  HEADLINE,
  /** A short title-case line standing alone between paragraphs. */
  SUBHEADING,
  /** Everything a reader reads as the article itself. */
  BODY
}
