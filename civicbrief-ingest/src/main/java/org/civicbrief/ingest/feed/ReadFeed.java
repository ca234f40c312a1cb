package org.civicbrief.ingest.feed;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.civicbrief.core.common.Outcome;
import org.civicbrief.ingest.extract.ParseDate;

/**
 * Reads a feed's bytes: RSS and Atom with Rome (which refuses document type declarations, so a feed
 * cannot make the parser read local files), JSON Feed with Jackson. A feed that does not parse is a
 * failed outcome with a one-line reason; an entry with neither id nor link is left out.
 */
public final class ReadFeed {

  private final JsonMapper json = JsonMapper.builder().build();

  /** The feed in {@code content}. */
  public Outcome<ParsedFeed> read(byte[] content) {
    int start = firstNonSpace(content);
    if (start < content.length && content[start] == '{') {
      return readJson(content);
    }
    if (start >= content.length) {
      return Outcome.failed("the feed is empty");
    }
    return readXml(content);
  }

  private Outcome<ParsedFeed> readXml(byte[] content) {
    SyndFeed feed;
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      feed = input.build(new com.rometools.rome.io.XmlReader(new ByteArrayInputStream(content)));
    } catch (FeedException | IOException | IllegalArgumentException e) {
      return Outcome.failed("the feed does not parse as RSS or Atom (" + oneLine(e) + ")");
    }
    List<FeedEntry> entries = new ArrayList<>();
    Set<String> keys = new LinkedHashSet<>();
    for (SyndEntry e : feed.getEntries()) {
      Optional<String> link = text(e.getLink()).or(() -> firstLink(e));
      Optional<String> key = text(e.getUri()).or(() -> link);
      if (key.isEmpty() || !keys.add(key.get())) {
        continue;
      }
      Date when = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
      entries.add(
          new FeedEntry(
              key.get(),
              text(e.getTitle()),
              link,
              Optional.ofNullable(when)
                  .map(d -> LocalDate.ofInstant(d.toInstant(), ZoneOffset.UTC))));
    }
    return Outcome.ok(new ParsedFeed(feed.getFeedType(), text(feed.getTitle()), entries));
  }

  private static Optional<String> firstLink(SyndEntry e) {
    return e.getLinks().stream()
        .map(l -> l.getHref())
        .filter(h -> h != null && !h.isBlank())
        .findFirst();
  }

  private Outcome<ParsedFeed> readJson(byte[] content) {
    JsonNode root;
    try {
      root =
          json.readTree(
              new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8));
    } catch (JacksonException e) {
      return Outcome.failed(
          "the feed does not parse as JSON ("
              + e.getOriginalMessage().lines().findFirst().orElse("unreadable")
              + ")");
    } catch (IOException e) {
      return Outcome.failed("the feed cannot be read (" + oneLine(e) + ")");
    }
    String version = root.path("version").asText("");
    if (!version.startsWith("https://jsonfeed.org/version/")) {
      return Outcome.failed(
          "this JSON is not a JSON Feed (its \"version\" must be https://jsonfeed.org/version/1.1)");
    }
    JsonNode items = root.path("items");
    if (!items.isArray()) {
      return Outcome.failed("the JSON Feed has no \"items\" list");
    }
    List<FeedEntry> entries = new ArrayList<>();
    Set<String> keys = new LinkedHashSet<>();
    for (JsonNode item : items) {
      Optional<String> link = string(item, "url").or(() -> string(item, "external_url"));
      Optional<String> key = string(item, "id").or(() -> link);
      if (key.isEmpty() || !keys.add(key.get())) {
        continue;
      }
      Optional<LocalDate> date =
          string(item, "date_published")
              .or(() -> string(item, "date_modified"))
              .flatMap(ParseDate::parse);
      entries.add(new FeedEntry(key.get(), string(item, "title"), link, date));
    }
    return Outcome.ok(new ParsedFeed("json-feed", string(root, "title"), entries));
  }

  private static Optional<String> string(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    // JSON Feed ids may be numbers; they are compared as text.
    return text(v.isValueNode() ? v.asText() : null);
  }

  private static Optional<String> text(String s) {
    return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.strip());
  }

  private static int firstNonSpace(byte[] content) {
    int i = 0;
    // A UTF-8 byte order mark is not content.
    if (content.length >= 3
        && (content[0] & 0xff) == 0xef
        && (content[1] & 0xff) == 0xbb
        && (content[2] & 0xff) == 0xbf) {
      i = 3;
    }
    while (i < content.length && Character.isWhitespace(content[i])) {
      i++;
    }
    return i;
  }

  private static String oneLine(Exception e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    m = m.replaceAll("\\s+", " ").strip();
    return m.length() > 160 ? m.substring(0, 160) + "..." : m;
  }
}
