package org.civicbrief.ingest.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.LocalDate;
import java.util.Optional;
import org.civicbrief.core.common.Outcome;
import org.civicbrief.ingest.extract.Extraction;
import org.civicbrief.ingest.extract.Imprint;
import org.civicbrief.ingest.extract.ParseDate;

/**
 * Reads one JSON article record, {@code {id?, text|article, title?, url?, published?, publisher?,
 * byline?}}. The text is used exactly as given, since evidence offsets in the record's corpus refer
 * to it; the title is metadata, not part of the text.
 */
public final class ReadJsonRecord {

  private final JsonMapper mapper =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  /** The article in {@code json}; a record that cannot be read is a failed outcome saying why. */
  public Outcome<Extraction> read(String json) {
    JsonNode node;
    try {
      node = mapper.readTree(json);
    } catch (JacksonException e) {
      return Outcome.failed(
          "this is not a single JSON object ("
              + e.getOriginalMessage().lines().findFirst().orElse("unreadable")
              + "); JSON Lines files are read one record per line");
    }
    if (node == null || !node.isObject()) {
      return Outcome.failed("a JSON article record must be an object with a \"text\" field");
    }
    JsonNode text = node.has("text") ? node.get("text") : node.get("article");
    if (text == null || text.isNull()) {
      return Outcome.failed("the JSON record has no \"text\" (or \"article\") field");
    }
    if (!text.isTextual()) {
      return Outcome.failed("the JSON record's \"text\" must be a string, not " + kind(text));
    }
    Optional<LocalDate> published = Optional.empty();
    Optional<String> rawDate = string(node, "published", "publication_date", "date");
    if (rawDate.isPresent()) {
      published = ParseDate.parse(rawDate.get());
      if (published.isEmpty()) {
        return Outcome.failed(
            "the JSON record's \"published\" value \""
                + oneLine(rawDate.get())
                + "\" is not an ISO date (2024-03-05) or date-time (2024-03-05T10:00:00Z)");
      }
    }
    Optional<String> id =
        string(node, "id", "doc_id").or(() -> number(node, "id")).or(() -> number(node, "doc_id"));
    Optional<String> url = string(node, "url");
    return Outcome.ok(
        new Extraction(
            text.textValue(),
            string(node, "title"),
            false,
            new Imprint(
                string(node, "byline", "author"),
                string(node, "publisher"),
                published,
                Optional.empty(),
                url),
            id.or(() -> url),
            Optional.empty(),
            false));
  }

  // Metadata values are trimmed; only the text is kept byte for byte.
  private static Optional<String> string(JsonNode node, String... fields) {
    for (String field : fields) {
      JsonNode value = node.get(field);
      if (value != null && value.isTextual() && !value.textValue().isBlank()) {
        return Optional.of(value.textValue().strip());
      }
    }
    return Optional.empty();
  }

  private static Optional<String> number(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isIntegralNumber()
        ? Optional.of(value.asText())
        : Optional.empty();
  }

  private static String kind(JsonNode node) {
    return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
  }

  private static String oneLine(String s) {
    String line = s.replaceAll("\\s+", " ");
    return line.length() > 60 ? line.substring(0, 60) + "..." : line;
  }
}
