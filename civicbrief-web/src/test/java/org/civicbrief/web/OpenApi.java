package org.civicbrief.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The OpenAPI document the server publishes, with a JSON Schema validator for each of its component
 * schemas, so tests can check real responses against what the document promises.
 */
final class OpenApi {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final JsonNode document;
  private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

  private OpenApi(JsonNode document) {
    this.document = document;
  }

  /** The document as built into the server. */
  static OpenApi load() {
    try (InputStream in =
        OpenApi.class.getResourceAsStream("/org/civicbrief/web/api/openapi.json")) {
      return new OpenApi(MAPPER.readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The document. */
  JsonNode document() {
    return document;
  }

  /** What is wrong with {@code json} as an instance of component schema {@code name}. */
  Set<ValidationMessage> validate(String name, String json) {
    try {
      return schema(name).validate(MAPPER.readTree(json));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private JsonSchema schema(String name) {
    return schemas.computeIfAbsent(
        name,
        n -> {
          if (!document.path("components").path("schemas").has(n)) {
            throw new AssertionError("the OpenAPI document has no schema " + n);
          }
          // The component schemas as 2020-12 definitions, so that their references resolve.
          String defs =
              document
                  .path("components")
                  .path("schemas")
                  .toString()
                  .replace("#/components/schemas/", "#/$defs/");
          try {
            ObjectNode root = MAPPER.createObjectNode();
            root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            root.set("$defs", MAPPER.readTree(defs));
            root.put("$ref", "#/$defs/" + n);
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(root);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }
}
