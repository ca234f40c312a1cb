package org.civicbrief.web.briefing;

import io.javalin.http.Context;
import java.util.Optional;
import org.civicbrief.core.article.Article;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.render.Attribution;
import org.civicbrief.core.render.SafeUrl;
import org.civicbrief.web.http.HttpProblem;

/** Makes the {@link ArticleView} of a briefing's article, with the passage a link asked for. */
public final class ShowArticle {

  private ShowArticle() {}

  /**
   * The article of {@code b} with the span in the {@code from} and {@code to} query values marked.
   *
   * @throws HttpProblem 400 when the span is malformed or not inside the text
   */
  public static ArticleView view(Context ctx, Briefing b, String backHref) {
    Article a = b.article();
    String text = a.text();
    Optional<int[]> span = span(ctx.queryParam("from"), ctx.queryParam("to"), text.length());
    Optional<String> passage =
        span.map(s -> text.substring(s[0], s[1]).strip().replaceAll("\\s+", " "));
    StringBuilder meta = new StringBuilder();
    a.byline().filter(s -> !s.isBlank()).ifPresent(meta::append);
    Attribution.publisher(b).ifPresent(p -> meta.append(meta.isEmpty() ? "" : " · ").append(p));
    a.published()
        .ifPresent(d -> meta.append(meta.isEmpty() ? "" : " · ").append(ReaderDates.day(d)));
    return new ArticleView(
        b.headline().text(),
        meta.toString(),
        a.canonicalUrl().flatMap(SafeUrl::http),
        backHref,
        passage,
        ArticleView.paragraphs(text, span));
  }

  private static Optional<int[]> span(String from, String to, int length) {
    if (from == null && to == null) {
      return Optional.empty();
    }
    try {
      int f = Integer.parseInt(String.valueOf(from));
      int t = Integer.parseInt(String.valueOf(to));
      if (f >= 0 && f < t && t <= length) {
        return Optional.of(new int[] {f, t});
      }
    } catch (NumberFormatException e) {
      // Falls through to the answer below.
    }
    throw HttpProblem.badRequest(
        "That passage is not in this article; follow a link from the briefing.");
  }
}
