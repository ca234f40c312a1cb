package org.civicbrief.ingest.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicbrief.ingest.extract.Extraction;
import org.civicbrief.ingest.extract.Imprint;
import org.civicbrief.ingest.extract.ParseDate;
import org.civicbrief.ingest.text.ReadPlainText;

/**
 * Reads a Markdown article as plain paragraphs: headings and list items become lines, links keep
 * their text, code blocks go, and YAML front matter gives the title, date, author, publisher and
 * URL.
 */
public final class ReadMarkdown {

  private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,}).*$");
  private static final Pattern ATX =
      Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$");
  private static final Pattern SETEXT = Pattern.compile("^ {0,3}(=+|-+)[ \\t]*$");
  private static final Pattern BREAK = Pattern.compile("^ {0,3}([-*_])([ \\t]*\\1){2,}[ \\t]*$");
  private static final Pattern DEFINITION = Pattern.compile("^ {0,3}\\[[^\\]]+\\]:\\s*\\S+.*$");
  private static final Pattern LIST_ITEM =
      Pattern.compile("^\\s*(?:[-*+]|\\d{1,9}[.)])[ \\t]+(?:\\[[ xX]\\][ \\t]+)?(.*)$");
  private static final Pattern QUOTE = Pattern.compile("^ {0,3}>[ \\t]?(.*)$");
  private static final Pattern TABLE_RULE =
      Pattern.compile("^\\s*\\|?\\s*:?-{2,}:?\\s*(\\|\\s*:?-{2,}:?\\s*)*\\|?\\s*$");
  private static final Pattern COMMENT = Pattern.compile("^\\s*<!--.*-->\\s*$");

  private enum Kind {
    PARAGRAPH,
    LIST
  }

  private record Block(String text, int headingLevel) {}

  /** The article in {@code markdown}. */
  public Extraction read(String markdown) {
    FrontMatter front = FrontMatter.split(ReadPlainText.normalize(markdown));
    List<Block> blocks = blocks(front.body());
    Optional<String> title = Optional.empty();
    boolean titleInText = false;
    var paragraphs = new ArrayList<String>();
    if (!blocks.isEmpty() && blocks.get(0).headingLevel() == 1) {
      title = Optional.of(blocks.get(0).text());
      titleInText = true;
    } else if (front.get("title").isPresent()) {
      // Like an HTML page, the headline opens the text so that a reader sees it first.
      title = front.get("title").map(InlineMarkdown::plain).filter(t -> !t.isEmpty());
      titleInText = title.isPresent();
      title.ifPresent(paragraphs::add);
    } else {
      title = blocks.stream().filter(b -> b.headingLevel() == 1).map(Block::text).findFirst();
    }
    blocks.forEach(b -> paragraphs.add(b.text()));
    return new Extraction(
        String.join("\n\n", paragraphs),
        title,
        titleInText,
        new Imprint(
            front.get("author", "authors", "byline"),
            front.get("publisher", "site", "source"),
            front.get("date", "published").flatMap(ParseDate::parse),
            front.get("updated", "lastmod", "modified").flatMap(ParseDate::parse),
            front.get("url", "canonical", "canonical_url").filter(ReadMarkdown::isWebUrl)),
        Optional.empty(),
        front.get("lang", "language").map(l -> l.split("[-_]")[0].toLowerCase(Locale.ROOT)),
        false);
  }

  private static List<Block> blocks(String body) {
    var blocks = new ArrayList<Block>();
    var lines = new ArrayList<String>();
    Kind kind = Kind.PARAGRAPH;
    String fence = null;
    for (String line : body.split("\n", -1)) {
      if (fence != null) {
        if (line.strip().startsWith(fence)) {
          fence = null;
        }
        continue;
      }
      Matcher m;
      if ((m = FENCE.matcher(line)).matches()) {
        flush(blocks, lines, kind);
        fence = m.group(1);
      } else if (line.isBlank() || COMMENT.matcher(line).matches()) {
        flush(blocks, lines, kind);
      } else if ((m = ATX.matcher(line)).matches()) {
        flush(blocks, lines, kind);
        add(blocks, m.group(2) == null ? "" : m.group(2), m.group(1).length());
      } else if (kind == Kind.PARAGRAPH
          && !lines.isEmpty()
          && (m = SETEXT.matcher(line)).matches()) {
        String heading = String.join(" ", lines);
        lines.clear();
        add(blocks, heading, m.group(1).startsWith("=") ? 1 : 2);
      } else if (BREAK.matcher(line).matches()
          || DEFINITION.matcher(line).matches()
          || TABLE_RULE.matcher(line).matches()) {
        flush(blocks, lines, kind);
      } else if ((m = LIST_ITEM.matcher(line)).matches()) {
        if (kind != Kind.LIST) {
          flush(blocks, lines, kind);
          kind = Kind.LIST;
        }
        lines.add(m.group(1));
      } else if (kind == Kind.LIST && !lines.isEmpty()) {
        // A continuation line belongs to the item above it.
        lines.set(lines.size() - 1, lines.getLast() + " " + line.strip());
      } else {
        if (kind != Kind.PARAGRAPH) {
          flush(blocks, lines, kind);
        }
        kind = Kind.PARAGRAPH;
        lines.add(unquoteAndUntable(line));
      }
      if (lines.isEmpty()) {
        kind = Kind.PARAGRAPH;
      }
    }
    flush(blocks, lines, kind);
    return blocks;
  }

  private static String unquoteAndUntable(String line) {
    String l = line;
    Matcher quote;
    while ((quote = QUOTE.matcher(l)).matches()) {
      l = quote.group(1);
    }
    String stripped = l.strip();
    if (stripped.startsWith("|") && stripped.endsWith("|") && stripped.length() > 1) {
      l = String.join("; ", stripped.substring(1, stripped.length() - 1).split("\\s*\\|\\s*"));
    }
    return l;
  }

  private static void flush(List<Block> blocks, List<String> lines, Kind kind) {
    if (lines.isEmpty()) {
      return;
    }
    if (kind == Kind.LIST) {
      String items =
          String.join(
              "\n", lines.stream().map(InlineMarkdown::plain).filter(s -> !s.isEmpty()).toList());
      if (!items.isEmpty()) {
        blocks.add(new Block(items, 0));
      }
    } else {
      add(blocks, String.join(" ", lines), 0);
    }
    lines.clear();
  }

  private static void add(List<Block> blocks, String markdown, int headingLevel) {
    String text = InlineMarkdown.plain(markdown);
    if (!text.isEmpty()) {
      blocks.add(new Block(text, headingLevel));
    }
  }

  private static boolean isWebUrl(String url) {
    String lower = url.toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://");
  }
}
