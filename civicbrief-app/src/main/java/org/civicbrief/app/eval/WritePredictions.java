package org.civicbrief.app.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes predictions as JSON Lines, one object per record, for scoring by anyone's scorer. */
final class WritePredictions {

  private final ObjectMapper mapper = new ObjectMapper();

  /** Writes {@code records} (maps, lists, records or strings) to {@code file}, one per line. */
  void write(Path file, List<?> records) {
    List<String> lines = new ArrayList<>(records.size());
    try {
      for (Object r : records) {
        lines.add(mapper.writeValueAsString(r));
      }
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a prediction as JSON", e);
    }
    try {
      Files.write(file, lines, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new BadDataException(file + ": cannot write (" + e.getMessage() + ")");
    }
  }
}
