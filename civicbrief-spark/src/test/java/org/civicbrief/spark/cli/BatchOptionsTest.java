package org.civicbrief.spark.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.civicbrief.ingest.IngestConfig;
import org.civicbrief.nlp.corenlp.NlpConfig;
import org.civicbrief.pipeline.PipelineSpec;
import org.civicbrief.spark.io.Format;
import org.civicbrief.spark.job.BatchSettings;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

class BatchOptionsTest {

  private static final PipelineSpec SPEC =
      PipelineSpec.of(IngestConfig.defaults(), NlpConfig.defaults(), "test");

  @Command(name = "batch")
  static final class Batch {
    @Mixin BatchOptions options;
  }

  private static BatchSettings parse(Map<String, String> env, String... args) {
    Batch b = new Batch();
    new CommandLine(b).parseArgs(args);
    return b.options.settings(SPEC, env);
  }

  @Test
  void theDefaultsReadByFileNameAndWriteJsonLines() {
    BatchSettings s = parse(Map.of(), "--in", "corpus/", "--out", "out/");
    assertThat(s.inputFormat()).isEmpty();
    assertThat(s.outputFormat()).isEqualTo(Format.JSONL);
    assertThat(s.stories()).isEmpty();
    assertThat(s.store()).isEmpty();
    assertThat(s.partitions()).isZero();
  }

  @Test
  void storiesDatabaseAndFormatsAreTakenFromTheirOptions() {
    BatchSettings s =
        parse(
            Map.of(BatchOptions.PASSWORD_VARIABLE, "s3cret"),
            "--in",
            "hdfs://nn/corpus",
            "--out",
            "hdfs://nn/out",
            "--in-format",
            "PARQUET",
            "--out-format",
            "parquet",
            "--stories",
            "--story-window",
            "5",
            "--story-threshold",
            "0.8",
            "--db",
            "jdbc:postgresql://db/civicbrief",
            "--db-user",
            "civicbrief");
    assertThat(s.inputFormat()).contains(Format.PARQUET);
    assertThat(s.outputFormat()).isEqualTo(Format.PARQUET);
    assertThat(s.stories().orElseThrow().windowDays()).isEqualTo(5);
    assertThat(s.stories().orElseThrow().joinThreshold()).isEqualTo(0.8);
    assertThat(s.store().orElseThrow().password()).isEqualTo("s3cret");
    assertThat(s.store().orElseThrow().toString()).doesNotContain("s3cret");
  }

  @Test
  void storyLinesAskForStoriesInTwoLevelsAndAreNotStoredInTheDatabaseYet() {
    BatchSettings s = parse(Map.of(), "--in", "x", "--out", "y", "--story-lines");
    assertThat(s.stories().orElseThrow().lines()).isTrue();
    assertThat(
            parse(Map.of(), "--in", "x", "--out", "y", "--stories").stories().orElseThrow().lines())
        .isFalse();
    assertThatThrownBy(
            () ->
                parse(
                    Map.of(),
                    "--in",
                    "x",
                    "--out",
                    "y",
                    "--story-lines",
                    "--db",
                    "jdbc:postgresql://db/civicbrief"))
        .hasMessageContaining("--story-lines cannot be combined with --db");
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    assertThatThrownBy(() -> parse(Map.of(), "--in", "x", "--out", "y", "--out-format", "csv"))
        .isInstanceOf(CommandLine.ParameterException.class)
        .hasMessageContaining("expected jsonl or parquet");
  }

  @Test
  void theJobWritesOnlyToPostgresql() {
    assertThatThrownBy(
            () -> parse(Map.of(), "--in", "x", "--out", "y", "--db", "jdbc:sqlite:data/c.db"))
        .hasMessageContaining("only to PostgreSQL");
  }
}
