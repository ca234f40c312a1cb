package org.civicbrief.core.render;

import java.util.List;

/**
 * Writes the article text as paragraphs with every highlighted span marked, so that each item of
 * the briefing can link to the words it rests on.
 */
final class ArticleHtml {

  private final HtmlWriter out;
  private final Highlights highlights;
  private final boolean[] anchored;
  private int next;

  private ArticleHtml(HtmlWriter out, Highlights highlights) {
    this.out = out;
    this.highlights = highlights;
    this.anchored = new boolean[highlights.spans().size()];
  }

  /** Writes one {@code <p>} per non-blank line of the text, with {@code <mark>} for each span. */
  static void write(HtmlWriter out, Highlights highlights) {
    new ArticleHtml(out, highlights).paragraphs();
  }

  private void paragraphs() {
    String text = highlights.text();
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int newline = text.indexOf('\n', lineStart);
      int lineEnd = newline < 0 ? text.length() : newline;
      int contentEnd =
          lineEnd > lineStart && text.charAt(lineEnd - 1) == '\r' ? lineEnd - 1 : lineEnd;
      if (!text.substring(lineStart, contentEnd).isBlank()) {
        out.open("p");
        paragraph(lineStart, contentEnd);
        out.close("p").newline();
      }
      if (newline < 0) {
        break;
      }
      lineStart = newline + 1;
    }
  }

  private void paragraph(int start, int end) {
    String text = highlights.text();
    List<Highlights.Span> spans = highlights.spans();
    // Spans before this paragraph are done; one that crosses a line break is continued below.
    while (next < spans.size() && spans.get(next).end() <= start) {
      next++;
    }
    int cursor = start;
    for (int i = next; i < spans.size() && spans.get(i).start() < end; i++) {
      Highlights.Span span = spans.get(i);
      int from = Math.max(span.start(), start);
      int to = Math.min(span.end(), end);
      out.text(text.substring(cursor, from));
      // An id may occur once per page, so only the first piece of a span that runs over several
      // paragraphs is the link target.
      String id = anchored[i] ? null : span.id();
      anchored[i] = true;
      out.open("mark", "id", id).text(text.substring(from, to)).close("mark");
      cursor = to;
    }
    out.text(text.substring(cursor, end));
  }
}
