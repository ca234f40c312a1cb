package org.civicbrief.core.quiz.export;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicbrief.core.article.Article;
import org.civicbrief.core.quiz.Question;

/**
 * What a question cites: the article, or for a background question the knowledge-base card.
 *
 * @param label what a reader sees: a title, an outlet, or where the article was read from
 * @param url the address to link, only ever an absolute http or https URL
 */
record SourceLink(String label, Optional<String> url) {

  private static final Pattern HTTP = Pattern.compile("https?://\\S+", Pattern.CASE_INSENSITIVE);

  SourceLink {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(url, "url");
  }

  /** The card's citation for a background question that has one, else the article. */
  static SourceLink of(Question q, Article article) {
    if (q.background() && q.source().isPresent() && !q.source().get().isBlank()) {
      return citation(q.source().get());
    }
    return article(article);
  }

  /** The article: its canonical URL when it has one, labelled by its title, outlet or origin. */
  static SourceLink article(Article a) {
    Optional<String> url = a.canonicalUrl().flatMap(SourceLink::http);
    String label =
        a.title()
            .filter(t -> !t.isBlank())
            .or(() -> a.publisher().filter(p -> !p.isBlank()))
            .or(() -> url)
            .orElse(a.origin());
    return new SourceLink(PlainText.line(label), url);
  }

  /** A free-text citation ("War Powers Resolution, https://..."): its URL becomes the link. */
  static SourceLink citation(String text) {
    String line = PlainText.line(text);
    Matcher m = HTTP.matcher(line);
    if (!m.find()) {
      return new SourceLink(line, Optional.empty());
    }
    String candidate = m.group().replaceAll("[).,;>]+$", "");
    Optional<String> url = http(candidate);
    if (url.isEmpty()) {
      return new SourceLink(line, Optional.empty());
    }
    String rest =
        (line.substring(0, m.start()) + line.substring(m.start() + candidate.length()))
            .replace("()", "")
            .replace("<>", "");
    String label = rest.replaceAll("^[\\s.,;:–—-]+|[\\s.,;:–—-]+$", "");
    return new SourceLink(label.isEmpty() ? url.get() : label, url);
  }

  /** "Label (https://...)", or the label alone when there is no link. */
  String text() {
    return url.filter(u -> !u.equals(label)).map(u -> label + " (" + u + ")").orElse(label);
  }

  /** An HTML link, or the escaped label when there is no link. */
  String html() {
    return url.map(u -> "<a href=\"" + HtmlText.escape(u) + "\">" + HtmlText.escape(label) + "</a>")
        .orElse(HtmlText.escape(label));
  }

  /**
   * The URL when it is an absolute http or https URL with a host; anything else ({@code
   * javascript:}, relative, malformed) is refused so that article metadata never becomes a link
   * that runs code in the platform a teacher imports the quiz into.
   */
  static Optional<String> http(String candidate) {
    return org.civicbrief.core.render.SafeUrl.http(candidate);
  }
}
