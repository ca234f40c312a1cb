package org.civicbrief.web.http;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What every page around its content needs: the title, the style sheet and scripts, structured
 * data, and who is signed in on editor pages.
 *
 * @param title the document title (the site name is added)
 * @param stylesheet the fingerprinted address of the style sheet
 * @param scripts fingerprinted addresses of the scripts that enhance this page
 * @param jsonLd schema.org JSON-LD, already escaped for a script element, if any
 * @param editor the signed-in editor, on editor pages
 * @param noindex true to ask search engines not to index the page
 * @param section the top-level section the page belongs to, to mark the current link
 * @param description what search results and link previews show of the page, if anything
 * @param language the page's language code, for its {@code lang} attribute and labels
 */
public record PageFrame(
    String title,
    String stylesheet,
    List<String> scripts,
    Optional<String> jsonLd,
    Optional<SignedIn> editor,
    boolean noindex,
    String section,
    Optional<String> description,
    String language) {

  /**
   * The signed-in user as the page header shows them.
   *
   * @param username the user name
   * @param csrf the token the sign-out form sends
   */
  public record SignedIn(String username, String csrf) {
    public SignedIn {
      Objects.requireNonNull(username, "username");
      Objects.requireNonNull(csrf, "csrf");
    }
  }

  public PageFrame {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(stylesheet, "stylesheet");
    scripts = List.copyOf(scripts);
    Objects.requireNonNull(jsonLd, "jsonLd");
    Objects.requireNonNull(editor, "editor");
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(language, "language");
  }

  /** A frame in English, the language of every page but a Spanish briefing's (ADR 21). */
  public PageFrame(
      String title,
      String stylesheet,
      List<String> scripts,
      Optional<String> jsonLd,
      Optional<SignedIn> editor,
      boolean noindex,
      String section,
      Optional<String> description) {
    this(title, stylesheet, scripts, jsonLd, editor, noindex, section, description, "en");
  }

  /**
   * A copy whose labels and {@code lang} attribute are in {@code code} ({@code en} or {@code es}).
   */
  public PageFrame withLanguage(String code) {
    return new PageFrame(
        title, stylesheet, scripts, jsonLd, editor, noindex, section, description, code);
  }

  /** The labels of this page's language. */
  public org.civicbrief.core.render.Labels labels() {
    return org.civicbrief.core.render.Labels.of(language);
  }

  /** A copy that also loads {@code scriptHref}. */
  public PageFrame withScript(String scriptHref) {
    List<String> more = new java.util.ArrayList<>(scripts);
    more.add(scriptHref);
    return new PageFrame(
        title, stylesheet, more, jsonLd, editor, noindex, section, description, language);
  }

  /** A copy with structured data. */
  public PageFrame withJsonLd(String escapedJson) {
    return new PageFrame(
        title,
        stylesheet,
        scripts,
        Optional.of(escapedJson),
        editor,
        noindex,
        section,
        description,
        language);
  }

  /** A copy for an editor page: not indexed, with the user and a sign-out form. */
  public PageFrame withEditor(SignedIn user) {
    return new PageFrame(
        title,
        stylesheet,
        scripts,
        jsonLd,
        Optional.of(user),
        true,
        "editor",
        description,
        language);
  }

  /**
   * A copy with a description for search results and link previews ({@code <meta
   * name="description">} and Open Graph), cut to about 200 characters at a word.
   */
  public PageFrame withDescription(String text) {
    String t = text.strip().replaceAll("\\s+", " ");
    if (t.length() > 200) {
      int cut = t.lastIndexOf(' ', 197);
      t = t.substring(0, cut > 0 ? cut : 197) + "…";
    }
    return new PageFrame(
        title, stylesheet, scripts, jsonLd, editor, noindex, section, Optional.of(t), language);
  }

  /** A copy that search engines should not index. */
  public PageFrame hidden() {
    return new PageFrame(
        title, stylesheet, scripts, jsonLd, editor, true, section, description, language);
  }
}
