package org.civicbrief.store.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Highlighted passages for hits: HTML with matches in {@code <mark>} and everything else escaped,
 * from the summary, else the facts, else the article text.
 */
final class Snippets {

  private static final String[] FIELDS = {IndexFields.SUMMARY, IndexFields.FACTS, IndexFields.TEXT};
  private static final int PASSAGES = 2;
  private static final int FALLBACK_LENGTH = 300;

  private final Analyzer analyzer;

  Snippets(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** One snippet per document, in order; null where none of the fields matched. */
  List<String> highlight(IndexSearcher searcher, Query words, List<Integer> docs)
      throws IOException {
    List<String> out = new ArrayList<>();
    if (words instanceof MatchAllDocsQuery || docs.isEmpty()) {
      docs.forEach(d -> out.add(null));
      return out;
    }
    UnifiedHighlighter highlighter =
        UnifiedHighlighter.builder(searcher, analyzer)
            .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
            .withMaxNoHighlightPassages(0)
            .withMaxLength(Integer.MAX_VALUE - 1)
            .build();
    int[] ids = docs.stream().mapToInt(Integer::intValue).toArray();
    int[] passages = new int[FIELDS.length];
    Arrays.fill(passages, PASSAGES);
    Map<String, String[]> byField = highlighter.highlightFields(FIELDS, words, ids, passages);
    for (int i = 0; i < ids.length; i++) {
      String snippet = null;
      for (String field : FIELDS) {
        String s = byField.get(field)[i];
        if (s != null && s.contains("<mark>")) {
          snippet = s.strip();
          break;
        }
      }
      out.add(snippet);
    }
    return out;
  }

  /** The first line of a stored field, shortened at a word to about 300 characters. */
  static String firstLine(String text) {
    String line = text == null ? "" : text.lines().findFirst().orElse("");
    if (line.length() <= FALLBACK_LENGTH) {
      return line;
    }
    int cut = line.lastIndexOf(' ', FALLBACK_LENGTH);
    return line.substring(0, cut > 0 ? cut : FALLBACK_LENGTH) + " …";
  }

  /** Escapes text for HTML element content. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#x27;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
