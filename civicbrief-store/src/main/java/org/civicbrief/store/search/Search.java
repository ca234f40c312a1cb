package org.civicbrief.store.search;

import org.civicbrief.store.briefing.Briefings;
import org.civicbrief.store.briefing.PublicationListener;
import org.civicbrief.store.briefing.StoredBriefing;
import org.civicbrief.store.db.Transaction;

/**
 * Full-text search over the published briefings, kept up to date by following publication. The
 * store picks the engine by its database: PostgreSQL's own full-text search, which every server on
 * the database shares ({@link PostgresSearch}), or a Lucene index in the data folder beside a
 * SQLite file ({@link SearchIndex}). The database stays the record; either can be rebuilt from it.
 */
public sealed interface Search extends PublicationListener, AutoCloseable
    permits SearchIndex, PostgresSearch, Search.Unavailable {

  /** Runs a search. */
  SearchResults search(SearchQuery query);

  /** True when search holds no briefing. */
  boolean isEmpty();

  /** Replaces what search holds with the published briefings in the database; returns how many. */
  int rebuild(Briefings briefings);

  @Override
  void close();

  /**
   * No search, for a store opened to manage accounts beside a running server that holds the Lucene
   * index: it refuses to search and to publish, since a publication it let through would be missing
   * from the server's index.
   */
  enum Unavailable implements Search {
    /** The one value. */
    INSTANCE;

    private static final String WHY =
        "this store was opened without its search index (a server holds it); publish and search"
            + " through the server";

    @Override
    public SearchResults search(SearchQuery query) {
      throw new IllegalStateException(WHY);
    }

    @Override
    public boolean isEmpty() {
      return true;
    }

    @Override
    public int rebuild(Briefings briefings) {
      throw new IllegalStateException(WHY);
    }

    @Override
    public void published(Transaction tx, StoredBriefing briefing) {
      throw new IllegalStateException(WHY);
    }

    @Override
    public void withdrawn(Transaction tx, long briefingId) {
      throw new IllegalStateException(WHY);
    }

    @Override
    public void close() {
      // Nothing to close.
    }
  }
}
