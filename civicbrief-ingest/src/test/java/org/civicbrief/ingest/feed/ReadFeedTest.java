package org.civicbrief.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Optional;
import org.civicbrief.core.common.Outcome;
import org.junit.jupiter.api.Test;

class ReadFeedTest {

  private final ReadFeed read = new ReadFeed();

  @Test
  void anRss2FeedListsItsEntriesByGuidOrLinkAndSkipsEntriesWithNeither() throws IOException {
    ParsedFeed feed = read.read(bytes("harbor-rss2.xml")).value();

    assertThat(feed.format()).isEqualTo("rss_2.0");
    assertThat(feed.title()).contains("Harbor Ledger: City Hall");
    assertThat(feed.entries())
        .extracting(FeedEntry::key)
        .containsExactly("ledger-8812", "https://ledger.example/2026/11/library-hours");
    FeedEntry first = feed.entries().getFirst();
    assertThat(first.link()).contains("https://ledger.example/2026/11/ferry-fares");
    assertThat(first.published()).contains(LocalDate.parse("2026-11-17"));
    assertThat(feed.entries().get(1).published()).contains(LocalDate.parse("2026-11-18"));
  }

  @Test
  void anOldRss091FeedIsRead() throws IOException {
    ParsedFeed feed = read.read(bytes("harbor-rss091.xml")).value();

    assertThat(feed.format()).isEqualTo("rss_0.91U");
    assertThat(feed.entries())
        .singleElement()
        .satisfies(e -> assertThat(e.link()).contains("https://ledger.example/1999/pier"));
  }

  @Test
  void anAtomFeedUsesEntryIdsAndAlternateLinks() throws IOException {
    ParsedFeed feed = read.read(bytes("gazette-atom.xml")).value();

    assertThat(feed.format()).isEqualTo("atom_1.0");
    assertThat(feed.entries())
        .singleElement()
        .isEqualTo(
            new FeedEntry(
                "urn:uuid:gazette-entry-1",
                Optional.of("Board studies a student ferry pass"),
                Optional.of("https://gazette.example/ferry-pass"),
                Optional.of(LocalDate.parse("2026-11-18"))));
  }

  @Test
  void aJsonFeedIsReadWithNumericIdsAndExternalUrls() throws IOException {
    ParsedFeed feed = read.read(bytes("bay-times.json")).value();

    assertThat(feed.format()).isEqualTo("json-feed");
    assertThat(feed.title()).contains("Bay Times");
    assertThat(feed.entries()).extracting(FeedEntry::key).containsExactly("301", "302");
    assertThat(feed.entries().get(0).published()).contains(LocalDate.parse("2026-11-16"));
    assertThat(feed.entries().get(1).link()).contains("https://bay.example/elsewhere");
  }

  @Test
  void aBrokenFeedIsAReasonNotAnException() throws IOException {
    Outcome<ParsedFeed> broken = read.read(bytes("broken.xml"));

    assertThat(broken.isOk()).isFalse();
    assertThat(broken.reason()).startsWith("the feed does not parse as RSS or Atom");
    assertThat(read.read("{\"items\": []}".getBytes()).reason()).contains("not a JSON Feed");
    assertThat(read.read("  ".getBytes()).reason()).isEqualTo("the feed is empty");
    assertThat(read.read("<html><body>Not a feed</body></html>".getBytes()).isOk()).isFalse();
  }

  @Test
  void aFeedThatDeclaresEntitiesIsRefusedSoItCannotReadLocalFiles() throws IOException {
    Outcome<ParsedFeed> feed = read.read(bytes("doctype.xml"));

    assertThat(feed.isOk()).isFalse();
  }

  static byte[] bytes(String name) throws IOException {
    try (InputStream in = ReadFeedTest.class.getResourceAsStream("/feeds/" + name)) {
      return in.readAllBytes();
    }
  }
}
