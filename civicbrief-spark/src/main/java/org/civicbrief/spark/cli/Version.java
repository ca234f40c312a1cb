package org.civicbrief.spark.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of this build, which every briefing the job writes carries. */
final class Version {

  private Version() {}

  /** The Maven project version, or {@code dev} outside a build. */
  static String of() {
    Properties p = new Properties();
    try (InputStream s =
        Version.class.getResourceAsStream("/org/civicbrief/spark/civicbrief-spark.properties")) {
      if (s != null) {
        p.load(s);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p.getProperty("version", "dev");
  }
}
