package org.civicbrief.store.db;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.civicbrief.json.BriefingJson;

/**
 * Reads and writes the JSON documents the store keeps (briefings, quizzes, audit details), with the
 * mapping every part of civicbrief uses ({@link BriefingJson}), so a stored briefing is the same
 * JSON the command line prints.
 */
public final class Json {

  private final ObjectMapper mapper = new BriefingJson().mapper();

  /** Writes {@code value} as compact JSON. */
  public String write(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new StoreException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  /** Reads a document of {@code type}. */
  public <T> T read(String json, Class<T> type) {
    try {
      return mapper.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new StoreException(
          "cannot read a stored " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
    }
  }

  /** Reads a document of a generic type. */
  public <T> T read(String json, TypeReference<T> type) {
    try {
      return mapper.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new StoreException("cannot read a stored document: " + e.getOriginalMessage(), e);
    }
  }
}
