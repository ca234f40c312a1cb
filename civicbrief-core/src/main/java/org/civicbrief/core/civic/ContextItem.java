package org.civicbrief.core.civic;

import java.util.List;
import java.util.Objects;
import org.civicbrief.core.briefing.Evidence;

/**
 * One "Why this matters" sentence: which concept the story touches and where, with the article text
 * it rests on and the card that explains the concept.
 *
 * @param text the sentence shown to readers: a template filled with card text and the quoted
 *     article span
 * @param evidence the quoted article span
 * @param citation the card and its primary source
 * @param voice whether the quoted span is reporting or the article's own opinion
 * @param cited the article's own citations of the card's provision ("10 U.S.C. § 251"), with their
 *     links; these are not listed again among the briefing's other citations
 */
public record ContextItem(
    String text,
    Evidence evidence,
    Citation citation,
    StatementKind voice,
    List<LegalCitation> cited) {

  public ContextItem {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(citation, "citation");
    Objects.requireNonNull(voice, "voice");
    // Briefings stored before citations were found have none.
    cited = cited == null ? List.of() : List.copyOf(cited);
    if (voice == StatementKind.ADVOCACY) {
      throw new IllegalArgumentException("advocacy is never evidence for why a story matters");
    }
  }

  /** An item that carries none of the article's citations. */
  public ContextItem(String text, Evidence evidence, Citation citation, StatementKind voice) {
    this(text, evidence, citation, voice, List.of());
  }
}
