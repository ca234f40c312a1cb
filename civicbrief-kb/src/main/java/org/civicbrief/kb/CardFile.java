package org.civicbrief.kb;

import java.util.List;
import java.util.Objects;
import org.civicbrief.core.civic.ConceptCard;

/**
 * One card file: the card and the example sentences its reviewers wrote for it.
 *
 * @param file the file name
 * @param card the card
 * @param match sentences that must trigger the card
 * @param noMatch sentences that must not
 */
record CardFile(String file, ConceptCard card, List<String> match, List<String> noMatch) {

  CardFile {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(card, "card");
    match = List.copyOf(match);
    noMatch = List.copyOf(noMatch);
  }
}
