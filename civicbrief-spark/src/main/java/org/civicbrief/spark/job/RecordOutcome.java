package org.civicbrief.spark.job;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Serializable;
import java.util.Iterator;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.StreamSupport;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.civicbrief.spark.job.BriefedRecord.Status;

/**
 * What the summary needs of one record: its outcome, why it was not briefed, and its tokens. Taken
 * from the briefed records when they are kept, or read back from the {@code outcomes/} the job has
 * just written when they are not (a small file per partition, against briefing them twice).
 *
 * @param status the outcome
 * @param reason why it was not briefed, or the empty string
 * @param tokens its tokens
 */
record RecordOutcome(Status status, String reason, long tokens) implements Serializable {

  RecordOutcome {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(reason, "reason");
  }

  static RecordOutcome of(BriefedRecord r) {
    return new RecordOutcome(r.status(), r.briefed() ? "" : r.reason(), r.tokens());
  }

  /** The outcomes of a run, read back from its {@code outcomes/} folder of JSON Lines. */
  static JavaRDD<RecordOutcome> read(JavaSparkContext sc, OutputFolder out) {
    return sc.textFile(out.path(OutputFolder.OUTCOMES)).mapPartitions(RecordOutcome::parse);
  }

  private static Iterator<RecordOutcome> parse(Iterator<String> lines) {
    ObjectMapper mapper = new ObjectMapper();
    Iterable<String> iterable = () -> lines;
    return StreamSupport.stream(iterable.spliterator(), false)
        .map(
            line -> {
              try {
                JsonNode n = mapper.readTree(line);
                return new RecordOutcome(
                    Status.valueOf(n.path("outcome").asText().toUpperCase(Locale.ROOT)),
                    n.path("reason").asText(""),
                    n.path("tokens").asLong());
              } catch (JsonProcessingException | IllegalArgumentException e) {
                throw new IllegalStateException("unreadable outcome line: " + line, e);
              }
            })
        .iterator();
  }

  /** Records by outcome, and their tokens. */
  record Counts(long ok, long skipped, long failed, long tokens) implements Serializable {

    Counts add(RecordOutcome o) {
      return plus(
          new Counts(
              o.status() == Status.OK ? 1 : 0,
              o.status() == Status.SKIPPED ? 1 : 0,
              o.status() == Status.FAILED ? 1 : 0,
              o.tokens()));
    }

    Counts plus(Counts o) {
      return new Counts(ok + o.ok, skipped + o.skipped, failed + o.failed, tokens + o.tokens);
    }
  }

  /** The counts of {@code outcomes}, in one pass. */
  static Counts count(JavaRDD<RecordOutcome> outcomes) {
    return outcomes.aggregate(new Counts(0, 0, 0, 0), Counts::add, Counts::plus);
  }
}
