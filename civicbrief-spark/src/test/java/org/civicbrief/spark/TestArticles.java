package org.civicbrief.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The articles written for these tests ({@code src/test/resources/articles}), and the demo article
 * of {@code examples/}, as JSON records like those {@code civicbrief brief --batch} reads.
 */
public final class TestArticles {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private TestArticles() {}

  /** A record {@code {id, title, text, published, publisher}} of the test article {@code name}. */
  public static String record(String id, String name, String published) {
    return record(id, resource("articles/" + name + ".txt"), published, "Wire Test Service");
  }

  /** The demo article in {@code examples/guard-deployment.txt}, as a record. */
  public static String guardDeployment() {
    try {
      Path path = Path.of("..", "examples", "guard-deployment.txt");
      return record(
          "guard-deployment", Files.readString(path, StandardCharsets.UTF_8), "2025-03-12", "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String record(String id, String text, String published, String publisher) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("text", text);
    m.put("published", published);
    if (!publisher.isEmpty()) {
      m.put("publisher", publisher);
    }
    try {
      return MAPPER.writeValueAsString(m);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String resource(String name) {
    try (InputStream in = TestArticles.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("no test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
