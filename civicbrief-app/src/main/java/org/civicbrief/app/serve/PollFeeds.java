package org.civicbrief.app.serve;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.civicbrief.core.common.Outcome;
import org.civicbrief.ingest.feed.FeedEntry;
import org.civicbrief.ingest.feed.ParsedFeed;
import org.civicbrief.ingest.feed.ReadFeed;
import org.civicbrief.ingest.url.FeedResponse;
import org.civicbrief.ingest.url.FetchFeed;
import org.civicbrief.store.Store;
import org.civicbrief.store.article.Submission;
import org.civicbrief.store.article.Submitted;
import org.civicbrief.store.audit.Principal;
import org.civicbrief.store.feed.Feed;
import org.civicbrief.web.port.ArticleInput;
import org.civicbrief.web.port.ReadSubmission;

/**
 * Polls the feeds that are due: a conditional GET, then each entry not seen before is read through
 * the same reader (and address guard) as an editor's link and stored, which queues its briefing
 * job. A poll that fails is recorded with its reason and the feed waits longer before the next,
 * doubling up to a day; the first success resets it.
 */
public final class PollFeeds {

  /** How often a healthy feed is polled. */
  public static final Duration INTERVAL = Duration.ofMinutes(30);

  /** The longest wait after failures. */
  static final Duration MAX_BACKOFF = Duration.ofHours(24);

  /** How many new entries one poll submits; the rest wait for the next poll. */
  static final int ENTRIES_PER_POLL = 25;

  private static final Duration LEASE = Duration.ofMinutes(10);
  private static final Principal POLLER = Principal.system("feeds");

  private final Store store;
  private final FetchFeed fetch;
  private final ReadFeed read = new ReadFeed();
  private final ReadSubmission articles;
  private final Clock clock;
  private final Duration interval;

  /** Polls with {@code fetch}, reads entries with {@code articles}, every {@code interval}. */
  public PollFeeds(
      Store store, FetchFeed fetch, ReadSubmission articles, Clock clock, Duration interval) {
    this.store = Objects.requireNonNull(store, "store");
    this.fetch = Objects.requireNonNull(fetch, "fetch");
    this.articles = Objects.requireNonNull(articles, "articles");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.interval = Objects.requireNonNull(interval, "interval");
  }

  /**
   * What one poll of a feed did.
   *
   * @param feedId the feed
   * @param url its address
   * @param outcome {@code ok} with the number of new entries, {@code not modified}, or the error
   * @param submitted articles stored from new entries
   * @param problems new entries that could not be read, each with its reason
   */
  public record Polled(
      long feedId, String url, String outcome, List<Submitted> submitted, List<String> problems) {
    public Polled {
      submitted = List.copyOf(submitted);
      problems = List.copyOf(problems);
    }
  }

  /** Polls every feed that is due now, one after the other; returns what each poll did. */
  public List<Polled> pollDue() {
    List<Polled> out = new ArrayList<>();
    for (Optional<Feed> f = store.feeds().claimDue(LEASE);
        f.isPresent();
        f = store.feeds().claimDue(LEASE)) {
      out.add(poll(f.get()));
    }
    return out;
  }

  /** Polls {@code feed} now and records the outcome. */
  public Polled poll(Feed feed) {
    Outcome<FeedResponse> response = fetch.fetch(feed.url(), feed.etag(), feed.lastModified());
    if (!response.isOk()) {
      return failed(feed, response.reason());
    }
    return switch (response.value()) {
      case FeedResponse.NotModified n -> {
        store.feeds().succeeded(feed.id(), n.etag(), n.lastModified(), Optional.empty(), next());
        yield new Polled(feed.id(), feed.url(), "not modified", List.of(), List.of());
      }
      case FeedResponse.Fetched f -> {
        Outcome<ParsedFeed> parsed = read.read(f.document().content());
        if (!parsed.isOk()) {
          yield failed(feed, parsed.reason());
        }
        Polled p = submitNew(feed, parsed.value());
        store
            .feeds()
            .succeeded(feed.id(), f.etag(), f.lastModified(), parsed.value().title(), next());
        yield p;
      }
    };
  }

  private Polled submitNew(Feed feed, ParsedFeed parsed) {
    List<Submitted> submitted = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    int taken = 0;
    for (FeedEntry e : parsed.entries()) {
      if (taken >= ENTRIES_PER_POLL) {
        break;
      }
      if (store.feeds().seen(feed.id(), e.key())) {
        continue;
      }
      taken++;
      if (e.link().isEmpty()) {
        problems.add(e.key() + ": the entry has no link to an article");
        store.feeds().remember(feed.id(), e.key(), Optional.empty(), Optional.of("no link"));
        continue;
      }
      Outcome<Submission> article =
          articles.read(new ArticleInput.Link(e.link().get(), e.published()));
      Outcome<Submitted> stored = article.flatMap(a -> store.articles().submit(a, POLLER));
      if (stored.isOk()) {
        submitted.add(stored.value());
        store
            .feeds()
            .remember(
                feed.id(), e.key(), Optional.of(stored.value().articleId()), Optional.empty());
      } else {
        problems.add(e.link().get() + ": " + stored.reason());
        store.feeds().remember(feed.id(), e.key(), Optional.empty(), Optional.of(stored.reason()));
      }
    }
    return new Polled(feed.id(), feed.url(), "ok, " + taken + " new entries", submitted, problems);
  }

  private Polled failed(Feed feed, String reason) {
    Instant now = clock.instant();
    int failures = feed.failures() + 1;
    Duration wait = backoff(interval, failures);
    store.feeds().failed(feed.id(), reason, now.plus(wait));
    return new Polled(feed.id(), feed.url(), reason, List.of(), List.of());
  }

  private Instant next() {
    return clock.instant().plus(interval);
  }

  /** The wait after {@code failures} failed polls in a row: the interval doubled each time. */
  static Duration backoff(Duration interval, int failures) {
    Duration wait = interval;
    for (int i = 0; i < Math.min(failures, 16) && wait.compareTo(MAX_BACKOFF) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
  }
}
