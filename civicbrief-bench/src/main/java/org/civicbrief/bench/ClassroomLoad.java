package org.civicbrief.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A class taking a quiz: {@code READERS} browsers behind one address, each with its own visitor
 * cookie and CSRF token, each posting the quiz form every {@code INTERVAL} seconds (at a random
 * phase) for {@code DURATION} seconds. Prints the answers by status and the latency percentiles. It
 * needs only the JDK, so it runs as a single source file:
 *
 * <pre>
 * java civicbrief-bench/src/main/java/org/civicbrief/bench/ClassroomLoad.java \
 *     http://127.0.0.1:8080/briefings/3 200 3 60
 * </pre>
 */
public final class ClassroomLoad {

  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
  private static final Pattern QUIZ = Pattern.compile("name=\"quiz\" value=\"([0-9]+)\"");
  private static final Pattern ANSWER = Pattern.compile("name=\"(a\\.[^\"]+)\" value=\"0\"");
  private static final Pattern VISITOR = Pattern.compile("cb_visitor=([^;]+)");

  private ClassroomLoad() {}

  private record Reader(String cookie, String form) {}

  /** Runs the class; see the class comment for the arguments. */
  public static void main(String[] args) throws Exception {
    String briefing = args[0];
    int readers = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    double interval = args.length > 2 ? Double.parseDouble(args[2]) : 3;
    int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 60;
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .executor(Executors.newVirtualThreadPerTaskExecutor())
            .build();
    List<Reader> room = new ArrayList<>();
    for (int i = 0; i < readers; i++) {
      room.add(join(http, briefing + "/quiz"));
    }
    System.out.printf(
        "%d readers, one post each every %.1f s for %d s, on %s/quiz%n",
        readers, interval, seconds, briefing);
    Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    long start = System.nanoTime();
    long end = start + Duration.ofSeconds(seconds).toNanos();
    long step = (long) (interval * 1e9);
    try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
      for (Reader r : room) {
        long phase = ThreadLocalRandom.current().nextLong(step);
        pool.submit(
            () -> {
              long next = start + phase;
              while (next < end) {
                sleepUntil(next);
                long t0 = System.nanoTime();
                int status;
                try {
                  status = post(http, briefing + "/quiz", r).statusCode();
                } catch (IOException e) {
                  status = -1;
                }
                latencies.add(System.nanoTime() - t0);
                statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                next += step;
              }
              return null;
            });
      }
    }
    List<Long> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    System.out.println("answers by status: " + new TreeMap<>(statuses));
    System.out.printf(
        "posts: %d, latency p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
        sorted.size(),
        pct(sorted, 50),
        pct(sorted, 90),
        pct(sorted, 99),
        sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6);
  }

  private static Reader join(HttpClient http, String quizUrl) throws Exception {
    HttpResponse<String> page =
        http.send(
            HttpRequest.newBuilder(URI.create(quizUrl)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    String cookie =
        page.headers().allValues("Set-Cookie").stream()
            .map(VISITOR::matcher)
            .filter(Matcher::find)
            .map(m -> "cb_visitor=" + m.group(1))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no visitor cookie from " + quizUrl));
    String html = page.body();
    StringBuilder form = new StringBuilder();
    form.append("csrf=").append(enc(find(CSRF, html))).append("&quiz=").append(find(QUIZ, html));
    Matcher a = ANSWER.matcher(html);
    while (a.find()) {
      form.append('&').append(enc(a.group(1))).append("=0");
    }
    return new Reader(cookie, form.toString());
  }

  private static HttpResponse<Void> post(HttpClient http, String url, Reader r)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Cookie", r.cookie())
            .POST(HttpRequest.BodyPublishers.ofString(r.form()))
            .build(),
        HttpResponse.BodyHandlers.discarding());
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

  private static void sleepUntil(long nanoTime) throws InterruptedException {
    long wait = nanoTime - System.nanoTime();
    if (wait > 0) {
      Thread.sleep(Duration.ofNanos(wait));
    }
  }

  private static double pct(List<Long> sorted, int p) {
    if (sorted.isEmpty()) {
      return 0;
    }
    int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, i)) / 1e6;
  }
}
