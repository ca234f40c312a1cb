package org.civicbrief.core.story;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An article of a story, as the story page lists it.
 *
 * @param articleId the article
 * @param title its headline
 * @param outlet the outlet that published it
 * @param url where it was published, if known
 * @param published when it was published, if known
 * @param arrival its place in the order articles arrived (0 for the first ever)
 * @param carriers other outlets that carried the same article
 */
public record StoryArticle(
    String articleId,
    String title,
    String outlet,
    Optional<String> url,
    Optional<LocalDate> published,
    long arrival,
    List<Carrier> carriers) {

  public StoryArticle {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(published, "published");
    carriers = List.copyOf(carriers);
  }

  /** Every outlet that carried the article, its own first. */
  public List<String> outlets() {
    return java.util.stream.Stream.concat(
            java.util.stream.Stream.of(outlet), carriers.stream().map(Carrier::outlet))
        .distinct()
        .toList();
  }
}
