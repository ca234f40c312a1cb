package org.civicbrief.web.briefing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The article behind a briefing, as paragraphs, with the passage a reader came to see marked.
 *
 * @param headline the briefing's headline, for the page title
 * @param meta the byline, publisher and date line
 * @param originalUrl the address of the original article, if known
 * @param backHref the briefing the reader came from
 * @param passage the highlighted passage, if one was asked for
 * @param paragraphs the text in paragraphs of segments
 */
public record ArticleView(
    String headline,
    String meta,
    Optional<String> originalUrl,
    String backHref,
    Optional<String> passage,
    List<List<Segment>> paragraphs) {

  /**
   * A run of text inside a paragraph.
   *
   * @param text the text
   * @param marked true for the highlighted passage
   * @param anchor true for the first marked run, the link target {@code #ev}
   */
  public record Segment(String text, boolean marked, boolean anchor) {
    public Segment {
      Objects.requireNonNull(text, "text");
    }
  }

  public ArticleView {
    Objects.requireNonNull(headline, "headline");
    Objects.requireNonNull(meta, "meta");
    Objects.requireNonNull(originalUrl, "originalUrl");
    Objects.requireNonNull(backHref, "backHref");
    Objects.requireNonNull(passage, "passage");
    paragraphs = paragraphs.stream().map(List::copyOf).toList();
  }

  /**
   * Splits {@code text} into paragraphs at line breaks and marks {@code [from, to)} when given. A
   * passage that runs over several paragraphs is marked in each; the first piece is the anchor.
   */
  public static List<List<Segment>> paragraphs(String text, Optional<int[]> span) {
    int from = span.map(s -> s[0]).orElse(-1);
    int to = span.map(s -> s[1]).orElse(-1);
    List<List<Segment>> out = new ArrayList<>();
    boolean anchored = false;
    int start = 0;
    while (start <= text.length()) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? text.length() : nl;
      if (!text.substring(start, end).isBlank()) {
        List<Segment> p = new ArrayList<>();
        int a = Math.max(start, from);
        int b = Math.min(end, to);
        if (from >= 0 && a < b) {
          add(p, text.substring(start, a), false, false);
          p.add(new Segment(text.substring(a, b), true, !anchored));
          anchored = true;
          add(p, text.substring(b, end), false, false);
        } else {
          p.add(new Segment(text.substring(start, end), false, false));
        }
        out.add(p);
      }
      if (nl < 0) {
        break;
      }
      start = nl + 1;
    }
    return out;
  }

  private static void add(List<Segment> p, String s, boolean marked, boolean anchor) {
    if (!s.isEmpty()) {
      p.add(new Segment(s, marked, anchor));
    }
  }
}
