package org.civicbrief.web.briefing;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.civicbrief.store.briefing.StoredBriefing;
import org.civicbrief.web.http.Bytes;
import org.civicbrief.web.http.Layout;
import org.civicbrief.web.http.Links;
import org.civicbrief.web.http.Params;
import org.civicbrief.web.http.ReaderLanguage;
import org.civicbrief.web.http.Templates;

/** The reader's briefing page and the article view its evidence links lead to. */
public final class BriefingRoutes {

  private final Templates templates;
  private final Layout layout;
  private final JsonLd jsonLd;
  private final ReaderCache cache;

  /** The routes over the briefings in {@code cache}. */
  public BriefingRoutes(Templates templates, Layout layout, JsonLd jsonLd, ReaderCache cache) {
    this.templates = templates;
    this.layout = layout;
    this.jsonLd = jsonLd;
    this.cache = cache;
  }

  /** Registers {@code GET /briefings/{id}} and {@code GET /briefings/{id}/article}. */
  public void register(RoutesConfig routes) {
    routes.get("/briefings/{id}", this::page);
    routes.get("/briefings/{id}/article", this::article);
  }

  private void page(Context ctx) {
    long id = Params.id(ctx, "id");
    // The reader may read the labels in the other language (?lang=en|es): such a page is rendered
    // for them, the cached one is in the article's language (ADR 21).
    String asked = ctx.queryParam("lang");
    if ("en".equals(asked) || "es".equals(asked)) {
      PublishedBriefing p = cache.briefing(id);
      if (!asked.equals(language(p))) {
        ctx.header("Cache-Control", "no-cache");
        Bytes.send(ctx, "text/html; charset=utf-8", render(p, asked));
        return;
      }
    }
    ReaderCache.Page page = cache.page(id, this::render);
    boolean gzip = ReaderCache.Page.wantsGzip(ctx.header("Accept-Encoding"));
    String etag = page.etag(gzip);
    // Readers always get the current state: the tag makes asking again cheap.
    ctx.header("Cache-Control", "no-cache");
    ctx.header("Vary", "Accept-Encoding");
    ctx.header("ETag", etag);
    if (etag.equals(ctx.header("If-None-Match"))) {
      ctx.status(304);
      return;
    }
    if (gzip) {
      // Compressed once when cached, not once per reader.
      ctx.header("Content-Encoding", "gzip");
    }
    Bytes.send(ctx, "text/html; charset=utf-8", page.bytes(gzip));
  }

  private static String language(PublishedBriefing p) {
    return p.stored().briefing().article().language().equals("es") ? "es" : "en";
  }

  private byte[] render(PublishedBriefing p) {
    return render(p, language(p));
  }

  private byte[] render(PublishedBriefing p, String language) {
    long id = p.id();
    StoredBriefing sb = p.stored();
    // A page in the language the reader chose keeps that choice on its links (ADR 21).
    java.util.Optional<String> chosen =
        language.equals(language(p)) ? java.util.Optional.empty() : java.util.Optional.of(language);
    BriefingView view =
        ShowBriefing.view(
            id,
            sb.briefing(),
            e -> ReaderLanguage.carry(chosen, Links.evidence(id, e)),
            p.questionCount(),
            ReaderLanguage.carry(chosen, Links.article(id)),
            ReaderLanguage.carry(chosen, Links.quiz(id)));
    return templates.render(
        "briefing.jte",
        new BriefingPage(
            layout
                .page(sb.briefing().headline().text(), "briefing")
                .withDescription(sb.briefing().dek().text())
                .withLanguage(language)
                .withJsonLd(
                    jsonLd.newsArticle(
                        id, sb.briefing(), sb.publishedAt(), sb.updatedAt(), p.questionCount())),
            view,
            p.editorApproved()));
  }

  private void article(Context ctx) {
    long id = Params.id(ctx, "id");
    PublishedBriefing p = cache.briefing(id);
    // The briefing's language, or the one the reader chose (?lang=).
    String language = ReaderLanguage.of(ctx, language(p));
    ctx.header("Cache-Control", "no-cache");
    templates.send(
        ctx,
        "article.jte",
        new ArticlePage(
            layout
                .page(
                    org.civicbrief.core.render.Labels.of(language).get("article")
                        + ": "
                        + p.stored().briefing().headline().text(),
                    "briefing")
                .withLanguage(language),
            ShowArticle.view(
                ctx, p.stored().briefing(), ReaderLanguage.carry(ctx, Links.briefing(id)))));
  }
}
