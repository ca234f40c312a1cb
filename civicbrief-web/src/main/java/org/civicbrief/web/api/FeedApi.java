package org.civicbrief.web.api;

import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.civicbrief.core.common.Outcome;
import org.civicbrief.store.Store;
import org.civicbrief.store.feed.Feed;
import org.civicbrief.web.auth.Access;
import org.civicbrief.web.auth.Auth;
import org.civicbrief.web.http.HttpProblem;
import org.civicbrief.web.http.JsonBody;
import org.civicbrief.web.http.Params;

/** {@code /api/v1/feeds}: editors list, add and remove the feeds the server polls. */
final class FeedApi {

  static final String FEEDS = "/api/v1/feeds";

  private final Store store;
  private final Auth auth;
  private final JsonBody json;

  FeedApi(Store store, Auth auth, JsonBody json) {
    this.store = store;
    this.auth = auth;
    this.json = json;
  }

  void register(ApiRouter r) {
    r.get(FEEDS, this::list, Access.EDITOR);
    r.post(FEEDS, this::add, Access.EDITOR);
    r.delete(FEEDS + "/{id}", this::remove, Access.EDITOR);
  }

  record FeedRequest(String url) {}

  record FeedDoc(
      long id,
      String url,
      Optional<String> title,
      long entries,
      Optional<Instant> polledAt,
      Optional<Instant> succeededAt,
      Optional<String> lastError,
      int failures,
      Instant nextPollAt) {}

  record FeedList(List<FeedDoc> items) {}

  static FeedDoc doc(Feed f) {
    return new FeedDoc(
        f.id(),
        f.url(),
        f.title(),
        f.entries(),
        f.polledAt(),
        f.succeededAt(),
        f.lastError(),
        f.failures(),
        f.nextPollAt());
  }

  private void list(Context ctx) {
    json.send(ctx, 200, new FeedList(store.feeds().list().stream().map(FeedApi::doc).toList()));
  }

  private void add(Context ctx) {
    FeedRequest req = json.read(ctx, FeedRequest.class);
    if (req.url() == null) {
      throw HttpProblem.badRequest("Send the feed's address as 'url'.");
    }
    Outcome<Feed> added = store.feeds().add(req.url(), auth.require(ctx).principal());
    if (!added.isOk()) {
      throw HttpProblem.unprocessable(added.reason());
    }
    ctx.header("Location", FEEDS + "/" + added.value().id());
    json.send(ctx, 201, doc(added.value()));
  }

  private void remove(Context ctx) {
    long id = Params.id(ctx, "id");
    if (!store.feeds().remove(id, auth.require(ctx).principal())) {
      throw HttpProblem.notFound("There is no feed " + id + ".");
    }
    ctx.status(204);
  }
}
