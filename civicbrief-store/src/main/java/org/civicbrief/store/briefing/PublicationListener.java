package org.civicbrief.store.briefing;

import java.sql.SQLException;
import org.civicbrief.store.db.Transaction;

/**
 * Told, inside the transaction that changes it, that a briefing's publication changed; search is
 * one. A listener that lives in the database writes in {@code tx}, so the change and what it keeps
 * of it commit together; one outside it (a Lucene index) acts in {@link Transaction#afterCommit}.
 */
public interface PublicationListener {

  /** {@code briefing} is now published. */
  void published(Transaction tx, StoredBriefing briefing) throws SQLException;

  /** The briefing with {@code briefingId} is no longer published. */
  void withdrawn(Transaction tx, long briefingId) throws SQLException;
}
