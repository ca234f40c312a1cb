package org.civicbrief.core.briefing;

/** What kind of source an article cites. */
public enum SourceKind {
  /** The outlet that published the article itself. */
  PUBLISHER,
  /** Another news organization ("NBC News reported"). */
  OUTLET,
  /** A document: an order, a bill, a report, a statement. */
  DOCUMENT,
  /** A named or unnamed official or government body. */
  OFFICIAL,
  /** A company or another body that is not the government ("TikTok said"). */
  ORGANIZATION,
  /** An expert, analyst or other named person quoted or cited. */
  PERSON;

  /** The kind as a reader would say it ("news outlet", "official"). */
  public String label() {
    return switch (this) {
      case PUBLISHER -> "publisher";
      case OUTLET -> "news outlet";
      case DOCUMENT -> "document";
      case OFFICIAL -> "official";
      case ORGANIZATION -> "organization";
      case PERSON -> "person";
    };
  }
}
