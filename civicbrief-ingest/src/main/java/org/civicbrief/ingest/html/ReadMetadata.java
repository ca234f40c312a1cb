package org.civicbrief.ingest.html;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.civicbrief.ingest.extract.Imprint;
import org.civicbrief.ingest.extract.ParseDate;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads a page's headline, authors, site name, dates, canonical URL and declared language. */
final class ReadMetadata {

  private static final String ARTICLE_REGION = "[itemprop=articleBody], article, main, [role=main]";
  private static final List<String> SEPARATORS =
      List.of(" | ", " - ", " \u2013 ", " \u2014 ", " :: ", " \u00b7 ", " \u00bb ");
  private static final List<String> PUBLISHED_META =
      List.of(
          "article:published_time",
          "og:published_time",
          "datepublished",
          "pubdate",
          "publishdate",
          "publish-date",
          "date",
          "dc.date",
          "dcterms.created");
  private static final List<String> UPDATED_META =
      List.of(
          "article:modified_time",
          "og:updated_time",
          "datemodified",
          "dcterms.modified",
          "last-modified");
  private static final List<String> PUBLISHED_TIME =
      List.of(
          "time[itemprop=datePublished][datetime]",
          "time[pubdate][datetime]",
          ARTICLE_REGION.replace(",", " time[datetime],") + " time[datetime]",
          "time[datetime]");
  private static final List<String> UPDATED_TIME = List.of("time[itemprop=dateModified][datetime]");
  private static final Pattern BY = Pattern.compile("^(?i)by\\s+");
  private static final Pattern PAYWALL_TEXT =
      Pattern.compile(
          "(?i)subscribe (now )?to (continue|keep) reading|subscribers only|for subscribers"
              + "|this (article|story|content) is (only )?(available|reserved) (to|for) subscribers"
              + "|already a subscriber\\?");

  private final JsonLd jsonLd;

  ReadMetadata(JsonLd jsonLd) {
    this.jsonLd = jsonLd;
  }

  /** Reads {@code document}; call before any element is removed, since JSON-LD lives in scripts. */
  HtmlMetadata read(Document document) {
    Map<String, List<String>> meta = metaTags(document);
    JsonLd.ArticleNode ld = jsonLd.read(document);
    Optional<String> site = first(meta, "og:site_name").or(ld::publisher).map(InlineText::collapse);
    return new HtmlMetadata(
        title(document, meta, ld, site),
        new Imprint(
            byline(document, meta, ld),
            site,
            firstDate(meta, PUBLISHED_META, ld.datePublished(), document, PUBLISHED_TIME),
            firstDate(meta, UPDATED_META, ld.dateModified(), document, UPDATED_TIME),
            canonical(document, meta)),
        language(document),
        ld.articleBody(),
        ld.notFree() || paywallMarkup(document));
  }

  private static Map<String, List<String>> metaTags(Document document) {
    var tags = new LinkedHashMap<String, List<String>>();
    for (Element m : document.select("meta[content]")) {
      String key =
          Stream.of("property", "name", "itemprop", "http-equiv")
              .map(m::attr)
              .filter(a -> !a.isBlank())
              .findFirst()
              .orElse("")
              .strip()
              .toLowerCase(Locale.ROOT);
      String content = InlineText.collapse(m.attr("content"));
      if (!key.isEmpty() && !content.isEmpty()) {
        tags.computeIfAbsent(key, k -> new ArrayList<>()).add(content);
      }
    }
    return tags;
  }

  private static Optional<String> first(Map<String, List<String>> meta, String... keys) {
    for (String key : keys) {
      List<String> values = meta.get(key);
      if (values != null) {
        return Optional.of(values.get(0));
      }
    }
    return Optional.empty();
  }

  private static Optional<String> title(
      Document document,
      Map<String, List<String>> meta,
      JsonLd.ArticleNode ld,
      Optional<String> site) {
    Optional<String> og = first(meta, "og:title").map(t -> withoutSite(t, site));
    if (og.isPresent()) {
      return og;
    }
    if (ld.headline().isPresent()) {
      return ld.headline().map(InlineText::collapse).map(t -> withoutSite(t, site));
    }
    Element h1 = document.selectFirst(ARTICLE_REGION.replace(",", " h1,") + " h1");
    if (h1 == null) {
      h1 = document.selectFirst("h1");
    }
    if (h1 != null && !InlineText.of(h1).isEmpty()) {
      return Optional.of(InlineText.of(h1));
    }
    return Optional.of(InlineText.collapse(document.title()))
        .filter(t -> !t.isEmpty())
        .map(t -> site.isPresent() ? withoutSite(t, site) : withoutSuffix(t));
  }

