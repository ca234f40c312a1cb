package org.civicbrief.kb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads the fields of one card file's YAML tree, naming the file and the field path (such as {@code
 * quizFacts[1].answer}) in every failure.
 */
final class CardFields {

  private final String file;

  CardFields(String file) {
    this.file = file;
  }

  String file() {
    return file;
  }

  InvalidCardException invalid(String path, String problem) {
    return new InvalidCardException(file, path, problem);
  }

  /** Fails on any field of {@code node} outside {@code allowed}, which catches misspellings. */
  void onlyFields(JsonNode node, String path, Set<String> allowed) {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!allowed.contains(name)) {
        throw invalid(
            path.isEmpty() ? name : path + "." + name, "unknown field; allowed: " + allowed);
      }
    }
  }

  JsonNode object(JsonNode node, String path) {
    if (node == null || node.isNull()) {
      throw invalid(path, "is required");
    }
    if (!node.isObject()) {
      throw invalid(path, "must be a mapping of fields");
    }
    return node;
  }

  String text(JsonNode parent, String path, String name) {
    JsonNode v = parent.get(name);
    if (v == null || v.isNull()) {
      throw invalid(path, "is required");
    }
    if (!v.isTextual() || v.asText().isBlank()) {
      throw invalid(path, "must be non-empty text");
    }
    return v.asText().strip();
  }

  JsonNode array(JsonNode parent, String path, String name, boolean required) {
    JsonNode v = parent.get(name);
    if (v == null || v.isNull()) {
      if (required) {
        throw invalid(path, "is required");
      }
      return JsonNodeFactory.instance.arrayNode();
    }
    if (!v.isArray()) {
      throw invalid(path, "must be a list");
    }
    if (required && v.isEmpty()) {
      throw invalid(path, "must not be empty");
    }
    return v;
  }

  List<String> texts(JsonNode parent, String path, String name, boolean required) {
    JsonNode array = array(parent, path, name, required);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      JsonNode v = array.get(i);
      if (!v.isTextual() || v.asText().isBlank()) {
        throw invalid(path + "[" + i + "]", "must be non-empty text");
      }
      out.add(v.asText().strip());
    }
    return out;
  }

  /** Builds a record, turning its compact constructor's complaint into one about {@code path}. */
  <T> T build(String path, Supplier<T> make) {
    try {
      return make.get();
    } catch (InvalidCardException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw invalid(path, e.getMessage());
    }
  }
}
