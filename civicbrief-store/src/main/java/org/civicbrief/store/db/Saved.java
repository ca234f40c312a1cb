package org.civicbrief.store.db;

/**
 * A row that a save wrote or found.
 *
 * @param id the row's id
 * @param now true when this save wrote it, false when an earlier one had
 */
public record Saved(long id, boolean now) {}
