package org.civicbrief.core.civic;

import java.util.Locale;

/** The kinds of legal citation a story can contain. */
public enum CitationKind {
  /** A title or section of the United States Code: "8 U.S.C. § 1182(f)", "Title 10". */
  US_CODE,
  /** A section of a named act: "Section 232 of the Trade Expansion Act". */
  ACT_SECTION,
  /** A public law by number: "Pub. L. 118-50". */
  PUBLIC_LAW,
  /** A part or section of the Code of Federal Regulations: "8 CFR 214.2". */
  REGULATION,
  /** An article, section, clause or amendment of the U.S. Constitution. */
  CONSTITUTION,
  /** A court case by name: "Trump v. United States". */
  CASE,
  /** A presidential executive order by number: "Executive Order 14160". */
  EXECUTIVE_ORDER;

  /** The label shown to readers, such as {@code executive order}. */
  public String label() {
    return switch (this) {
      case US_CODE -> "U.S. Code";
      case ACT_SECTION -> "act";
      case PUBLIC_LAW -> "public law";
      case REGULATION -> "regulation";
      case CONSTITUTION -> "Constitution";
      case CASE -> "case";
      case EXECUTIVE_ORDER -> "executive order";
    };
  }

  /** The key used in JSON and tests, such as {@code us-code}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
