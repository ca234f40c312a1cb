package org.civicbrief.core.article;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Clean article text with its metadata. Every evidence offset in a briefing points into {@link
 * #text()}.
 *
 * @param text the article text exactly as the offsets see it; paragraphs are separated by blank
 *     lines or line breaks, and when {@code titleInText} the first line is the headline
 * @param title the headline, or empty
 * @param titleInText true when the first line of {@code text} is the headline (plain text and HTML
 *     input)
 * @param byline the author line, or empty
 * @param publisher the outlet or site name, or empty
 * @param published the publication date, or empty
 * @param updated the last-updated date, or empty
 * @param canonicalUrl the canonical URL, or empty
 * @param language the ISO 639-1 code of the text's language
 * @param origin where the article was read from (a path, URL or {@code -})
 */
public record Article(
    String text,
    Optional<String> title,
    boolean titleInText,
    Optional<String> byline,
    Optional<String> publisher,
    Optional<LocalDate> published,
    Optional<LocalDate> updated,
    Optional<String> canonicalUrl,
    String language,
    String origin) {

  public Article {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(byline, "byline");
    Objects.requireNonNull(publisher, "publisher");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(updated, "updated");
    Objects.requireNonNull(canonicalUrl, "canonicalUrl");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(origin, "origin");
    if (titleInText && title.isEmpty()) {
      throw new IllegalArgumentException("titleInText needs a title");
    }
  }

  /** An English article with only text, for tests and simple callers. */
  public static Article ofText(String text, String origin) {
    return ofText(text, origin, "en");
  }

  /** An article with only text, in {@code language} ("en", "es"). */
  public static Article ofText(String text, String origin, String language) {
    return new Article(
        text,
        Optional.empty(),
        false,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        language,
        origin);
  }

  /** A copy with another title. */
  public Article withTitle(String newTitle, boolean inText) {
    return with(Optional.of(newTitle), inText, published, canonicalUrl);
  }

  /** A copy with another publication date. */
  public Article withPublished(LocalDate date) {
    return with(title, titleInText, Optional.of(date), canonicalUrl);
  }

  /** A copy with another canonical URL. */
  public Article withCanonicalUrl(String url) {
    return with(title, titleInText, published, Optional.of(url));
  }

  // The one copy that the withers share; they change only these components.
  private Article with(
      Optional<String> newTitle,
      boolean inText,
      Optional<LocalDate> newPublished,
      Optional<String> newCanonicalUrl) {
    return new Article(
        text,
        newTitle,
        inText,
        byline,
        publisher,
        newPublished,
        updated,
        newCanonicalUrl,
        language,
        origin);
  }
}
