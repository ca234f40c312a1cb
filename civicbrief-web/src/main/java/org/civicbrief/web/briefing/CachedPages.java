package org.civicbrief.web.briefing;

import java.nio.ByteBuffer;
import java.util.Map;
import java.util.Optional;
import org.civicbrief.web.http.SecurityHeaders;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Serves {@code GET /briefings/{id}} straight from Jetty when the page is in the reader cache,
 * before the request reaches the servlet layer and Javalin: a published briefing is the page
 * readers open most, and for a cached one all that is left to do is write bytes. Anything else
 * (another path, another method, a page not cached or expired) goes on to Javalin, whose route
 * renders the page and caches it; the answers are the same either way.
 */
public final class CachedPages extends Handler.Wrapper {

  private static final String PREFIX = "/briefings/";
  private static final HttpField HTML =
      new HttpField(HttpHeader.CONTENT_TYPE, "text/html;charset=utf-8");
  private static final HttpField NO_CACHE = new HttpField(HttpHeader.CACHE_CONTROL, "no-cache");
  private static final HttpField VARY = new HttpField(HttpHeader.VARY, "Accept-Encoding");
  private static final HttpField GZIP = new HttpField(HttpHeader.CONTENT_ENCODING, "gzip");

  private final ReaderCache cache;

  /** Serves the pages {@code cache} holds; the server sets the handler it wraps. */
  public CachedPages(ReaderCache cache) {
    this.cache = cache;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    String query = request.getHttpURI().getQuery();
    if (!HttpMethod.GET.is(request.getMethod()) || (query != null && query.contains("lang="))) {
      // A page in the other interface language (?lang=…, ADR 21) is rendered by the route.
      return super.handle(request, response, callback);
    }
    long id = briefingId(request.getHttpURI().getPath());
    Optional<ReaderCache.Page> cached = id > 0 ? cache.cachedPage(id) : Optional.empty();
    if (cached.isEmpty()) {
      return super.handle(request, response, callback);
    }
    ReaderCache.Page page = cached.get();
    HttpFields requestHeaders = request.getHeaders();
    boolean gzip = ReaderCache.Page.wantsGzip(requestHeaders.get(HttpHeader.ACCEPT_ENCODING));
    String etag = page.etag(gzip);
    HttpFields.Mutable headers = response.getHeaders();
    for (Map.Entry<String, String> h : SecurityHeaders.HEADERS) {
      headers.put(h.getKey(), h.getValue());
    }
    headers.put(NO_CACHE);
    headers.put(VARY);
    headers.put(HttpHeader.ETAG, etag);
    if (etag.equals(requestHeaders.get(HttpHeader.IF_NONE_MATCH))) {
      response.setStatus(304);
      callback.succeeded();
      return true;
    }
    byte[] body = page.bytes(gzip);
    headers.put(HTML);
    if (gzip) {
      headers.put(GZIP);
    }
    headers.put(HttpHeader.CONTENT_LENGTH, body.length);
    response.write(true, ByteBuffer.wrap(body), callback);
    return true;
  }

  /** The id in {@code /briefings/{id}}, or -1 for any other path. */
  static long briefingId(String path) {
    if (path == null || !path.startsWith(PREFIX) || path.length() == PREFIX.length()) {
      return -1;
    }
    int end = path.length();
    if (path.charAt(end - 1) == '/') {
      end--;
    }
    if (end - PREFIX.length() > 18 || end == PREFIX.length()) {
      return -1;
    }
    long id = 0;
    for (int i = PREFIX.length(); i < end; i++) {
      char c = path.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      id = id * 10 + (c - '0');
    }
    return id;
  }
}
