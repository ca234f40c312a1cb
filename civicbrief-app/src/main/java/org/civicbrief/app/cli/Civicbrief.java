package org.civicbrief.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.civicbrief.app.config.CivicbriefConfig;
import org.civicbrief.app.config.LoadConfig;
import org.civicbrief.ingest.Ingest;
import org.civicbrief.pipeline.BriefRecord;
import org.civicbrief.pipeline.PipelineSpec;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code civicbrief} command and its global options. */
@Command(
    name = "civicbrief",
    mixinStandardHelpOptions = true,
    versionProvider = Civicbrief.Version.class,
    description = "Turns news articles into sourced civic briefings.",
    subcommands = {
      BriefCommand.class,
      QuizCommand.class,
      EvalCommand.class,
      BenchCommand.class,
      BatchCommand.class,
      ServeCommand.class,
      AdminCommand.class,
      FeedsCommand.class,
      ImportCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Civicbrief {

  /** Exit status for input that is not a usable article. */
  public static final int BAD_INPUT = 1;

  /** Exit status for a bug: something that should not happen did. */
  public static final int INTERNAL_ERROR = 3;

  @Option(names = "--config", paramLabel = "FILE", description = "A properties file of settings.")
  Path configFile;

  @Option(
      names = "--set",
      paramLabel = "KEY=VALUE",
      description = "Override one setting, e.g. --set ingest.allowedHosts=127.0.0.1")
  Map<String, String> overrides = new LinkedHashMap<>();

  @Option(names = "--debug", description = "Print stack traces of internal errors.")
  boolean debug;

  final Map<String, String> env;
  final int processors;
  final InputStream in;
  final PrintStream out;
  final PrintStream err;
  final boolean terminal;

  /** A command line reading and writing the given streams. */
  public Civicbrief(
      Map<String, String> env,
      int processors,
      InputStream in,
      PrintStream out,
      PrintStream err,
      boolean terminal) {
    this.env = Map.copyOf(env);
    this.processors = processors;
    this.in = in;
    this.out = out;
    this.err = err;
    this.terminal = terminal;
  }

  /** Runs with {@code args} and returns the exit status. */
  public int run(String... args) {
    CommandLine cl = new CommandLine(this);
    cl.setOut(new java.io.PrintWriter(out, true));
    cl.setErr(new java.io.PrintWriter(err, true));
    cl.setExecutionExceptionHandler(
        (e, line, parsed) -> {
          if (e instanceof UserError u) {
            err.println("civicbrief: " + u.getMessage());
            return u.status();
          }
          if (e instanceof IllegalArgumentException && isConfig(e)) {
            err.println("civicbrief: " + e.getMessage());
            return CommandLine.ExitCode.USAGE;
          }
          err.println(
              "civicbrief: internal error: "
                  + e
                  + (debug ? "" : " (run with --debug for details; please report it)"));
          if (debug) {
            e.printStackTrace(err);
          }
          return INTERNAL_ERROR;
        });
    return cl.execute(args);
  }

  private static boolean isConfig(Exception e) {
    String m = String.valueOf(e.getMessage());
    return m.startsWith("ingest.")
        || m.startsWith("nlp.")
        || m.startsWith("brief.")
        || m.startsWith("store.")
        || m.startsWith("jobs.")
        || m.startsWith("server.")
        || m.startsWith("log.")
        || m.startsWith("unknown setting")
        || m.startsWith("cannot read configuration");
  }

  CivicbriefConfig config() {
    return new LoadConfig(env, processors).load(configFile, overrides);
  }

  Ingest ingest(CivicbriefConfig config) {
    return new Ingest(config.ingest());
  }

  /** The one briefing use case, wired from the configuration's ingest and NLP settings. */
  BriefRecord briefRecord(CivicbriefConfig config) {
    return BriefRecord.create(pipelineSpec(config));
  }

  PipelineSpec pipelineSpec(CivicbriefConfig config) {
    return PipelineSpec.of(config.ingest(), config.nlp(), version());
  }

  static String version() {
    Properties p = new Properties();
    try (InputStream s = Civicbrief.class.getResourceAsStream("/civicbrief.properties")) {
      if (s != null) {
        p.load(s);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p.getProperty("version", "dev");
  }

  /** Reports the version from the build. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return List.of("civicbrief " + version()).toArray(String[]::new);
    }
  }
}
