package org.civicbrief.kb;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.civicbrief.core.civic.ConceptCard;
import org.civicbrief.core.civic.SpanishCard;

/**
 * One card file: the card and the example sentences its reviewers wrote for it.
 *
 * @param file the file name
 * @param card the card
 * @param match sentences that must trigger the card
 * @param noMatch sentences that must not
 * @param spanish the card's Spanish text, when it has one (ADR 21)
 */
record CardFile(
    String file,
    ConceptCard card,
    List<String> match,
    List<String> noMatch,
    Optional<SpanishCard> spanish) {

  CardFile(String file, ConceptCard card, List<String> match, List<String> noMatch) {
    this(file, card, match, noMatch, Optional.empty());
  }

  CardFile {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(card, "card");
    Objects.requireNonNull(spanish, "spanish");
    match = List.copyOf(match);
    noMatch = List.copyOf(noMatch);
  }
}
