package org.civicbrief.ingest.url;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;
import org.civicbrief.core.article.RawDocument;
import org.civicbrief.core.common.Outcome;
import org.civicbrief.ingest.IngestConfig;
import org.civicbrief.ingest.extract.Format;
import org.civicbrief.ingest.url.LimitedBody.Received;

/**
 * Fetches an http(s) URL into a {@link RawDocument}: redirects are followed by hand so that every
 * hop passes the address guard, the body stops at the size cap, and every failure is a one-line
 * reason.
 */
public final class FetchUrl {

  private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
  // Enough of an error page to spot a paywall, without downloading a whole page we will not use.
  private static final long ERROR_PAGE_CAP = 64 * 1024;
  private static final String ACCEPT =
      "text/html,application/xhtml+xml,text/plain;q=0.9,text/markdown;q=0.9,application/json;q=0.8,"
          + "*/*;q=0.1";
  private static final Pattern PAYWALL =
      Pattern.compile(
          "(?i)paywall|subscribe|subscriber|subscription|sign in to (continue|read)"
              + "|log in to (continue|read)|members only|premium content");
  private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*\"?([^\";\\s]+)");

  private final IngestConfig config;
  private final GuardAddress guard;

  /** A fetcher that resolves hosts with the system resolver. */
  public FetchUrl(IngestConfig config) {
    this(config, InetAddress::getAllByName);
  }

  FetchUrl(IngestConfig config, HostResolver resolver) {
    this.config = config;
    this.guard = new GuardAddress(config, resolver);
  }

  /** Fetches {@code url}; the document's origin is the URL it finally came from. */
  public Outcome<RawDocument> fetch(String url) {
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException e) {
      return Outcome.failed("not a valid URL: " + oneLine(url) + " (" + e.getReason() + ")");
    }
    Optional<String> problem = unusable(uri);
    if (problem.isPresent()) {
      return Outcome.failed(problem.get() + ": " + oneLine(url));
    }
    long deadline = System.nanoTime() + config.timeout().toNanos();
    HttpClient client =
        HttpClient.newBuilder()
            .connectTimeout(config.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    try {
      return follow(client, uri, deadline);
    } finally {
      // Nothing is left to read once we have an answer; an unfinished exchange is abandoned.
      client.shutdownNow();
    }
  }

  private Outcome<RawDocument> follow(HttpClient client, URI start, long deadline) {
    URI uri = start;
    for (int redirects = 0; ; redirects++) {
      Optional<GuardAddress.Refusal> refusal = guard.refusal(uri.getHost());
      if (refusal.isPresent()) {
        Optional<String> target = redirects == 0 ? Optional.empty() : Optional.of(uri.toString());
        return Outcome.failed(refusal.get().message(target));
      }
      Outcome<HttpResponse<Received>> sent = send(client, uri, deadline);
      if (!(sent instanceof Outcome.Ok<HttpResponse<Received>> ok)) {
        return Outcome.failed(sent.reason());
      }
      HttpResponse<Received> response = ok.get();
      int status = response.statusCode();
      if (!REDIRECTS.contains(status)) {
        return answer(uri, response);
      }
      Optional<String> location = response.headers().firstValue("location");
      if (location.isEmpty() || location.get().isBlank()) {
        return Outcome.failed(
            "the site answered " + StatusText.of(status) + " without saying where to go");
      }
      if (redirects >= config.maxRedirects()) {
        return Outcome.failed(
            "too many redirects: gave up after "
                + config.maxRedirects()
                + " (ingest.maxRedirects) at "
                + uri);
      }
      Outcome<URI> next = redirectTarget(uri, location.get());
      if (!(next instanceof Outcome.Ok<URI> target)) {
        return Outcome.failed(next.reason());
      }
      uri = target.get();
    }
  }

  private Outcome<HttpResponse<Received>> send(HttpClient client, URI uri, long deadline) {
    long remaining = deadline - System.nanoTime();
    if (remaining <= 0) {
      return Outcome.failed(tooSlow());
    }
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .GET()
            .timeout(Duration.ofNanos(remaining))
            .header("User-Agent", config.userAgent())
            .header("Accept", ACCEPT)
            .header("Accept-Language", "en");
    if (uri.getScheme().equalsIgnoreCase("http")) {
      // HTTP/2 over plain http means an upgrade that small servers get wrong.
      request.version(HttpClient.Version.HTTP_1_1);
    }
    CompletableFuture<HttpResponse<Received>> future =
        client.sendAsync(request.build(), this::bodyFor);
    try {
      return Outcome.ok(future.get(remaining, TimeUnit.NANOSECONDS));
    } catch (TimeoutException e) {
      future.cancel(true);
      return Outcome.failed(tooSlow());
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      return Outcome.failed("interrupted while fetching " + uri);
    } catch (ExecutionException e) {
      return Outcome.failed(describe(e.getCause(), uri));
    }
  }

  private HttpResponse.BodySubscriber<Received> bodyFor(HttpResponse.ResponseInfo info) {
    int status = info.statusCode();
    if (status >= 400) {
      return new LimitedBody(ERROR_PAGE_CAP, -1);
    }
    boolean page =
        status >= 200
            && status < 300
            && !(Format.ofMediaType(info.headers().firstValue("content-type"))
                instanceof Format.NotAnArticle);
    if (!page) {
      return new LimitedBody(0, -1);
    }
    long declared = info.headers().firstValueAsLong("content-length").orElse(-1);
    return new LimitedBody(config.maxBytes(), declared);
  }

  private Outcome<RawDocument> answer(URI uri, HttpResponse<Received> response) {
    int status = response.statusCode();
    Received body = response.body();
    if (status == 401 || status == 402 || status == 403) {
      String page = new String(body.bytes(), StandardCharsets.UTF_8);
      if (status == 402 || PAYWALL.matcher(page).find()) {
        return Outcome.failed(
            "the site answered "
                + StatusText.of(status)
                + " and the page looks like a paywall (it asks you to subscribe or sign in)");
      }
      return Outcome.failed("the site refuses to serve this page (" + StatusText.of(status) + ")");
    }
    if (status == 429) {
      return Outcome.failed(
          "the site answered " + StatusText.of(status) + "; it is limiting requests, try later");
    }
    if (status >= 400) {
      return Outcome.failed("the site answered " + StatusText.of(status));
    }
    if (status < 200 || status >= 300 || status == 204) {
      return Outcome.failed("the site answered " + StatusText.of(status) + ", which is not a page");
    }
    Optional<String> contentType = response.headers().firstValue("content-type");
    if (Format.ofMediaType(contentType) instanceof Format.NotAnArticle(String type)) {
      return Outcome.failed(Format.notAnArticle(type));
    }
    if (body.overCap()) {
      return Outcome.failed(config.overCapReason());
    }
    return Outcome.ok(
        new RawDocument(
            uri.toString(),
            contentType.map(Format::baseType).filter(t -> !t.isEmpty()),
            contentType.flatMap(FetchUrl::charset),
            body.bytes()));
  }

  private static Optional<String> charset(String contentType) {
    var m = CHARSET.matcher(contentType);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  private static Outcome<URI> redirectTarget(URI from, String location) {
    URI next;
    try {
      next = from.resolve(new URI(location.strip()));
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Outcome.failed(
          "the site redirected to an address that is not a valid URL: " + oneLine(location));
    }
    Optional<String> problem = unusable(next);
    if (problem.isPresent()) {
      return Outcome.failed(
          "the site redirected to " + oneLine(location) + ", but " + problem.get());
    }
    return Outcome.ok(next);
  }

  private static Optional<String> unusable(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return Optional.of("only http and https URLs can be fetched");
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      return Optional.of("the URL has no host name");
    }
    return Optional.empty();
  }

  private String tooSlow() {
    return "the site did not answer within "
        + IngestConfig.describeDuration(config.timeout())
        + " (ingest.timeout)";
  }

  private String describe(Throwable error, URI uri) {
    if (error instanceof Error e) {
      throw e;
    }
    String host = GuardAddress.bare(uri.getHost());
    if (error instanceof HttpConnectTimeoutException) {
      return "could not connect to "
          + host
          + " within "
          + IngestConfig.describeDuration(config.connectTimeout())
          + " (ingest.connectTimeout)";
    }
    if (error instanceof HttpTimeoutException) {
      return tooSlow();
    }
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
        return "could not find the host " + host + " (DNS lookup failed)";
      }
    }
    if (error instanceof ConnectException) {
      return "could not connect to " + host + port(uri) + " (the connection was refused)";
    }
    if (error instanceof SSLException) {
      return "the secure connection to " + host + " failed (" + message(error) + ")";
    }
    if (error instanceof IOException) {
      return "could not fetch " + uri + " (" + message(error) + ")";
    }
    return "could not fetch "
        + uri
        + " ("
        + error.getClass().getSimpleName()
        + ": "
        + message(error)
        + ")";
  }

  private static String port(URI uri) {
    return uri.getPort() < 0 ? "" : ":" + uri.getPort();
  }

  private static String message(Throwable error) {
    String m = error.getMessage();
    return m == null || m.isBlank() ? error.getClass().getSimpleName() : oneLine(m);
  }

  private static String oneLine(String s) {
    String line = s.replaceAll("\\s+", " ").strip();
    return line.length() > 200 ? line.substring(0, 200) + "..." : line;
  }
}
