package org.civicbrief.web.editor;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import org.civicbrief.core.common.Outcome;
import org.civicbrief.store.Store;
import org.civicbrief.store.feed.Feed;
import org.civicbrief.web.auth.Access;
import org.civicbrief.web.auth.Auth;
import org.civicbrief.web.http.Layout;
import org.civicbrief.web.http.Params;
import org.civicbrief.web.http.Templates;

/**
 * {@code /editor/feeds}: editors subscribe to feeds, see when each was polled, its last error and
 * its next poll, poll one now or remove it. The server polls them on their schedule.
 */
public final class FeedRoutes {

  /** The page. */
  public static final String FEEDS = "/editor/feeds";

  private final Store store;
  private final Auth auth;
  private final Templates templates;
  private final EditorFrames frames;

  /** The routes over {@code store}. */
  public FeedRoutes(Store store, Auth auth, Templates templates, Layout layout) {
    this.store = store;
    this.auth = auth;
    this.templates = templates;
    this.frames = new EditorFrames(auth, layout);
  }

  /** Registers the routes. */
  public void register(RoutesConfig routes) {
    routes.get(FEEDS, ctx -> page(ctx, Optional.empty()), Access.EDITOR);
    routes.post(FEEDS, this::add, Access.EDITOR);
    routes.post(FEEDS + "/{id}/remove", this::remove, Access.EDITOR);
    routes.post(FEEDS + "/{id}/poll", this::poll, Access.EDITOR);
  }

  private void page(Context ctx, Optional<String> problem) {
    List<FeedsPage.Row> rows = store.feeds().list().stream().map(FeedRoutes::row).toList();
    templates.send(
        ctx,
        "editor/feeds.jte",
        new FeedsPage(frames.frame(ctx, "Feeds"), frames.csrf(ctx), rows, problem));
  }

  static FeedsPage.Row row(Feed f) {
    return new FeedsPage.Row(
        f.id(),
        f.url(),
        f.title().orElse(f.url()),
        f.entries(),
        f.polledAt().map(EditorFrames::when).orElse("never"),
        EditorFrames.when(f.nextPollAt()),
        f.lastError()
            .map(
                e ->
                    e
                        + " ("
                        + f.failures()
                        + (f.failures() == 1 ? " failure)" : " failures in a row)")));
  }

  private void add(Context ctx) {
    String url = Optional.ofNullable(ctx.formParam("url")).orElse("");
    Outcome<Feed> added = store.feeds().add(url, auth.require(ctx).principal());
    if (!added.isOk()) {
      ctx.status(422);
      page(ctx, Optional.of(added.reason()));
      return;
    }
    ctx.redirect(FEEDS, io.javalin.http.HttpStatus.SEE_OTHER);
  }

  private void remove(Context ctx) {
    store.feeds().remove(Params.id(ctx, "id"), auth.require(ctx).principal());
    ctx.redirect(FEEDS, io.javalin.http.HttpStatus.SEE_OTHER);
  }

  private void poll(Context ctx) {
    store.feeds().pollSoon(Params.id(ctx, "id"));
    ctx.redirect(FEEDS, io.javalin.http.HttpStatus.SEE_OTHER);
  }
}
