package org.civicbrief.web.search;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import org.civicbrief.store.Store;
import org.civicbrief.store.search.SearchHit;
import org.civicbrief.store.search.SearchResults;
import org.civicbrief.web.briefing.ReaderDates;
import org.civicbrief.web.http.Layout;
import org.civicbrief.web.http.Links;
import org.civicbrief.web.http.Params;
import org.civicbrief.web.http.Templates;

/** {@code GET /search}: the search form and its results, ten to a page. */
public final class SearchRoutes {

  static final int PAGE_SIZE = 10;

  private final Store store;
  private final Templates templates;
  private final Layout layout;

  /** Searches {@code store}'s index. */
  public SearchRoutes(Store store, Templates templates, Layout layout) {
    this.store = store;
    this.templates = templates;
    this.layout = layout;
  }

  /** Registers {@code GET /search}. */
  public void register(RoutesConfig routes) {
    routes.get("/search", this::search);
  }

  private void search(Context ctx) {
    SearchForm form = SearchForm.read(ctx);
    int page = Params.queryInt(ctx, "page", 1, 1, 1000);
    ctx.header("Cache-Control", "no-cache");
    String title = form.asked() ? "Search: " + describe(form) : "Search";
    if (!form.asked()) {
      templates.send(
          ctx,
          "search.jte",
          new SearchPage(
              layout.page(title, "search"),
              form,
              false,
              0,
              List.of(),
              Optional.empty(),
              Optional.empty()));
      return;
    }
    SearchResults results = store.search().search(form.query((page - 1) * PAGE_SIZE, PAGE_SIZE));
    List<SearchPage.Hit> hits = results.hits().stream().map(SearchRoutes::hit).toList();
    String base = "/search?" + form.queryString();
    boolean more = (long) page * PAGE_SIZE < results.total();
    templates.send(
        ctx,
        "search.jte",
        new SearchPage(
            layout.page(title, "search").hidden(),
            form,
            true,
            results.total(),
            hits,
            page > 1 ? Optional.of(base + "&page=" + (page - 1)) : Optional.empty(),
            more ? Optional.of(base + "&page=" + (page + 1)) : Optional.empty()));
  }

  private static SearchPage.Hit hit(SearchHit h) {
    return new SearchPage.Hit(
        Links.briefing(h.briefingId()),
        h.headline(),
        ReaderDates.day(h.date()),
        h.date().toString(),
        h.actors().stream().map(a -> new SearchPage.ActorLink(a, Links.actorSearch(a))).toList(),
        Snippet.safe(h.snippet()));
  }

  private static String describe(SearchForm form) {
    StringBuilder b = new StringBuilder(form.q());
    form.actor().ifPresent(a -> b.append(b.isEmpty() ? "" : ", ").append("with ").append(a));
    return b.toString();
  }
}
