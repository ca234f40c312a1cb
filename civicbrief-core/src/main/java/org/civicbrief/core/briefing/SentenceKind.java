package org.civicbrief.core.briefing;

/** What a sentence is in the layout of an article. */
enum SentenceKind {
  HEADLINE,
  SUBHEADING,
  BODY
}
