package org.civicbrief.web.home;

import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import org.civicbrief.store.briefing.BriefingSummary;
import org.civicbrief.web.briefing.ReaderDates;
import org.civicbrief.web.http.Links;

/**
 * A briefing in a list: its headline, dek and when it was published.
 *
 * @param href the briefing page
 * @param headline the headline
 * @param dek the sentence under it
 * @param published the day the briefing was first published here, for readers
 * @param publishedIso the same day for machines
 * @param articleDate the day the article itself was published, for readers, when known; shown apart
 *     from the briefing's day so that a card never passes one off as the other
 */
public record BriefingCard(
    String href,
    String headline,
    String dek,
    Optional<String> published,
    Optional<String> publishedIso,
    Optional<String> articleDate) {

  public BriefingCard {
    Objects.requireNonNull(href, "href");
    Objects.requireNonNull(headline, "headline");
    Objects.requireNonNull(dek, "dek");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(publishedIso, "publishedIso");
    Objects.requireNonNull(articleDate, "articleDate");
  }

  /** The card of a published briefing. */
  public static BriefingCard of(BriefingSummary s) {
    var day = s.publishedAt().map(t -> t.atZone(ZoneOffset.UTC).toLocalDate());
    return new BriefingCard(
        Links.briefing(s.id()),
        s.headline(),
        s.dek(),
        day.map(ReaderDates::day),
        day.map(Object::toString),
        s.articlePublished().map(ReaderDates::day));
  }
}
