package org.civicbrief.web.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.civicbrief.store.Store;
import org.civicbrief.web.auth.Auth;
import org.civicbrief.web.briefing.ReaderCache;
import org.civicbrief.web.http.ClientAddress;
import org.civicbrief.web.http.JsonBody;
import org.civicbrief.web.http.ReaderLimits;
import org.civicbrief.web.port.ReadSubmission;

/**
 * The API: {@code /api/v1/…} for articles, briefings, quizzes, attempts, search and jobs, and its
 * OpenAPI 3.1 document at {@code /api/openapi.json}. Reads of published material are open; every
 * write needs an API token, sent as {@code Authorization: Bearer …}.
 */
public final class ApiRoutes {

  /** Where the OpenAPI document is served. */
  public static final String OPENAPI = "/api/openapi.json";

  /** The paths whose bodies may be as large as an article. */
  public static final List<String> LARGE_BODIES = List.of(ArticleApi.ARTICLES);

  private final BriefingApi briefings;
  private final QuizApi quizzes;
  private final ArticleApi articles;
  private final SearchApi search;
  private final StoryApi stories;
  private final FeedApi feeds;
  private final byte[] openApi;
  private List<ApiRouter.Route> routes = List.of();

  /** The API over {@code store}. */
  public ApiRoutes(
      Store store,
      Auth auth,
      JsonBody json,
      ReadSubmission read,
      ReaderLimits attempts,
      ClientAddress address,
      ReaderCache cache) {
    this.briefings = new BriefingApi(store, auth, json, cache);
    this.quizzes = new QuizApi(store, auth, json, attempts, address, cache);
    this.articles = new ArticleApi(store, auth, json, read);
    this.search = new SearchApi(store, json);
    this.stories = new StoryApi(store, json);
    this.feeds = new FeedApi(store, auth, json);
    this.openApi = openApiDocument();
  }

  /** Registers every API route. */
  public void register(RoutesConfig config) {
    ApiRouter r = new ApiRouter(config);
    briefings.register(r);
    quizzes.register(r);
    articles.register(r);
    search.register(r);
    stories.register(r);
    feeds.register(r);
    routes = r.registered();
    config.get(OPENAPI, this::openApi);
  }

  /** The routes registered, for holding against the OpenAPI document. */
  public List<ApiRouter.Route> routes() {
    return routes;
  }

  private void openApi(Context ctx) {
    ctx.header("Cache-Control", "no-cache");
    ctx.header("Access-Control-Allow-Origin", "*");
    ctx.contentType("application/json").result(openApi);
  }

  private static byte[] openApiDocument() {
    try (InputStream in = ApiRoutes.class.getResourceAsStream("openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("openapi.json is missing from the build");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read openapi.json", e);
    }
  }
}
