package org.civicbrief.ingest.html;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.civicbrief.ingest.extract.Extraction;
import org.civicbrief.ingest.text.Words;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reads a news page: the headline, byline, site name, dates, canonical URL and language from its
 * metadata, and the story's paragraphs from its main content, without navigation, ads and the like.
 */
public final class ReadHtml {

  private final JsonLd jsonLd = new JsonLd();
  private final FindContentRoot findRoot = new FindContentRoot();
  private final CollectParagraphs collect = new CollectParagraphs();

  /**
   * The article in {@code html}, read from {@code origin}. Its text is the headline, a blank line,
   * and the paragraphs separated by blank lines; the headline is the first line.
   */
  public Extraction read(String html, String origin) {
    Document document = Jsoup.parse(html, baseUri(origin));
    HtmlMetadata meta = new ReadMetadata(jsonLd).read(document);
    List<String> paragraphs = collect.collect(findRoot.find(document), meta.title());
    paragraphs = preferArticleBody(paragraphs, meta.articleBody());
    String body = String.join("\n\n", paragraphs);
    Optional<String> title = meta.title().filter(t -> !t.isBlank());
    String text = title.map(t -> body.isEmpty() ? t : t + "\n\n" + body).orElse(body);
    return new Extraction(
        text,
        title,
        title.isPresent(),
        meta.imprint(),
        Optional.empty(),
        meta.language(),
        meta.looksPaywalled());
  }

  // Pages that build the story with scripts leave little in the markup but often carry the full
  // text
  // in JSON-LD.
  private static List<String> preferArticleBody(
      List<String> paragraphs, Optional<String> articleBody) {
    if (articleBody.isEmpty()) {
      return paragraphs;
    }
    int found = paragraphs.stream().mapToInt(Words::count).sum();
    if (Words.count(articleBody.get()) <= 2 * Math.max(found, 1)) {
      return paragraphs;
    }
    return Stream.of(articleBody.get().split("\\R\\s*\\R|\\R"))
        .map(InlineText::collapse)
        .filter(p -> !p.isEmpty())
        .toList();
  }

  private static String baseUri(String origin) {
    String lower = origin.toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://") ? origin : "";
  }
}
