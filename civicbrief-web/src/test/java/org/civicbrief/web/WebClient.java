package org.civicbrief.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A plain HTTP client that keeps cookies like a browser but does not follow redirects, so tests see
 * every answer the server gives.
 */
public final class WebClient {

  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

  private final Function<String, String> url;
  private final HttpClient client;

  /** A client with an empty cookie jar. */
  public WebClient(TestServer server) {
    this(server::url, newClient());
  }

  /**
   * A client with an empty cookie jar for the server at {@code base} ({@code http://host:port}).
   */
  public WebClient(String base) {
    this(path -> base + path, newClient());
  }

  private WebClient(Function<String, String> url, HttpClient client) {
    this.url = url;
    this.client = client;
  }

  private static HttpClient newClient() {
    return HttpClient.newBuilder()
        .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  /**
   * The same browser, cookies and all, talking to the server at {@code base}: another server behind
   * the same load balancer.
   */
  public WebClient at(String base) {
    return new WebClient(path -> base + path, client);
  }

  /** GET {@code path}. */
  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(url.apply(path))).GET());
  }

  /** GET {@code path} with extra headers, as name-value pairs. */
  public HttpResponse<String> get(String path, String... headers) {
    return send(HttpRequest.newBuilder(URI.create(url.apply(path))).GET().headers(headers));
  }

  /** POST {@code form} to {@code path}, URL-encoded. */
  public HttpResponse<String> post(String path, Map<String, String> form) {
    return send(
        HttpRequest.newBuilder(URI.create(url.apply(path)))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(encode(form))));
  }

  /** POST {@code json} to {@code path} with {@code token}, or without one when it is null. */
  public HttpResponse<String> postJson(String path, String json, String token) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(url.apply(path)))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return send(b);
  }

  /** GET {@code path} with {@code token}. */
  public HttpResponse<String> getJson(String path, String token) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url.apply(path))).GET();
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return send(b);
  }

  /** Sends any request. */
  public HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Sends any request and keeps the body as bytes. */
  public HttpResponse<byte[]> sendBytes(HttpRequest.Builder request) {
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The CSRF token of the first form in {@code html}. */
  public static String csrf(String html) {
    Matcher m = CSRF.matcher(html);
    if (!m.find()) {
      throw new AssertionError("the page has no CSRF field");
    }
    return m.group(1).replace("&#61;", "=");
  }

  /** Signs in as the test editor. */
  public WebClient signIn() {
    return signIn(TestServer.EDITOR);
  }

  /** Signs in as {@code username}, whose password is the test password. */
  public WebClient signIn(String username) {
    String token = csrf(get("/login").body());
    HttpResponse<String> r =
        post(
            "/login",
            Map.of(
                "csrf",
                token,
                "username",
                username,
                "password",
                TestServer.PASSWORD,
                "next",
                "/editor"));
    if (r.statusCode() != 303) {
      throw new AssertionError("sign-in failed: " + r.statusCode() + "\n" + r.body());
    }
    return this;
  }

  static String encode(Map<String, String> form) {
    return form.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
