package org.civicbrief.ingest.html;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * Removes what is on a news page but not in the story: navigation, banners, ads, sign-ups, related
 * links, comments, share bars, captions and link lists.
 */
final class Boilerplate {

  /** Elements that never hold story text. */
  static final String NEVER_TEXT =
      "script, style, noscript, template, iframe, object, embed, svg, canvas, button, input, select,"
          + " textarea, link, meta, img, picture, video, audio, source, map, figure, figcaption,"
          + " dialog, [hidden], [aria-hidden=true], ins.adsbygoogle";

  private static final String STRUCTURAL =
      "nav, header, footer, aside, menu, form, [role=navigation], [role=banner],"
          + " [role=contentinfo], [role=complementary], [role=search], [role=dialog],"
          + " [role=alertdialog], [aria-modal=true]";

  // Whole tokens of a class or id: "ad" must not match "header" or "lead".
  private static final Set<String> TOKENS =
      words(
          "ad ads adslot adunit advert adverts advertisement advertising sponsor sponsored"
              + " promo promos promoted cookie cookies consent gdpr newsletter newsletters signup"
              + " subscribe subscription paywall related recommended recommendations recirc readmore"
              + " more share shares sharing sharebar social comment comments disqus breadcrumb"
              + " breadcrumbs nav navbar navigation menu sidebar widget widgets popup modal overlay"
              + " banner masthead footer header caption credit credits byline author bio dateline"
              + " timestamp date meta tags toolbar outbrain taboola trending skip print hidden sr"
              + " tweet embed video gallery rail teaser teasers tools utility");

  // Unambiguous stems that also appear glued into longer names ("cookiebar", "relatedStories").
  private static final Set<String> STEMS =
      words(
          "cookie consent newsletter advert sponsor outbrain taboola disqus breadcrumb readmore"
              + " related recommend sharebar sharing socialshare");

  private static final Set<String> INLINE =
      Set.of(
          "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "font", "i",
          "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u",
          "var");

  private static final Pattern CAMEL = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");
  private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
  private static final Pattern HIDDEN_STYLE =
      Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");

  // A class-matched element holding most of the story is a wrapper with an unlucky name
  // ("page has-sidebar"), not boilerplate.
  private static final double WRAPPER_SHARE = 0.5;
  private static final double CONTAINER_LINK_DENSITY = 0.5;
  private static final double PARAGRAPH_LINK_DENSITY = 0.8;

  /** Removes boilerplate inside {@code scope}, never {@code scope} itself. */
  void strip(Element scope) {
    scope.select(NEVER_TEXT).stream().filter(e -> e != scope).forEach(Element::remove);
    int scopeText = scope.text().length();
    for (Element e : scope.select(STRUCTURAL)) {
      removeUnlessWrapper(scope, e, scopeText);
    }
    for (Element e : scope.getAllElements()) {
      if (e != scope && e.parent() != null && (byName(e) || hiddenByStyle(e) || adAttribute(e))) {
        removeUnlessWrapper(scope, e, scopeText);
      }
    }
    for (Element e : scope.select("div, section, ul, ol, dl, table, p, li")) {
      if (e != scope && linkDense(e)) {
        e.remove();
      }
    }
  }

  private static void removeUnlessWrapper(Element scope, Element e, int scopeText) {
    if (e == scope || !isInside(e, scope)) {
      return;
    }
    if (scopeText > 0 && e.text().length() > scopeText * WRAPPER_SHARE) {
      return;
    }
    e.remove();
  }

  private static boolean isInside(Element e, Element scope) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p == scope) {
        return true;
      }
    }
    return false;
  }

  /** True when the class or id of a block names boilerplate. */
  static boolean byName(Element e) {
    String names = (e.className() + " " + e.id()).strip();
    // Inline markup is part of a sentence: a link styled "meta-org" still names the company.
    if (names.isEmpty()
        || INLINE.contains(e.normalName())
        || e.nameIs("body")
        || e.nameIs("html")
        || e.nameIs("main")) {
      return false;
    }
    String spaced = CAMEL.matcher(names).replaceAll(" ").toLowerCase(Locale.ROOT);
    if (Stream.of(NON_ALNUM.split(spaced)).anyMatch(TOKENS::contains)) {
      return true;
    }
    String glued = NON_ALNUM.matcher(names.toLowerCase(Locale.ROOT)).replaceAll("");
    return STEMS.stream().anyMatch(glued::contains);
  }

  private static boolean hiddenByStyle(Element e) {
    return e.hasAttr("style") && HIDDEN_STYLE.matcher(e.attr("style")).find();
  }

  private static boolean adAttribute(Element e) {
    for (Attribute a : e.attributes()) {
      String key = a.getKey().toLowerCase(Locale.ROOT);
      if (key.equals("data-ad")
          || key.startsWith("data-ad-")
          || key.startsWith("data-google-query")) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> words(String spaceSeparated) {
    return Set.of(spaceSeparated.split(" "));
  }

  private static boolean linkDense(Element e) {
    int text = e.text().length();
    if (text == 0) {
      return false;
    }
    double density = linkTextLength(e) / (double) text;
    boolean paragraph = e.nameIs("p") || e.nameIs("li");
    return density > (paragraph ? PARAGRAPH_LINK_DENSITY : CONTAINER_LINK_DENSITY);
  }

  static int linkTextLength(Element e) {
    int length = 0;
    for (Element a : e.select("a")) {
      length += a.text().length();
    }
    return length;
  }
}
