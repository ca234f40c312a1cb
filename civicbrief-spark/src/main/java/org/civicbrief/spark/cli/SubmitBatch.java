package org.civicbrief.spark.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.civicbrief.ingest.IngestConfig;
import org.civicbrief.nlp.corenlp.NlpConfig;
import org.civicbrief.pipeline.PipelineSpec;
import org.civicbrief.spark.BatchSetupException;
import org.civicbrief.spark.io.JavaLocalFileSystem;
import org.civicbrief.spark.job.BatchJob;
import org.civicbrief.spark.job.BatchReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The main class of the job jar, for {@code spark-submit}: the same options as {@code civicbrief
 * batch}, on whatever cluster spark-submit names.
 */
@Command(
    name = "civicbrief-batch",
    mixinStandardHelpOptions = true,
    description = "Briefs article records on a Spark cluster (see docs/SCALING.md).")
public final class SubmitBatch implements Callable<Integer> {

  /**
   * Java serialization, whatever the cluster's default: the job's records are Java records, which
   * Kryo's field serializer cannot rebuild.
   */
  static final String SERIALIZER = "org.apache.spark.serializer.JavaSerializer";

  // Spark's serialization debugger reads a JDK class that JDK 24 removed; on newer JDKs it hides
  // a "task not serializable" error behind an ExceptionInInitializerError. Off, the error shows.

  @Mixin private BatchOptions options;

  @Option(
      names = "--set",
      paramLabel = "KEY=VALUE",
      description =
          "A pipeline setting: ingest.maxBytes, ingest.minWords, nlp.fineGrainedNer or"
              + " nlp.nerModels (as in civicbrief's configuration).")
  private Map<String, String> settings = new LinkedHashMap<>();

  private final Map<String, String> env;

  private SubmitBatch(Map<String, String> env) {
    this.env = env;
  }

  /** Runs the job on the cluster spark-submit set up. */
  public static void main(String[] args) {
    System.exit(
        new CommandLine(new SubmitBatch(System.getenv()))
            .setExecutionExceptionHandler(
                (e, cl, parsed) -> {
                  if (e instanceof BatchSetupException || e instanceof IllegalArgumentException) {
                    cl.getErr().println("civicbrief-batch: " + e.getMessage());
                    return e instanceof BatchSetupException ? 1 : 2;
                  }
                  throw e;
                })
            .execute(args));
  }

  @Override
  public Integer call() {
    PipelineSpec spec = spec(settings);
    var run = options.settings(spec, env);
    SparkSession.Builder builder =
        SparkSession.builder()
            .appName("civicbrief batch")
            .config("spark.serializer", SERIALIZER)
            .config("spark.serializer.extraDebugInfo", false);
    // Output to file: paths (a shared mount) without a process per file written, unless the
    // cluster picked its own implementation.
    String fileSystem = "spark.hadoop." + JavaLocalFileSystem.FILE_SYSTEM_SETTING;
    if (!new SparkConf().contains(fileSystem)) {
      builder.config(fileSystem, JavaLocalFileSystem.class.getName());
    }
    SparkSession spark = builder.getOrCreate();
    try {
      BatchReport report = new BatchJob(spark).run(run);
      System.out.println(report.describe());
      return 0;
    } finally {
      spark.stop();
    }
  }

  /** The pipeline settings: the defaults, changed by {@code --set}. */
  static PipelineSpec spec(Map<String, String> settings) {
    IngestConfig ingest = IngestConfig.defaults();
    NlpConfig nlp = NlpConfig.defaults();
    for (var e : settings.entrySet()) {
      String v = e.getValue().strip();
      switch (e.getKey()) {
        case "ingest.maxBytes" -> ingest = ingest.withMaxBytes(number(e.getKey(), v));
        case "ingest.minWords" -> ingest = ingest.withMinWords((int) number(e.getKey(), v));
        case "nlp.fineGrainedNer" ->
            nlp = new NlpConfig(nlp.parse(), flag(e.getKey(), v), nlp.nerModels());
        case "nlp.nerModels" -> nlp = new NlpConfig(nlp.parse(), nlp.fineGrainedNer(), v);
        default ->
            throw new IllegalArgumentException(
                "unknown setting "
                    + e.getKey()
                    + "; the job takes ingest.maxBytes, ingest.minWords, nlp.fineGrainedNer and"
                    + " nlp.nerModels");
      }
    }
    return PipelineSpec.of(ingest, nlp, Version.of());
  }

  private static long number(String key, String value) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " must be a whole number, got " + value, e);
    }
  }

  private static boolean flag(String key, String value) {
    return switch (value) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new IllegalArgumentException(key + " must be true or false, got " + value);
    };
  }
}
