package org.civicbrief.web.briefing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.civicbrief.core.article.Article;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.quiz.Question;
import org.civicbrief.core.quiz.QuestionKind;
import org.civicbrief.core.render.Attribution;
import org.civicbrief.core.render.SafeUrl;
import org.civicbrief.web.http.Links;

/**
 * schema.org structured data for the pages: a briefing is a {@code NewsArticle} based on the
 * original article, its quiz a {@code Quiz}. The JSON is escaped so that it cannot end the script
 * element it stands in, whatever the article says.
 */
public final class JsonLd {

  private final ObjectMapper mapper = JsonMapper.builder().build();
  private final Supplier<String> base;

  /** Structured data with absolute links under the URL {@code base} gives once the server runs. */
  public JsonLd(Supplier<String> base) {
    this.base = base;
  }

  /** The {@code NewsArticle} of a published briefing. */
  public String newsArticle(
      long id, Briefing b, Optional<Instant> publishedAt, Instant updatedAt, int questions) {
    String baseUrl = base.get();
    Article a = b.article();
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("@context", "https://schema.org");
    doc.put("@type", "NewsArticle");
    doc.put("@id", baseUrl + Links.briefing(id));
    doc.put("url", baseUrl + Links.briefing(id));
    doc.put("headline", b.headline().text());
    if (!b.dek().text().isBlank()) {
      doc.put("description", b.dek().text());
    }
    publishedAt.ifPresent(t -> doc.put("datePublished", t.toString()));
    doc.put("dateModified", updatedAt.toString());
    doc.put("inLanguage", a.language());
    doc.put("author", Map.of("@type", "Organization", "name", "civicbrief"));
    doc.put("publisher", Map.of("@type", "Organization", "name", "civicbrief"));
    Map<String, Object> basis = new LinkedHashMap<>();
    basis.put("@type", "NewsArticle");
    basis.put("headline", a.title().orElse(b.headline().text()));
    a.canonicalUrl().flatMap(SafeUrl::http).ifPresent(u -> basis.put("url", u));
    a.published().ifPresent(d -> basis.put("datePublished", d.toString()));
    a.byline()
        .map(s -> s.replaceFirst("(?i)^by\\s+", "").strip())
        .filter(s -> !s.isEmpty())
        .ifPresent(s -> basis.put("author", Map.of("@type", "Person", "name", s)));
    Attribution.publisher(b)
        .ifPresent(p -> basis.put("publisher", Map.of("@type", "Organization", "name", p)));
    doc.put("isBasedOn", basis);
    if (!b.actors().isEmpty()) {
      doc.put(
          "mentions",
          b.actors().stream()
              .map(
                  actor ->
                      Map.of(
                          "@type",
                          actor.kind().name().equals("PERSON") ? "Person" : "Organization",
                          "name",
                          actor.name()))
              .toList());
    }
    if (questions > 0) {
      doc.put(
          "hasPart",
          Map.of(
              "@type",
              "Quiz",
              "url",
              baseUrl + Links.quiz(id),
              "name",
              // the quiz is in the article's language (inLanguage), and so is its name
              org.civicbrief.core.render.Labels.of(b.article().language()).get("quiz.heading")));
    }
    return write(doc);
  }

  /** The {@code Quiz} of a published briefing's quiz page. */
  public String quiz(long id, Briefing b, List<Question> questions) {
    String baseUrl = base.get();
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("@context", "https://schema.org");
    doc.put("@type", "Quiz");
    doc.put("@id", baseUrl + Links.quiz(id));
    doc.put("url", baseUrl + Links.quiz(id));
    doc.put(
        "name",
        org.civicbrief.core.render.Labels.of(b.article().language()).get("quiz.heading")
            + ": "
            + b.headline().text());
    doc.put("about", Map.of("@type", "NewsArticle", "@id", baseUrl + Links.briefing(id)));
    doc.put("educationalLevel", "general public");
    doc.put("inLanguage", b.article().language());
    List<Object> parts = new ArrayList<>();
    for (Question q : questions) {
      Map<String, Object> part = new LinkedHashMap<>();
      part.put("@type", "Question");
      part.put("name", q.stem());
      part.put(
          "eduQuestionType",
          q.kind() == QuestionKind.TRUE_FALSE ? "True/false" : "Multiple choice");
      part.put(
          "suggestedAnswer",
          q.options().stream()
              .filter(o -> !o.equals(q.answer()))
              .map(o -> Map.of("@type", "Answer", "text", o))
              .toList());
      part.put(
          "acceptedAnswer",
          Map.of("@type", "Answer", "text", q.answer(), "answerExplanation", explanation(q)));
      parts.add(part);
    }
    doc.put("hasPart", parts);
    return write(doc);
  }

  private static Map<String, Object> explanation(Question q) {
    return Map.of("@type", "Comment", "text", q.explanation());
  }

  private String write(Map<String, Object> doc) {
    try {
      return escape(mapper.writeValueAsString(doc));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON-LD", e);
    }
  }

  /**
   * Escapes the characters that could end or confuse a script element: JSON allows {@code \\u}
   * escapes anywhere in a string, and outside strings these characters do not occur.
   */
  static String escape(String json) {
    StringBuilder out = new StringBuilder(json.length() + 16);
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      switch (c) {
        case '<' -> out.append("\\u003c");
        case '>' -> out.append("\\u003e");
        case '&' -> out.append("\\u0026");
        case '\u2028' -> out.append("\\u2028");
        case '\u2029' -> out.append("\\u2029");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
