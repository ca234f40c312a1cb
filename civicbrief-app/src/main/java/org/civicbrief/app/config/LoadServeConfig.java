package org.civicbrief.app.config;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.civicbrief.ingest.IngestConfig;
import org.civicbrief.store.StoreConfig;
import org.civicbrief.web.WebConfig;

/**
 * Reads the {@code store.*}, {@code jobs.*} and {@code server.*} settings; see {@link LoadConfig}.
 */
final class LoadServeConfig {

  /** The settings this reads, with a one-line description. */
  static final Map<String, String> SETTINGS =
      new TreeMap<>(
          Map.ofEntries(
              Map.entry(
                  "store.dataFolder",
                  "folder of the SQLite database and search index (default ./data)"),
              Map.entry(
                  "store.jdbcUrl",
                  "jdbc:postgresql://… to use PostgreSQL (default: SQLite in the data folder)"),
              Map.entry("store.user", "database user (PostgreSQL)"),
              Map.entry("store.password", "database password (PostgreSQL)"),
              Map.entry("store.poolSize", "most database connections at once (default 10)"),
              Map.entry(
                  "jobs.threads",
                  "briefing jobs that run at once (default 2, at most the processors)"),
              Map.entry("server.host", "address the server listens on (default 127.0.0.1)"),
              Map.entry("server.port", "port the server listens on (default 8080)"),
              Map.entry(
                  "server.publicUrl",
                  "address readers use, for feed and JSON-LD links (default http://host:port)"),
              Map.entry(
                  "server.secureCookies",
                  "true behind a TLS proxy: cookies only over https (default false)"),
              Map.entry("server.maxBodyBytes", "largest form or JSON body (default 65536)"),
              Map.entry(
                  "server.loginsPerMinute",
                  "sign-in attempts per address; failures per name and address back off (default"
                      + " 10)"),
              Map.entry(
                  "server.quizPerMinute",
                  "quiz submissions per reader: visitor cookie, account or token reader (default"
                      + " 30)"),
              Map.entry(
                  "server.quizPerMinutePerAddress",
                  "quiz submissions per address or API account, all readers together (default"
                      + " 12000)"),
              Map.entry(
                  "server.trustedProxies",
                  "comma-separated proxy addresses whose X-Forwarded-For is believed (default"
                      + " none)"),
              Map.entry("log.format", "text or json (JSON lines) for serve's log (default text)"),
              Map.entry("log.level", "error, warn, info or debug: serve's log (default info)"),
              Map.entry(
                  "server.metricsToken",
                  "bearer token for /metrics, 16 characters or more (default: no /metrics)")));

  private final int processors;

  LoadServeConfig(int processors) {
    this.processors = processors;
  }

  /** The serve settings from {@code values}; the upload cap is the ingest cap. */
  ServeConfig load(Map<String, String> values, IngestConfig ingest) {
    ServeConfig d = ServeConfig.defaults(processors);
    StoreConfig s = d.store();
    StoreConfig store =
        new StoreConfig(
            Path.of(values.getOrDefault("store.dataFolder", s.dataFolder().toString())),
            text(values, "store.jdbcUrl"),
            text(values, "store.user"),
            text(values, "store.password"),
            get(values, "store.poolSize", Integer::parseInt, s.poolSize(), "a whole number"));
    WebConfig w = d.web();
    WebConfig web =
        new WebConfig(
            values.getOrDefault("server.host", w.host()),
            get(values, "server.port", Integer::parseInt, w.port(), "a port number"),
            text(values, "server.publicUrl"),
            get(
                values,
                "server.secureCookies",
                LoadServeConfig::bool,
                w.secureCookies(),
                "true or false"),
            get(
                values,
                "server.maxBodyBytes",
                Integer::parseInt,
                w.maxBodyBytes(),
                "a number of bytes"),
            ingest.maxBytes(),
            get(
                values,
                "server.loginsPerMinute",
                Integer::parseInt,
                w.loginsPerMinute(),
                "a whole number"),
            get(
                values,
                "server.quizPerMinute",
                Integer::parseInt,
                w.quizPerMinute(),
                "a whole number"),
            get(
                values,
                "server.quizPerMinutePerAddress",
                Integer::parseInt,
                Math.max(
                    WebConfig.DEFAULT_QUIZ_PER_ADDRESS,
                    get(
                        values,
                        "server.quizPerMinute",
                        Integer::parseInt,
                        w.quizPerMinute(),
                        "a whole number")),
                "a whole number"),
            text(values, "server.trustedProxies").map(LoadServeConfig::list).orElse(Set.of()),
            text(values, "server.metricsToken"));
    int threads = get(values, "jobs.threads", Integer::parseInt, d.jobThreads(), "a whole number");
    LogSettings log =
        new LogSettings(
            get(values, "log.format", LogSettings::json, false, "text or json"),
            values.getOrDefault("log.level", LogSettings.defaults().level()));
    return new ServeConfig(store, threads, web, log);
  }

  private static Optional<String> text(Map<String, String> values, String key) {
    return Optional.ofNullable(values.get(key)).map(String::strip).filter(v -> !v.isEmpty());
  }

  private static <T> T get(
      Map<String, String> values, String key, Function<String, T> parse, T fallback, String kind) {
    String v = values.get(key);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    try {
      return parse.apply(v.strip());
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(key + " must be " + kind + ", got '" + v + "'", e);
    }
  }

  private static Set<String> list(String v) {
    return Arrays.stream(v.split(","))
        .map(String::strip)
        .filter(h -> !h.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }

  private static boolean bool(String v) {
    return switch (v.toLowerCase(java.util.Locale.ROOT)) {
      case "true", "yes", "on", "1" -> true;
      case "false", "no", "off", "0" -> false;
      default -> throw new IllegalArgumentException(v);
    };
  }
}
