package org.civicbrief.web.home;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import org.civicbrief.store.Store;
import org.civicbrief.web.http.Layout;
import org.civicbrief.web.http.Params;
import org.civicbrief.web.http.Templates;

/** {@code GET /}: the latest published briefings, twenty to a page. */
public final class HomeRoutes {

  static final int PAGE_SIZE = 20;
  static final int STORIES = 6;

  private final Store store;
  private final Templates templates;
  private final Layout layout;

  /** The front page of {@code store}'s briefings. */
  public HomeRoutes(Store store, Templates templates, Layout layout) {
    this.store = store;
    this.templates = templates;
    this.layout = layout;
  }

  /** Registers {@code GET /}. */
  public void register(RoutesConfig routes) {
    routes.get("/", this::home);
  }

  private void home(Context ctx) {
    int page = Params.queryInt(ctx, "page", 1, 1, 10_000);
    var latest =
        store.briefings().published(PAGE_SIZE + 1, (page - 1) * PAGE_SIZE).stream()
            .map(BriefingCard::of)
            .toList();
    boolean more = latest.size() > PAGE_SIZE;
    ctx.header("Cache-Control", "no-cache");
    templates.send(
        ctx,
        "home.jte",
        new HomePage(
            layout.page("Civic briefings", "home"),
            more ? latest.subList(0, PAGE_SIZE) : latest,
            page > 1 ? Optional.of(page == 2 ? "/" : "/?page=" + (page - 1)) : Optional.empty(),
            more ? Optional.of("/?page=" + (page + 1)) : Optional.empty(),
            page == 1
                ? store.stories().published(STORIES, 0).stream().map(StoryCard::of).toList()
                : List.of()));
  }
}
