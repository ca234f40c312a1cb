package org.civicbrief.ingest.html;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Finds the article object in a page's JSON-LD and reads the fields ingest uses. */
final class JsonLd {

  /** The fields of the page's article object; all empty when it has none. */
  record ArticleNode(
      Optional<String> headline,
      List<String> authors,
      Optional<String> publisher,
      Optional<String> datePublished,
      Optional<String> dateModified,
      Optional<String> articleBody,
      boolean notFree) {

    static final ArticleNode NONE =
        new ArticleNode(
            Optional.empty(),
            List.of(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            false);

    ArticleNode {
      authors = List.copyOf(authors);
    }
  }

  private static final Set<String> ARTICLE_TYPES =
      Set.of("blogposting", "liveblogposting", "report", "socialmediaposting");

  // JSON-LD in the wild has comments, trailing commas and raw newlines in strings; a page is not
  // rejected for that.
  private final JsonMapper mapper =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
          .build();

  ArticleNode read(Document document) {
    for (Element script : document.select("script[type]")) {
      if (!script.attr("type").toLowerCase(Locale.ROOT).startsWith("application/ld+json")) {
        continue;
      }
      Optional<JsonNode> article = parse(script.data()).flatMap(JsonLd::findArticle);
      if (article.isPresent()) {
        return fields(article.get());
      }
    }
    return ArticleNode.NONE;
  }

  private Optional<JsonNode> parse(String json) {
    String j = json.strip();
    if (j.startsWith("<!--")) {
      j = j.substring(4);
    }
    if (j.endsWith("-->")) {
      j = j.substring(0, j.length() - 3);
    }
    try {
      return Optional.ofNullable(mapper.readTree(j));
    } catch (JacksonException e) {
      // Broken JSON-LD is common; the meta tags and markup still tell us enough.
      return Optional.empty();
    }
  }

  private static Optional<JsonNode> findArticle(JsonNode root) {
    var queue = new ArrayList<JsonNode>();
    queue.add(root);
    for (int i = 0; i < queue.size() && i < 200; i++) {
      JsonNode node = queue.get(i);
      if (node.isArray()) {
        node.forEach(queue::add);
      } else if (node.isObject()) {
        if (isArticle(node.path("@type"))) {
          return Optional.of(node);
        }
        queue.add(node.path("@graph"));
        queue.add(node.path("mainEntity"));
      }
    }
    return Optional.empty();
  }

  private static boolean isArticle(JsonNode type) {
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (isArticle(t)) {
          return true;
        }
      }
      return false;
    }
    String t = type.asText("").toLowerCase(Locale.ROOT);
    return t.endsWith("article") || ARTICLE_TYPES.contains(t);
  }

  private static ArticleNode fields(JsonNode article) {
    var authors = new ArrayList<String>();
    names(article.path("author"), authors);
    var publishers = new ArrayList<String>();
    names(article.path("publisher"), publishers);
    JsonNode free = article.path("isAccessibleForFree");
    boolean notFree =
        free.isBoolean() ? !free.booleanValue() : free.asText("").equalsIgnoreCase("false");
    return new ArticleNode(
        text(article.path("headline")),
        authors,
        publishers.stream().findFirst(),
        text(article.path("datePublished")),
        text(article.path("dateModified")),
        text(article.path("articleBody")),
        notFree);
  }

  private static void names(JsonNode node, List<String> out) {
    if (node.isArray()) {
      node.forEach(n -> names(n, out));
    } else if (node.isObject()) {
      text(node.path("name")).ifPresent(out::add);
    } else {
      text(node).ifPresent(out::add);
    }
  }

  private static Optional<String> text(JsonNode node) {
    if (node.isArray() && !node.isEmpty()) {
      return text(node.get(0));
    }
    if (!node.isValueNode()) {
      return Optional.empty();
    }
    String value = node.asText("").strip();
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }
}
