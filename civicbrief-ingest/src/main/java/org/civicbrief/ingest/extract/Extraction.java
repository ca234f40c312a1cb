package org.civicbrief.ingest.extract;

import java.util.Objects;
import java.util.Optional;
import org.civicbrief.core.article.Article;

/**
 * The text and metadata a format reader found, before the language and length checks turn it into
 * an {@link Article}.
 *
 * @param text the article text exactly as offsets will see it
 * @param title the headline, or empty
 * @param titleInText true when the first line of {@code text} is the headline
 * @param imprint the author, publisher, dates and canonical URL the input states
 * @param origin where the input says it came from (a record id or URL), overriding the source, or
 *     empty
 * @param declaredLanguage the language the input declares (an HTML {@code lang}), or empty; the
 *     text itself decides, this only names a language the detector does not know
 * @param looksPaywalled true when the page carries paywall markers, so a short text can say why
 */
public record Extraction(
    String text,
    Optional<String> title,
    boolean titleInText,
    Imprint imprint,
    Optional<String> origin,
    Optional<String> declaredLanguage,
    boolean looksPaywalled) {

  public Extraction {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(imprint, "imprint");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(declaredLanguage, "declaredLanguage");
    if (titleInText) {
      String headline =
          title.orElseThrow(() -> new IllegalArgumentException("titleInText needs a title"));
      if (!firstLine(text).equals(headline)) {
        throw new IllegalArgumentException(
            "titleInText needs the first line of text to be the title \"" + headline + "\"");
      }
    }
  }

  /** Text with no metadata. */
  public static Extraction ofText(String text) {
    return new Extraction(
        text, Optional.empty(), false, Imprint.NONE, Optional.empty(), Optional.empty(), false);
  }

  /** A copy whose first line is the headline. */
  public Extraction withTitleInText(String headline) {
    return new Extraction(
        text, Optional.of(headline), true, imprint, origin, declaredLanguage, looksPaywalled);
  }

  /** The text without the headline line, which is what the length check counts. */
  public String body() {
    if (!titleInText) {
      return text;
    }
    int newline = text.indexOf('\n');
    return newline < 0 ? "" : text.substring(newline + 1);
  }

  /**
   * The article, in {@code language}, read from {@code source} unless the input named its own
   * origin.
   */
  public Article toArticle(String language, String source) {
    return new Article(
        text,
        title,
        titleInText,
        imprint.byline(),
        imprint.publisher(),
        imprint.published(),
        imprint.updated(),
        imprint.canonicalUrl(),
        language,
        origin.orElse(source));
  }

  private static String firstLine(String text) {
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }
}
