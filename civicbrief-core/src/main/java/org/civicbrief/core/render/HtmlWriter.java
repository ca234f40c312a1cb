package org.civicbrief.core.render;

/**
 * Writes one page of XHTML-compatible HTML5: every attribute value and every piece of text goes
 * through {@link Html}, so callers cannot forget to escape what came from an article.
 *
 * <p>Void elements are self-closed and attributes always quoted, which keeps the page parseable as
 * XML. One writer serves one render call; it hands out page-unique ids.
 */
final class HtmlWriter {

  private final StringBuilder out = new StringBuilder(32_768);
  private int ids;

  /**
   * Opens {@code tag}; {@code attributes} are name-value pairs, and a null value omits the pair.
   */
  HtmlWriter open(String tag, String... attributes) {
    out.append('<').append(tag);
    attributes(attributes);
    out.append('>');
    return this;
  }

  /** Closes {@code tag}. */
  HtmlWriter close(String tag) {
    out.append("</").append(tag).append('>');
    return this;
  }

  /** Writes a void element such as {@code meta}. */
  HtmlWriter empty(String tag, String... attributes) {
    out.append('<').append(tag);
    attributes(attributes);
    out.append(" />");
    return this;
  }

  /** Writes {@code tag} holding escaped {@code text}. */
  HtmlWriter element(String tag, String text, String... attributes) {
    return open(tag, attributes).text(text).close(tag);
  }

  /** Writes escaped text. */
  HtmlWriter text(String text) {
    out.append(Html.text(text));
    return this;
  }

  /** Writes markup the renderer itself owns (the doctype, the style sheet); never article data. */
  HtmlWriter trusted(String markup) {
    out.append(markup);
    return this;
  }

  /** Ends a line, so that the page source stays readable. */
  HtmlWriter newline() {
    out.append('\n');
    return this;
  }

  /** A fresh id such as {@code tip-3}, unique within the page. */
  String nextId(String prefix) {
    return prefix + "-" + ++ids;
  }

  @Override
  public String toString() {
    return out.toString();
  }

  private void attributes(String... attributes) {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException(
          "attributes come in name-value pairs, got " + attributes.length);
    }
    for (int i = 0; i < attributes.length; i += 2) {
      if (attributes[i + 1] != null) {
        out.append(' ')
            .append(attributes[i])
            .append("=\"")
            .append(Html.attr(attributes[i + 1]))
            .append('"');
      }
    }
  }
}
