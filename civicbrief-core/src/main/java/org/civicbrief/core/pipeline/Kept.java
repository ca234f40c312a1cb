package org.civicbrief.core.pipeline;

/**
 * Where a kept briefing lives.
 *
 * @param articleId the article's row
 * @param briefingId the briefing's row
 * @param before true when an earlier run had kept it already, so nothing was written
 */
public record Kept(long articleId, long briefingId, boolean before) {}
