package org.civicbrief.app.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The article a command reads and the date to assume for it, shared by brief and quiz. */
final class SourceOptions {

  @Parameters(arity = "0..1", paramLabel = "SOURCE", description = "The article.")
  String source;

  @Option(
      names = "--published",
      paramLabel = "YYYY-MM-DD",
      description = "The publication date, when the source does not give one.")
  String published;
}
