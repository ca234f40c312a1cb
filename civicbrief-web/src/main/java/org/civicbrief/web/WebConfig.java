package org.civicbrief.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The server slice of the configuration tree.
 *
 * @param host the address to listen on ({@code server.host}, default {@code 127.0.0.1})
 * @param port the port ({@code server.port}, 0 to 65535, default 8080; 0 picks a free one)
 * @param publicUrl the address readers use, for links in the feed and in JSON-LD ({@code
 *     server.publicUrl}, default {@code http://host:port}); never taken from request headers, which
 *     a client controls
 * @param secureCookies true to mark cookies {@code Secure}, when a TLS proxy is in front ({@code
 *     server.secureCookies}, default false)
 * @param maxBodyBytes the largest form or JSON body ({@code server.maxBodyBytes}, default 65536)
 * @param maxUploadBytes the largest article an editor may submit, as text or a file (the ingest
 *     cap, {@code ingest.maxBytes})
 * @param loginsPerMinute sign-in attempts one address may make per minute ({@code
 *     server.loginsPerMinute}, default 10); failures for one user name from one address back off on
 *     top of it
 * @param quizPerMinute quiz submissions one reader (a browser's visitor cookie, a signed-in
 *     account, an API token's reader) may make per minute ({@code server.quizPerMinute}, default
 *     30); checking single answers may be done ten times as often
 * @param quizPerMinutePerAddress the ceiling on quiz submissions from one address, or one API
 *     account, for all its readers together ({@code server.quizPerMinutePerAddress}, default 12000:
 *     a school of 400 behind one address, each posting every two seconds)
 * @param trustedProxies addresses of reverse proxies whose {@code X-Forwarded-For} names the client
 *     ({@code server.trustedProxies}, comma-separated, default none)
 * @param metricsToken the bearer token {@code /metrics} requires ({@code server.metricsToken});
 *     without one, {@code /metrics} does not exist
 */
public record WebConfig(
    String host,
    int port,
    Optional<String> publicUrl,
    boolean secureCookies,
    int maxBodyBytes,
    long maxUploadBytes,
    int loginsPerMinute,
    int quizPerMinute,
    int quizPerMinutePerAddress,
    Set<String> trustedProxies,
    Optional<String> metricsToken) {

  public WebConfig {
    Objects.requireNonNull(host, "server.host");
    if (host.isBlank()) {
      throw new IllegalArgumentException("server.host must not be blank");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("server.port must be between 0 and 65535, got " + port);
    }
    Objects.requireNonNull(publicUrl, "server.publicUrl");
    publicUrl = publicUrl.map(WebConfig::checkUrl);
    if (maxBodyBytes < 1024 || maxBodyBytes > 10 << 20) {
      throw new IllegalArgumentException(
          "server.maxBodyBytes must be between 1024 and 10485760, got " + maxBodyBytes);
    }
    if (maxUploadBytes < 1024) {
      throw new IllegalArgumentException(
          "ingest.maxBytes must be at least 1024 for the server, got " + maxUploadBytes);
    }
    if (loginsPerMinute < 1 || loginsPerMinute > 1_000_000) {
      throw new IllegalArgumentException(
          "server.loginsPerMinute must be between 1 and 1000000, got " + loginsPerMinute);
    }
    if (quizPerMinute < 1 || quizPerMinute > 1_000_000) {
      throw new IllegalArgumentException(
          "server.quizPerMinute must be between 1 and 1000000, got " + quizPerMinute);
    }
    if (quizPerMinutePerAddress < quizPerMinute || quizPerMinutePerAddress > 100_000_000) {
      throw new IllegalArgumentException(
          "server.quizPerMinutePerAddress must be between server.quizPerMinute ("
              + quizPerMinute
              + ") and 100000000, got "
              + quizPerMinutePerAddress);
    }
    trustedProxies = Set.copyOf(trustedProxies);
    Objects.requireNonNull(metricsToken, "server.metricsToken");
    if (metricsToken.isPresent() && metricsToken.get().strip().length() < 16) {
      throw new IllegalArgumentException(
          "server.metricsToken must have at least 16 characters, so it cannot be guessed");
    }
    metricsToken = metricsToken.map(String::strip);
  }

  /** The settings before limits per address, proxies and metrics: those take their defaults. */
  public WebConfig(
      String host,
      int port,
      Optional<String> publicUrl,
      boolean secureCookies,
      int maxBodyBytes,
      long maxUploadBytes,
      int loginsPerMinute,
      int quizPerMinute) {
    this(
        host,
        port,
        publicUrl,
        secureCookies,
        maxBodyBytes,
        maxUploadBytes,
        loginsPerMinute,
        quizPerMinute,
        Math.max(quizPerMinute, DEFAULT_QUIZ_PER_ADDRESS),
        Set.of(),
        Optional.empty());
  }

  /** Quiz posts per minute from one address by default; see {@code quizPerMinutePerAddress}. */
  public static final int DEFAULT_QUIZ_PER_ADDRESS = 12_000;

  /** Loopback on port 8080, the limits above, a 5 MiB upload cap. */
  public static WebConfig defaults() {
    return new WebConfig("127.0.0.1", 8080, Optional.empty(), false, 65536, 5L << 20, 10, 30);
  }

  /** A copy listening on {@code newHost} and {@code newPort}. */
  public WebConfig withAddress(String newHost, int newPort) {
    return new WebConfig(
        newHost,
        newPort,
        publicUrl,
        secureCookies,
        maxBodyBytes,
        maxUploadBytes,
        loginsPerMinute,
        quizPerMinute,
        quizPerMinutePerAddress,
        trustedProxies,
        metricsToken);
  }

  /** A copy with other rate limits; the ceiling per address stays at least the one per reader. */
  public WebConfig withLimits(int newLoginsPerMinute, int newQuizPerMinute) {
    return new WebConfig(
        host,
        port,
        publicUrl,
        secureCookies,
        maxBodyBytes,
        maxUploadBytes,
        newLoginsPerMinute,
        newQuizPerMinute,
        Math.max(newQuizPerMinute, quizPerMinutePerAddress),
        trustedProxies,
        metricsToken);
  }

  /** A copy with another ceiling on quiz posts per address. */
  public WebConfig withQuizPerAddress(int newQuizPerMinutePerAddress) {
    return new WebConfig(
        host,
        port,
        publicUrl,
        secureCookies,
        maxBodyBytes,
        maxUploadBytes,
        loginsPerMinute,
        quizPerMinute,
        newQuizPerMinutePerAddress,
        trustedProxies,
        metricsToken);
  }

  /** A copy that believes {@code X-Forwarded-For} from {@code proxies}. */
  public WebConfig withTrustedProxies(Set<String> proxies) {
    return new WebConfig(
        host,
        port,
        publicUrl,
        secureCookies,
        maxBodyBytes,
        maxUploadBytes,
        loginsPerMinute,
        quizPerMinute,
        quizPerMinutePerAddress,
        proxies,
        metricsToken);
  }

  /** A copy whose {@code /metrics} takes {@code token}. */
  public WebConfig withMetricsToken(Optional<String> token) {
    return new WebConfig(
        host,
        port,
        publicUrl,
        secureCookies,
        maxBodyBytes,
        maxUploadBytes,
        loginsPerMinute,
        quizPerMinute,
        quizPerMinutePerAddress,
        trustedProxies,
        token);
  }

  /** The base URL for absolute links, without a trailing slash, once the real port is known. */
  public String baseUrl(int boundPort) {
    return publicUrl.orElseGet(
        () -> {
          String h = host.contains(":") ? "[" + host + "]" : host;
          if (host.equals("0.0.0.0") || host.equals("::")) {
            h = "localhost";
          }
          return "http://" + h + ":" + boundPort;
        });
  }

  private static String checkUrl(String url) {
    String u = url.strip();
    try {
      URI uri = new URI(u);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
        throw new IllegalArgumentException(
            "server.publicUrl must be an absolute http or https URL, got " + url);
      }
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "server.publicUrl must be an absolute http or https URL, got " + url, e);
    }
    return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
  }
}
