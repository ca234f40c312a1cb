package org.civicbrief.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.LinkedHashMap;
import java.util.Map;
import org.civicbrief.core.briefing.Briefing;

/** Writes briefings as the JSON documented in {@code docs/schema/briefing-1.schema.json}. */
final class JsonBriefing {

  private final ObjectMapper mapper =
      JsonMapper.builder()
          .addModule(new Jdk8Module())
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .build();

  String pretty(Briefing b) {
    try {
      return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(b) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write briefing JSON", e);
    }
  }

  String line(Briefing b) {
    try {
      return mapper.writeValueAsString(b);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write briefing JSON", e);
    }
  }

  /** A batch output line for a record that could not be briefed. */
  String errorLine(String id, String reason) {
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
  String idOf(String json, String fallback) {
    try {
      var node = mapper.readTree(json);
      return node != null && node.hasNonNull("id") ? node.get("id").asText() : fallback;
    } catch (JsonProcessingException e) {
      return fallback;
    }
  }
}
