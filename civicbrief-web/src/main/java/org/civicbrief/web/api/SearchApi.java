package org.civicbrief.web.api;

import io.javalin.http.Context;
import org.civicbrief.store.Store;
import org.civicbrief.store.search.SearchResults;
import org.civicbrief.web.http.JsonBody;
import org.civicbrief.web.http.Links;
import org.civicbrief.web.http.Params;
import org.civicbrief.web.search.SearchForm;
import org.civicbrief.web.search.Snippet;

/** {@code GET /api/v1/search}: the search of the search page, as JSON. */
final class SearchApi {

  private final Store store;
  private final JsonBody json;

  SearchApi(Store store, JsonBody json) {
    this.store = store;
    this.json = json;
  }

  void register(ApiRouter r) {
    r.get("/api/v1/search", this::search);
  }

  private void search(Context ctx) {
    SearchForm form = SearchForm.read(ctx);
    int limit = Params.queryInt(ctx, "limit", 10, 1, 100);
    int offset = Params.queryInt(ctx, "offset", 0, 0, 10_000);
    SearchResults results = store.search().search(form.query(offset, limit));
    json.send(
        ctx,
        200,
        new ApiDocs.SearchDoc(
            results.total(),
            offset,
            results.hits().stream()
                .map(
                    h ->
                        new ApiDocs.SearchHitDoc(
                            h.briefingId(),
                            h.headline(),
                            h.date().toString(),
                            h.actors(),
                            Snippet.safe(h.snippet()),
                            new ApiDocs.Links(
                                "/api/v1/briefings/" + h.briefingId(),
                                Links.briefing(h.briefingId()))))
                .toList()));
  }
}
