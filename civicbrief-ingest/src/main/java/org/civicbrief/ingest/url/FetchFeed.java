package org.civicbrief.ingest.url;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.civicbrief.core.article.RawDocument;
import org.civicbrief.core.common.Outcome;
import org.civicbrief.ingest.IngestConfig;
import org.civicbrief.ingest.url.LimitedBody.Received;

/**
 * Fetches a feed with a conditional GET: the validators of the last poll go out as {@code
 * If-None-Match} and {@code If-Modified-Since}, so an unchanged feed costs a 304 and no body. Every
 * hop passes the same address guard as article links, and a failure is a one-line reason.
 */
public final class FetchFeed {

  private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
  private static final String ACCEPT =
      "application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,"
          + "text/xml;q=0.9,application/json;q=0.8,*/*;q=0.1";

  private final IngestConfig config;
  private final GuardAddress guard;

  /** A fetcher that resolves hosts with the system resolver. */
  public FetchFeed(IngestConfig config) {
    this(config, InetAddress::getAllByName);
  }

  FetchFeed(IngestConfig config, HostResolver resolver) {
    this.config = config;
    this.guard = new GuardAddress(config, resolver);
  }

  /** Fetches {@code url}, sending the validators of the last successful poll when there are any. */
  public Outcome<FeedResponse> fetch(
      String url, Optional<String> etag, Optional<String> lastModified) {
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException e) {
      return Outcome.failed("not a valid URL: " + e.getReason());
    }
    HttpClient client =
        HttpClient.newBuilder()
            .connectTimeout(config.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    try {
      for (int redirects = 0; ; redirects++) {
        Optional<String> problem = unusable(uri);
        if (problem.isPresent()) {
          return Outcome.failed(problem.get());
        }
        Optional<GuardAddress.Refusal> refusal = guard.refusal(uri.getHost());
        if (refusal.isPresent()) {
          return Outcome.failed(
              refusal
                  .get()
                  .message(redirects == 0 ? Optional.empty() : Optional.of(uri.toString())));
        }
        HttpRequest.Builder request =
            HttpRequest.newBuilder(uri)
                .GET()
                .timeout(config.timeout())
                .header("User-Agent", config.userAgent())
                .header("Accept", ACCEPT);
        etag.ifPresent(v -> request.header("If-None-Match", v));
        lastModified.ifPresent(v -> request.header("If-Modified-Since", v));
        HttpResponse<Received> response =
            client.send(
                request.build(),
                info ->
                    new LimitedBody(
                        info.statusCode() == 200 ? config.maxBytes() : 0,
                        info.headers().firstValueAsLong("content-length").orElse(-1)));
        int status = response.statusCode();
        if (REDIRECTS.contains(status)) {
          Optional<String> location = response.headers().firstValue("location");
          if (location.isEmpty() || redirects >= config.maxRedirects()) {
            return Outcome.failed(
                "the feed answered " + StatusText.of(status) + " and could not be followed");
          }
          uri = uri.resolve(location.get().strip());
          continue;
        }
        Optional<String> newEtag = response.headers().firstValue("etag");
        Optional<String> newDate = response.headers().firstValue("last-modified");
        if (status == 304) {
          return Outcome.ok(
              new FeedResponse.NotModified(newEtag.or(() -> etag), newDate.or(() -> lastModified)));
        }
        if (status != 200) {
          return Outcome.failed("the feed answered " + StatusText.of(status));
        }
        if (response.body().overCap()) {
          return Outcome.failed(config.overCapReason());
        }
        Optional<String> type = response.headers().firstValue("content-type");
        return Outcome.ok(
            new FeedResponse.Fetched(
                new RawDocument(
                    uri.toString(),
                    type.map(t -> t.split(";")[0].strip().toLowerCase(Locale.ROOT)),
                    Optional.empty(),
                    response.body().bytes()),
                newEtag,
                newDate));
      }
    } catch (HttpTimeoutException e) {
      return Outcome.failed(
          "the feed did not answer within "
              + IngestConfig.describeDuration(config.timeout())
              + " (ingest.timeout)");
    } catch (IOException | IllegalArgumentException e) {
      return Outcome.failed(
          "could not fetch the feed from "
              + GuardAddress.bare(String.valueOf(uri.getHost()))
              + " ("
              + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
              + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Outcome.failed("interrupted while fetching the feed");
    } finally {
      client.shutdownNow();
    }
  }

  private static Optional<String> unusable(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return Optional.of("only http and https feeds can be fetched");
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      return Optional.of("the feed address has no host name");
    }
    return Optional.empty();
  }
}
