package org.civicbrief.web.search;

import java.util.regex.Pattern;

/**
 * Checks a search snippet before it goes into a page as markup. The index writes snippets with
 * every match in {@code <mark>} and everything else escaped; anything else that looks like a tag
 * means that promise broke, and then the whole snippet is escaped as text.
 */
public final class Snippet {

  private static final Pattern TAG = Pattern.compile("<(?!/?mark>)");

  private Snippet() {}

  /** {@code html} when it holds no markup but {@code <mark>}, else {@code html} escaped. */
  public static String safe(String html) {
    if (!TAG.matcher(html).find()) {
      return html;
    }
    return html.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
