package org.civicbrief.store.briefing;

/**
 * Told after a briefing's publication changed and the change committed; the search index is one.
 */
public interface PublicationListener {

  /** {@code briefing} is now published. */
  void published(StoredBriefing briefing);

  /** The briefing with {@code briefingId} is no longer published. */
  void withdrawn(long briefingId);
}
