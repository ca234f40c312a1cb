package org.civicbrief.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.LinkedHashMap;
import java.util.Map;
import org.civicbrief.core.briefing.Briefing;

/**
 * Reads and writes briefings as the JSON documented in {@code docs/schema/briefing-1.schema.json}:
 * field names are the record components, an absent optional value is {@code null}, dates are ISO
 * strings. Thread-safe; share one instance.
 */
public final class BriefingJson {

  private final ObjectMapper mapper =
      JsonMapper.builder()
          .addModule(new Jdk8Module())
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          // Newer writers may add fields within a schema version; older readers skip them.
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  /** The briefing as one line of JSON. */
  public String line(Briefing b) {
    return write(b, false);
  }

  /** The briefing as indented JSON ending with a line break. */
  public String pretty(Briefing b) {
    return write(b, true) + "\n";
  }

  /** Reads a briefing written by {@link #line} or {@link #pretty}. */
  public Briefing read(String json) {
    try {
      return mapper.readValue(json, Briefing.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a briefing: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * The batch output line of a record that could not be briefed: {@code {"id": id, "error":
   * reason}}. Every runner that writes briefings as JSON Lines writes this for a failed record.
   */
  public String errorLine(String id, String reason) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("error", reason);
    try {
      return mapper.writeValueAsString(m);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write error JSON", e);
    }
  }

  /** The {@code id} of a JSON record, or {@code fallback} when it has none or does not parse. */
  public String idOf(String record, String fallback) {
    try {
      JsonNode node = mapper.readTree(record);
      return node != null && node.hasNonNull("id") ? node.get("id").asText() : fallback;
    } catch (JsonProcessingException e) {
      return fallback;
    }
  }

  /** The configured mapper, for callers that write other records the same way. */
  public ObjectMapper mapper() {
    return mapper;
  }

  private String write(Briefing b, boolean indent) {
    try {
      return indent
          ? mapper.writerWithDefaultPrettyPrinter().writeValueAsString(b)
          : mapper.writeValueAsString(b);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write briefing JSON", e);
    }
  }
}
