package org.civicbrief.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Posts quiz attempts over HTTP as fast as {@code CONNECTIONS} clients can, and writes the id of
 * every attempt the server acknowledged (a 303 to its result for the form, a 201 for the API) to
 * {@code IDS_FILE}, one per line: kill the server with {@code kill -9} during the run, restart it,
 * and every id in the file must be stored. A client stops at its first failed connection (the
 * server is gone) or after {@code SECONDS}. It needs only the JDK, so it runs as a single file:
 *
 * <pre>
 * java civicbrief-bench/src/main/java/org/civicbrief/bench/AckedAttempts.java \
 *     form http://127.0.0.1:8080/briefings/6 128 60 /tmp/acked.txt
 * CIVICBRIEF_TOKEN=cb_… java …/AckedAttempts.java \
 *     api http://127.0.0.1:8080/api/v1/quizzes/6 128 60 /tmp/acked.txt
 * </pre>
 *
 * The form clients each take their own visitor cookie and CSRF token from the quiz page; the API
 * clients share the token and post as readers {@code load-0000…}.
 */
public final class AckedAttempts {

  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
  private static final Pattern QUIZ = Pattern.compile("name=\"quiz\" value=\"([0-9]+)\"");
  private static final Pattern ANSWER = Pattern.compile("name=\"(a\\.[^\"]+)\" value=\"0\"");
  private static final Pattern VISITOR = Pattern.compile("cb_visitor=([^;]+)");
  private static final Pattern QUESTION_ID = Pattern.compile("\"id\":\"(q-[^\"]+)\"");
  private static final Pattern LAST_NUMBER = Pattern.compile("/([0-9]+)$");

  private AckedAttempts() {}

  /** One client's request, ready to send again and again. */
  private record Poster(HttpRequest request, int acknowledged) {}

  /** Runs the load; see the class comment for the arguments. */
  public static void main(String[] args) throws Exception {
    if (args.length < 5 || !(args[0].equals("form") || args[0].equals("api"))) {
      System.err.println("usage: AckedAttempts form|api URL CONNECTIONS SECONDS IDS_FILE");
      System.exit(2);
    }
    boolean api = args[0].equals("api");
    String url = args[1];
    int connections = Integer.parseInt(args[2]);
    int seconds = Integer.parseInt(args[3]);
    Path idsFile = Path.of(args[4]);
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    List<Poster> posters = new ArrayList<>();
    for (int i = 0; i < connections; i++) {
      posters.add(api ? apiPoster(http, url, i) : formPoster(http, url));
    }
    ConcurrentLinkedQueue<Long> acked = new ConcurrentLinkedQueue<>();
    Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
    long start = System.nanoTime();
    long end = start + Duration.ofSeconds(seconds).toNanos();
    System.out.printf("%d clients posting to %s for up to %d s%n", connections, url, seconds);
    try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
      for (Poster p : posters) {
        pool.submit(
            () -> {
              while (System.nanoTime() < end) {
                HttpResponse<Void> r;
                try {
                  r = http.send(p.request(), HttpResponse.BodyHandlers.discarding());
                } catch (IOException e) {
                  // The server is gone: whatever this client sent last was not acknowledged.
                  count(outcomes, "connection failed");
                  return null;
                }
                count(outcomes, Integer.toString(r.statusCode()));
                if (r.statusCode() == p.acknowledged()) {
                  String location = r.headers().firstValue("Location").orElseThrow();
                  Matcher m = LAST_NUMBER.matcher(location);
                  if (!m.find()) {
                    throw new IllegalStateException("no attempt id in " + location);
                  }
                  acked.add(Long.parseLong(m.group(1)));
                }
              }
              return null;
            });
      }
    }
    double took = (System.nanoTime() - start) / 1e9;
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(idsFile))) {
      acked.forEach(out::println);
    }
    System.out.printf(
        "answers: %s; acknowledged %d in %.1f s (%.0f/s); ids in %s%n",
        new TreeMap<>(outcomes), acked.size(), took, acked.size() / took, idsFile);
  }

  private static void count(Map<String, AtomicInteger> outcomes, String key) {
    outcomes.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
  }

  /** A browser: the quiz page gives it a visitor cookie and the CSRF token bound to it. */
  private static Poster formPoster(HttpClient http, String briefing) throws Exception {
    HttpResponse<String> page =
        http.send(
            HttpRequest.newBuilder(URI.create(briefing + "/quiz")).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    String cookie =
        page.headers().allValues("Set-Cookie").stream()
            .map(VISITOR::matcher)
            .filter(Matcher::find)
            .map(m -> "cb_visitor=" + m.group(1))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no visitor cookie from " + briefing));
    String html = page.body();
    StringBuilder form = new StringBuilder();
    form.append("csrf=").append(enc(find(CSRF, html))).append("&quiz=").append(find(QUIZ, html));
    Matcher a = ANSWER.matcher(html);
    while (a.find()) {
      form.append('&').append(enc(a.group(1))).append("=0");
    }
    HttpRequest post =
        HttpRequest.newBuilder(URI.create(briefing + "/quiz"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Cookie", cookie)
            .POST(HttpRequest.BodyPublishers.ofString(form.toString()))
            .build();
    return new Poster(post, 303);
  }

  /** A learning platform's token posting for reader {@code n}. */
  private static Poster apiPoster(HttpClient http, String quiz, int n) throws Exception {
    String token = System.getenv("CIVICBRIEF_TOKEN");
    if (token == null || token.isBlank()) {
      throw new IllegalStateException("set CIVICBRIEF_TOKEN to an API token for the api mode");
    }
    String doc =
        http.send(
                HttpRequest.newBuilder(URI.create(quiz)).GET().build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    StringBuilder answers = new StringBuilder();
    Matcher q = QUESTION_ID.matcher(doc);
    while (q.find()) {
      answers.append(answers.isEmpty() ? "" : ",").append('"').append(q.group(1)).append("\":0");
    }
    String body =
        "{\"answers\":{" + answers + "},\"readerId\":\"load-" + "%04d".formatted(n) + "\"}";
    HttpRequest post =
        HttpRequest.newBuilder(URI.create(quiz + "/attempts"))
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + token)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return new Poster(post, 201);
  }

  private static String find(Pattern p, String html) {
    Matcher m = p.matcher(html);
    if (!m.find()) {
      throw new IllegalStateException("the quiz page has no " + p.pattern());
    }
    return m.group(1);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
