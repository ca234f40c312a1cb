package org.civicbrief.store.job;

import org.civicbrief.core.common.Outcome;

/**
 * The work a job stands for; the application plugs the briefing pipeline in here.
 *
 * <p>{@code ok(note)} and {@code skipped(reason)} finish the job; {@code failed(reason)} fails it
 * for good (bad input will not get better); an exception is treated as transient and the job is
 * tried again later, up to its maximum attempts. A handler may run again for a job it already
 * finished if the process dies before the queue records the result, so it must be idempotent
 * (saving a briefing is: see {@code Briefings.save}).
 */
@FunctionalInterface
public interface JobHandler {

  /** Does the job. */
  Outcome<String> handle(Job job) throws Exception;
}
