package org.civicbrief.app;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.civicbrief.app.cli.Civicbrief;

/** The entry point: the only place that reads the process environment and system streams. */
public final class Main {

  private Main() {}

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    InputStream in = System.in;
    Map<String, String> env = System.getenv();
    boolean terminal = System.console() != null;
    int status =
        new Civicbrief(env, Runtime.getRuntime().availableProcessors(), in, out, err, terminal)
            .run(args);
    System.exit(status);
  }
}