  private static String withoutSite(String title, Optional<String> site) {
    if (site.isEmpty()) {
      return title;
    }
    String name = site.get().toLowerCase(Locale.ROOT);
    String lower = title.toLowerCase(Locale.ROOT);
    for (String sep : SEPARATORS) {
      if (lower.endsWith(sep + name) && lower.length() > sep.length() + name.length()) {
        return title.substring(0, title.length() - sep.length() - name.length()).strip();
      }
      if (lower.startsWith(name + sep) && lower.length() > sep.length() + name.length()) {
        return title.substring(name.length() + sep.length()).strip();
      }
    }
    return title;
  }

  // Without a site name, "Headline | Site" keeps its longest part, and "Headline - Site" loses a
  // short last part; a dash inside a headline is left alone when what follows is long.
  private static String withoutSuffix(String title) {
    if (title.contains(" | ")) {
      return Stream.of(title.split(" \\| "))
          .map(String::strip)
          .reduce((a, b) -> b.length() > a.length() ? b : a)
          .orElse(title);
    }
    for (String sep : SEPARATORS) {
      int at = title.lastIndexOf(sep);
      if (at > 0) {
        String tail = title.substring(at + sep.length());
        String head = title.substring(0, at);
        if (tail.split(" ").length <= 4 && head.split(" ").length >= 3) {
          return head.strip();
        }
      }
    }
    return title;
  }

  private static Optional<String> byline(
      Document document, Map<String, List<String>> meta, JsonLd.ArticleNode ld) {
    var names = new LinkedHashSet<String>();
    Stream.of("author", "article:author", "dc.creator")
        .flatMap(k -> meta.getOrDefault(k, List.of()).stream())
        .filter(v -> !v.contains("://"))
        .forEach(names::add);
    if (names.isEmpty()) {
      withRel(document, "author").stream().map(InlineText::of).forEach(names::add);
    }
    if (names.isEmpty()) {
      ld.authors().stream().map(InlineText::collapse).forEach(names::add);
    }
    if (names.isEmpty()) {
      Element byline = document.selectFirst(".byline, [itemprop=author]");
      if (byline != null) {
        names.add(InlineText.of(byline));
      }
    }
    List<String> cleaned =
        names.stream()
            .map(n -> BY.matcher(n).replaceFirst("").strip())
            .filter(n -> !n.isEmpty() && n.length() <= 200)
            .distinct()
            .toList();
    return cleaned.isEmpty() ? Optional.empty() : Optional.of(joinNames(cleaned));
  }

  private static String joinNames(List<String> names) {
    if (names.size() == 1) {
      return names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
  }

  // Meta tags first, then JSON-LD, then the page's own <time> elements.
  private static Optional<LocalDate> firstDate(
      Map<String, List<String>> meta,
      List<String> keys,
      Optional<String> fromJsonLd,
      Document document,
      List<String> timeSelectors) {
    for (String key : keys) {
      Optional<LocalDate> date = first(meta, key).flatMap(ParseDate::parse);
      if (date.isPresent()) {
        return date;
      }
    }
    Optional<LocalDate> ld = fromJsonLd.flatMap(ParseDate::parse);
    if (ld.isPresent()) {
      return ld;
    }
    for (String selector : timeSelectors) {
      Element time = document.selectFirst(selector);
      Optional<LocalDate> date =
          Optional.ofNullable(time).flatMap(t -> ParseDate.parse(t.attr("datetime")));
      if (date.isPresent()) {
        return date;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> canonical(Document document, Map<String, List<String>> meta) {
    Optional<String> fromLink =
        withRel(document, "canonical").stream()
            .filter(l -> l.nameIs("link") && l.hasAttr("href"))
            .findFirst()
            .map(l -> l.absUrl("href").isEmpty() ? l.attr("href").strip() : l.absUrl("href"));
    return fromLink
        .filter(ReadMetadata::isWebUrl)
        .or(() -> first(meta, "og:url").filter(ReadMetadata::isWebUrl));
  }

  // rel holds a space-separated list: rel="author external" still names the author.
  private static List<Element> withRel(Document document, String relation) {
    return document.select("[rel]").stream()
        .filter(
            e ->
                Stream.of(e.attr("rel").toLowerCase(Locale.ROOT).split("\\s+"))
                    .anyMatch(relation::equals))
        .toList();
  }

  private static boolean isWebUrl(String url) {
    String lower = url.toLowerCase(Locale.ROOT);
    return (lower.startsWith("http://") || lower.startsWith("https://")) && !url.contains(" ");
  }

  private static Optional<String> language(Document document) {
    String lang = document.select("html[lang]").attr("lang").strip();
    if (lang.isEmpty()) {
      return Optional.empty();
    }
    String primary = lang.split("[-_]")[0].toLowerCase(Locale.ROOT);
    return primary.matches("[a-z]{2,3}") ? Optional.of(primary) : Optional.empty();
  }

  private static boolean paywallMarkup(Document document) {
    if (!document
        .select("[class*=paywall], [id*=paywall], [class*=piano-], [data-paywall]")
        .isEmpty()) {
      return true;
    }
    return PAYWALL_TEXT.matcher(document.body() == null ? "" : document.body().text()).find();
  }
}
