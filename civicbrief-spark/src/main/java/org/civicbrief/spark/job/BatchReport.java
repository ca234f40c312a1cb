package org.civicbrief.spark.job;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What a run of the batch job did; also written to {@code summary.json} in the output.
 *
 * @param input the input as given
 * @param output the output folder
 * @param records records read (blank lines left out)
 * @param briefed records briefed
 * @param skipped records ingest skipped
 * @param failed records that failed
 * @param reasons the commonest reasons records were skipped or failed, commonest first
 * @param tokens tokens in the briefed articles
 * @param partitions partitions briefed in
 * @param seconds the run's wall-clock time, reading to summary
 * @param stories stories found, when clustering was on
 * @param stored what writing into the database did, when it was asked for
 */
public record BatchReport(
    String input,
    String output,
    long records,
    long briefed,
    long skipped,
    long failed,
    List<ReasonCount> reasons,
    long tokens,
    int partitions,
    double seconds,
    Optional<Long> stories,
    Optional<StoreCounts> stored) {

  public BatchReport {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(output, "output");
    reasons = List.copyOf(reasons);
    Objects.requireNonNull(stories, "stories");
    Objects.requireNonNull(stored, "stored");
  }

  /** The report for a person: what was briefed, what was not and why, where it all went. */
  public String describe() {
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT,
            "briefed %d of %d records in %.1f s (%.2f articles/s, %d partitions)%n",
            briefed,
            records,
            seconds,
            articlesPerSecond(),
            partitions));
    if (skipped + failed > 0) {
      sb.append(
          String.format(
              Locale.ROOT,
              "%d failed, %d skipped; every record's outcome is in %s/outcomes%n",
              failed,
              skipped,
              output));
      reasons.stream()
          .limit(5)
          .forEach(
              r -> sb.append(String.format(Locale.ROOT, "  %6d  %s%n", r.count(), r.reason())));
    }
    stories.ifPresent(n -> sb.append(String.format(Locale.ROOT, "stories: %d%n", n)));
    stored.ifPresent(
        c ->
            sb.append(
                String.format(
                    Locale.ROOT,
                    "database: %d stored, %d already there, %d refused, %d placed in stories%n",
                    c.stored(),
                    c.alreadyStored(),
                    c.failed(),
                    c.inStories())));
    sb.append("output: ").append(output);
    return sb.toString();
  }

  /** Briefed articles per second of the whole run. */
  public double articlesPerSecond() {
    return seconds > 0 ? briefed / seconds : 0;
  }

  /**
   * How many records failed or were skipped for one reason.
   *
   * @param reason the one-line reason
   * @param count how many
   */
  public record ReasonCount(String reason, long count) {}

  /**
   * What writing into the database did.
   *
   * @param stored briefings stored by this run
   * @param alreadyStored briefings an earlier run had stored
   * @param failed briefings the database refused
   * @param inStories stored articles placed in the database's stories (0 without {@code --stories})
   */
  public record StoreCounts(long stored, long alreadyStored, long failed, long inStories) {}
}
