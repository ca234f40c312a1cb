package org.civicbrief.spark.job;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.civicbrief.json.BriefingJson;

/**
 * The two things {@code civicbrief brief --batch} derives from a raw record besides its briefing:
 * the record's id and the error line of a record that could not be briefed. They are written the
 * same way here, with the same mapper, so both runners write the same bytes.
 */
final class ErrorLines {

  private final ObjectMapper mapper = new BriefingJson().mapper();

  /** {@code {"id": id, "error": reason}}. */
  String line(String id, String reason) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("error", reason);
    try {
      return mapper.writeValueAsString(m);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write error JSON", e);
    }
  }

  /** The record's {@code id}, or {@code fallback} when it has none or does not parse. */
  String idOf(String record, String fallback) {
    try {
      JsonNode node = mapper.readTree(record);
      return node != null && node.hasNonNull("id") ? node.get("id").asText() : fallback;
    } catch (JsonProcessingException e) {
      return fallback;
    }
  }
}
