package org.civicbrief.core.civic;

import java.util.Objects;

/**
 * The card an item rests on and the primary text behind it.
 *
 * @param cardId the card's id
 * @param title the primary source's title
 * @param url the primary source's official address
 */
public record Citation(String cardId, String title, String url) {

  public Citation {
    Objects.requireNonNull(cardId, "cardId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(url, "url");
  }
}
