package org.civicbrief.kb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civicbrief.core.civic.Officeholders;
import org.civicbrief.core.civic.Officeholders.Tenure;

/**
 * Loads the bundled officeholders table, {@code officeholders.tsv}: one tenure a line, tab
 * separated, as {@code names (;-separated) | office | start | end or empty | source URL}. A bad
 * line fails with its number in the message.
 */
public final class LoadOfficeholders {

  private static final String RESOURCE = "/org/civicbrief/kb/officeholders.tsv";

  /** The bundled table. */
  public Officeholders load() {
    InputStream in = LoadOfficeholders.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException(RESOURCE + " is missing from the knowledge base jar");
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return parse(r.lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses the lines of a table; comments start with {@code #}. */
  static Officeholders parse(List<String> lines) {
    List<Tenure> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 5) {
        throw new InvalidCardException(
            "officeholders.tsv",
            "line " + (i + 1),
            "needs 5 tab-separated fields, has " + f.length);
      }
      try {
        out.add(
            new Tenure(
                List.of(f[0].split("\\s*;\\s*")),
                f[1].strip(),
                LocalDate.parse(f[2].strip()),
                f[3].isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(f[3].strip())),
                f[4].strip()));
      } catch (DateTimeParseException | IllegalArgumentException e) {
        throw new InvalidCardException("officeholders.tsv", "line " + (i + 1), e.getMessage());
      }
    }
    return new Officeholders(out);
  }
}
