package org.civicbrief.core.article;

import java.time.LocalDate;
import java.util.Optional;

/** Test articles as an outlet publishes them: the headline as the first line of the text. */
public final class OutletArticles {

  private OutletArticles() {}

  /** An English article of {@code text} from {@code outlet}, read from {@code origin}. */
  public static Article article(
      String text, String outlet, LocalDate published, Optional<String> url, String origin) {
    return new Article(
        text,
        Optional.of(text.lines().findFirst().orElseThrow()),
        true,
        Optional.empty(),
        Optional.of(outlet),
        Optional.of(published),
        Optional.empty(),
        url,
        "en",
        origin);
  }
}
