package org.civicbrief.store.article;

/**
 * A submission that is stored, with the job that will brief it.
 *
 * @param articleId the article
 * @param jobId the job that briefs it (for a duplicate, the article's newest job)
 * @param duplicate true when the same content was already stored and nothing new was queued
 */
public record Submitted(long articleId, long jobId, boolean duplicate) {}
