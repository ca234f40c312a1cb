package org.civicbrief.store.search;

import java.util.List;

/**
 * A page of search hits.
 *
 * @param total how many briefings matched in all
 * @param hits the requested page, best first (newest first for a search without words)
 */
public record SearchResults(long total, List<SearchHit> hits) {

  public SearchResults {
    hits = List.copyOf(hits);
  }
}
