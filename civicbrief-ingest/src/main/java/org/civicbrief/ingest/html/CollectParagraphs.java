package org.civicbrief.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns the story's element into paragraphs, in page order: each block of text is one paragraph,
 * and subheadings are paragraphs of their own.
 */
final class CollectParagraphs {

  // Labels that survive when a page marks its boilerplate with nothing but its wording.
  private static final Set<String> LABELS =
      Set.of(
          "advertisement",
          "advertisement.",
          "ad",
          "sponsored",
          "sponsored content",
          "share",
          "share this",
          "share this article",
          "share this story",
          "continue reading",
          "read more",
          "related",
          "related articles",
          "related stories",
          "recommended",
          "skip to content",
          "skip to main content",
          "comments",
          "subscribe",
          "sign up",
          "story continues below advertisement",
          "listen to this article",
          "advertising",
          "continue reading the main story",
          "story continues below",
          "article continues below",
          "get our newsletter",
          "scroll to continue with content",
          "print");
  private static final Pattern LEADING_LABEL =
      Pattern.compile(
          "(?i)^(read more|related|see also|also read|more on this|recommended)\\s*[:\u2013\u2014-].*"
              + "|^(sign up|subscribe)\\b.*\\b(newsletter|email|inbox)\\b.*");
  private static final int MAX_LABEL_WORDS = 25;

  /** The paragraphs of {@code root}, leaving out a repeat of {@code title}. */
  List<String> collect(Element root, Optional<String> title) {
    var out = new ArrayList<String>();
    walk(root, title, out);
    return out;
  }

  private static void walk(Element element, Optional<String> title, List<String> out) {
    if (!hasBlockChild(element)) {
      emit(element, title, out);
      return;
    }
    var run = new StringBuilder();
    for (Node child : element.childNodes()) {
      if (child instanceof Element e && isBlock(e)) {
        flush(run, title, out);
        walk(e, title, out);
      } else if (child instanceof TextNode t) {
        run.append(t.text());
      } else if (child instanceof Element e) {
        run.append(' ').append(e.text()).append(' ');
      }
    }
    flush(run, title, out);
  }

  private static void emit(Element block, Optional<String> title, List<String> out) {
    if (block.nameIs("h1") && title.isPresent()) {
      // The headline already opens the text; a page's own h1 would repeat it.
      return;
    }
    add(InlineText.of(block), title, out);
  }

  private static void flush(StringBuilder run, Optional<String> title, List<String> out) {
    add(InlineText.collapse(run.toString()), title, out);
    run.setLength(0);
  }

  private static void add(String paragraph, Optional<String> title, List<String> out) {
    if (paragraph.isEmpty() || isLabel(paragraph)) {
      return;
    }
    if (title.isPresent() && paragraph.equalsIgnoreCase(title.get())) {
      return;
    }
    if (!out.isEmpty() && out.getLast().equals(paragraph)) {
      return;
    }
    out.add(paragraph);
  }

  private static boolean isLabel(String paragraph) {
    String lower = paragraph.toLowerCase(Locale.ROOT).replaceAll("[:\u2026.]+$", "").strip();
    if (LABELS.contains(lower) || LABELS.contains(lower + ".")) {
      return true;
    }
    return LEADING_LABEL.matcher(paragraph).matches()
        && paragraph.split("\\s+").length <= MAX_LABEL_WORDS;
  }

  private static boolean hasBlockChild(Element element) {
    for (Element child : element.children()) {
      if (isBlock(child)) {
        return true;
      }
    }
    return false;
  }

  // jsoup counts <br> as a block; inside a paragraph it is only a line break.
  private static boolean isBlock(Element e) {
    return e.isBlock() && !e.nameIs("br") && !e.nameIs("wbr");
  }
}
