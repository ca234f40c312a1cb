package org.civicbrief.app.eval;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/** Reads a JSON Lines file by path, one object per non-blank line, naming the line of any fault. */
final class ReadJsonLines {

  private final ObjectMapper mapper = new ObjectMapper();

  /**
   * Converts every record with {@code convert}, which gets the object and its {@code file:line}
   * origin and throws {@link BadDataException} for a record it cannot use; at most {@code limit}.
   */
  <T> List<T> read(Path file, int limit, BiFunction<JsonNode, String, T> convert) {
    List<T> out = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int lineNo = 0;
      for (String line = reader.readLine();
          line != null && out.size() < limit;
          line = reader.readLine()) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        String origin = file.getFileName() + ":" + lineNo;
        JsonNode node;
        try {
          node = mapper.readTree(line);
        } catch (JacksonException e) {
          throw new BadDataException(
              origin
                  + ": not a JSON object ("
                  + e.getOriginalMessage().lines().findFirst().orElse("")
                  + ")");
        }
        if (node == null || !node.isObject()) {
          throw new BadDataException(origin + ": each line must be one JSON object");
        }
        out.add(convert.apply(node, origin));
      }
    } catch (NoSuchFileException e) {
      throw new BadDataException(file + ": no such file");
    } catch (java.nio.charset.MalformedInputException e) {
      throw new BadDataException(file + ": not UTF-8 text");
    } catch (IOException e) {
      throw new BadDataException(file + ": cannot read (" + e.getMessage() + ")");
    }
    if (out.isEmpty()) {
      throw new BadDataException(file + ": no records");
    }
    return out;
  }

  /** The text of field {@code name}, or a one-line complaint naming the record. */
  static String text(JsonNode node, String name, String origin) {
    JsonNode v = node.get(name);
    if (v == null || !v.isTextual()) {
      throw new BadDataException(origin + ": no \"" + name + "\" text field");
    }
    return v.textValue();
  }

  /** The record's {@code id} (text or number), or its origin when it has none. */
  static String id(JsonNode node, String origin) {
    JsonNode v = node.has("id") ? node.get("id") : node.get("doc_id");
    return v == null || v.isNull() ? origin : v.asText();
  }
}
