package org.civicbrief.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One PolNeAR article with its gold direct quotes: the attributions whose content opens with a
 * quotation mark. Where several annotators marked an article, the first annotation is used.
 *
 * @param id the record's id
 * @param text the article text all offsets refer to
 * @param title the headline, when given
 * @param published the publication date, when given
 * @param quotes the gold direct quotes in order of their first span
 */
record QuoteRecord(
    String id,
    String text,
    Optional<String> title,
    Optional<LocalDate> published,
    List<GoldQuote> quotes) {

  /** Marks that open a quotation: curly, straight, single, guillemet, low-9 and TeX-style. */
  static final String OPENING_MARKS = "“\"‘'«„`";

  QuoteRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(published, "published");
    quotes = List.copyOf(quotes);
  }

  static QuoteRecord of(JsonNode node, String origin) {
    String text = ReadJsonLines.text(node, "text", origin);
    List<GoldQuote> quotes = new ArrayList<>();
    JsonNode annotations = node.path("annotations");
    if (!annotations.isArray()) {
      throw new BadDataException(origin + ": no \"annotations\" list (PolNeAR format expected)");
    }
    if (!annotations.isEmpty()) {
      for (JsonNode a : annotations.get(0).path("attributions")) {
        List<Span> content = spans(a.path("content").path("spans"), text, origin);
        if (content.isEmpty() || !opensWithQuote(text, content.getFirst())) {
          continue;
        }
        JsonNode source = a.path("source");
        quotes.add(
            new GoldQuote(
                content,
                spans(source.path("spans"), text, origin),
                source.path("text").asText("")));
      }
    }
    quotes.sort(Comparator.comparingInt(q -> q.content().getFirst().begin()));
    JsonNode title = node.get("title");
    return new QuoteRecord(
        ReadJsonLines.id(node, origin),
        text,
        title != null && title.isTextual() && !title.textValue().isBlank()
            ? Optional.of(title.textValue().strip())
            : Optional.empty(),
        date(node.path("publication_date").asText(""), origin),
        quotes);
  }

  private static boolean opensWithQuote(String text, Span s) {
    int i = s.begin();
    while (i < s.end() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i < s.end() && OPENING_MARKS.indexOf(text.charAt(i)) >= 0;
  }

  private static List<Span> spans(JsonNode node, String text, String origin) {
    List<Span> out = new ArrayList<>();
    for (JsonNode s : node) {
      int b = s.path(0).asInt(-1);
      int e = s.path(1).asInt(-1);
      if (b < 0 || e < b || e > text.length()) {
        throw new BadDataException(origin + ": span [" + b + ", " + e + "] is outside the text");
      }
      out.add(new Span(b, e));
    }
    out.sort(Comparator.comparingInt(Span::begin));
    return out;
  }

  private static Optional<LocalDate> date(String s, String origin) {
    if (s.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s));
    } catch (DateTimeParseException e) {
      throw new BadDataException(origin + ": publication_date '" + s + "' is not a date");
    }
  }
}
