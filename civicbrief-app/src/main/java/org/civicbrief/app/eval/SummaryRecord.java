package org.civicbrief.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Objects;

/**
 * One CNN/DailyMail record: an article and its reference highlights, one per line.
 *
 * @param id the record's id
 * @param source "CNN", "Daily Mail" or "other", from the record's URL
 * @param article the article text
 * @param highlights the reference summary, sentences separated by line breaks
 */
record SummaryRecord(String id, String source, String article, String highlights) {

  SummaryRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(highlights, "highlights");
  }

  static SummaryRecord of(JsonNode node, String origin) {
    String article = ReadJsonLines.text(node, "article", origin);
    if (article.isBlank()) {
      throw new BadDataException(origin + ": the \"article\" is empty");
    }
    JsonNode url = node.get("url");
    return new SummaryRecord(
        ReadJsonLines.id(node, origin),
        sourceOf(url == null ? "" : url.asText()),
        article,
        ReadJsonLines.text(node, "highlights", origin));
  }

  /** The outlet, from the URL (archive URLs embed the original one). */
  static String sourceOf(String url) {
    String u = url.toLowerCase(Locale.ROOT);
    if (u.contains("cnn.com")) {
      return "CNN";
    }
    if (u.contains("dailymail.co.uk")) {
      return "Daily Mail";
    }
    return "other";
  }
}
