package org.civicbrief.core.story;

import java.util.List;
import java.util.Objects;

/**
 * A statement of a story-level briefing (a fact, a summary sentence, the dek), with every outlet
 * that reported it.
 *
 * @param text the statement as its displayed report words it
 * @param evidence where {@code text} came from
 * @param reports every article's report of the statement, earliest first
 * @param outlets every outlet that reported it, carriers included
 * @param attributedTo who the articles say the statement comes from, if anyone
 * @param hedged true when any report hedges it
 * @param superseded true when a later article changed or reversed it (see {@link WhatChanged})
 */
public record StoryFact(
    String text,
    StoryEvidence evidence,
    List<StoryEvidence> reports,
    List<String> outlets,
    List<String> attributedTo,
    boolean hedged,
    boolean superseded) {

  public StoryFact {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(evidence, "evidence");
    reports = List.copyOf(reports);
    outlets = List.copyOf(outlets);
    attributedTo = List.copyOf(attributedTo);
    if (reports.isEmpty()) {
      throw new IllegalArgumentException("a fact needs at least one report: " + text);
    }
  }
}
