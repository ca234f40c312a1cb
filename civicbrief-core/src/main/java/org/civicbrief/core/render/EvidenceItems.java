package org.civicbrief.core.render;

import java.util.List;
import org.civicbrief.core.briefing.Evidence;

/**
 * Writes items a reader can hover or focus to see the source sentence they came from, with a link
 * to its mark in the article text.
 *
 * <p>The tooltip is plain markup that CSS reveals on {@code :hover} and {@code :focus-within}; the
 * item is focusable and names the tooltip with {@code aria-describedby}, so keyboard and screen
 * reader users get the same evidence without any script. It is not an ARIA {@code tooltip}, because
 * it holds a link, which that role does not allow.
 */
final class EvidenceItems {

  private final HtmlWriter out;
  private final Highlights highlights;
  private final Labels labels;

  EvidenceItems(HtmlWriter out, Highlights highlights, Labels labels) {
    this.out = out;
    this.highlights = highlights;
    this.labels = labels;
  }

  /**
   * Writes {@code <tag class="item cssClass">} around {@code body} and the tooltip for {@code
   * evidence}; with no evidence the element is written without focus or tooltip.
   */
  void item(String tag, String cssClass, List<Evidence> evidence, Runnable body) {
    String classes = cssClass.isEmpty() ? "item" : "item " + cssClass;
    if (evidence.isEmpty()) {
      out.open(tag, "class", cssClass.isEmpty() ? null : cssClass);
      body.run();
      out.close(tag).newline();
      return;
    }
    String tipId = out.nextId("tip");
    out.open(tag, "class", classes, "tabindex", "0", "aria-describedby", tipId);
    body.run();
    tip(tipId, evidence);
    out.close(tag).newline();
  }

  /** {@link #item(String, String, List, Runnable)} for the usual single piece of evidence. */
  void item(String tag, String cssClass, Evidence evidence, Runnable body) {
    item(tag, cssClass, List.of(evidence), body);
  }

  private void tip(String id, List<Evidence> evidence) {
    out.open("span", "class", "tip", "id", id);
    for (Evidence e : evidence) {
      out.open("span", "class", "tip-entry");
      out.element("span", labels.get("evidence"), "class", "visually-hidden");
      out.open("q", "class", "tip-src").text(e.in(highlights.text())).close("q").text(" ");
      String where = labels.sentence(e.sentence() + 1);
      highlights
          .around(e)
          .ifPresentOrElse(
              span ->
                  out.element(
                      "a",
                      where,
                      "class",
                      "tip-link",
                      "href",
                      "#" + span.id(),
                      "title",
                      labels.get("showInArticle")),
              () -> out.element("span", where, "class", "tip-link"));
      out.close("span");
    }
    out.close("span");
  }
}
