package org.civicbrief.app.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.civicbrief.ingest.IngestConfig;
import org.civicbrief.nlp.corenlp.NlpConfig;

/**
 * Merges the configuration layers into one {@link CivicbriefConfig}. Keys are dotted ({@code
 * ingest.maxBytes}); the environment spells them {@code CIVICBRIEF_INGEST_MAXBYTES}.
 */
public final class LoadConfig {

  /** Every setting, with a one-line description, for messages and {@code --help}. */
  public static final Map<String, String> SETTINGS =
      merged(
          Map.of(
              "ingest.maxBytes", "largest input in bytes (default 5242880)",
              "ingest.minWords", "fewest words an article may have (default 60)",
              "ingest.connectTimeout", "seconds to wait for a connection (default 10)",
              "ingest.timeout", "seconds a whole URL fetch may take (default 20)",
              "ingest.maxRedirects", "redirects a fetch follows (default 5)",
              "ingest.allowedHosts",
                  "comma-separated hosts a URL may reach although private or loopback (default none)",
              "ingest.userAgent", "User-Agent header for URL fetches",
              "nlp.fineGrainedNer",
                  "true to add CoreNLP's fine-grained NER classes (default false)",
              "nlp.nerModels", "comma-separated CoreNLP CRF NER models (default: CoNLL 4-class)",
              "brief.threads", "worker threads for --batch (default: number of processors)"),
          LoadServeConfig.SETTINGS);

  private final Map<String, String> environment;
  private final int processors;

  /** A loader reading {@code environment} and defaulting threads to {@code processors}. */
  public LoadConfig(Map<String, String> environment, int processors) {
    this.environment = Map.copyOf(environment);
    this.processors = processors;
  }

  /**
   * Loads the configuration: {@code file} may be null; {@code flags} hold {@code --set key=value}
   * overrides. Throws {@link IllegalArgumentException} with a message naming the setting.
   */
  public CivicbriefConfig load(Path file, Map<String, String> flags) {
    Map<String, String> values = new TreeMap<>();
    if (file != null) {
      Properties p = new Properties();
      try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        p.load(r);
      } catch (IOException e) {
        throw new IllegalArgumentException(
            "cannot read configuration file " + file + ": " + e.getMessage(), e);
      }
      for (String k : p.stringPropertyNames()) {
        values.put(k, p.getProperty(k).strip());
      }
    }
    for (String key : SETTINGS.keySet()) {
      String env = environment.get(envName(key));
      if (env != null) {
        values.put(key, env.strip());
      }
    }
    values.putAll(flags);
    for (String key : values.keySet()) {
      if (!SETTINGS.containsKey(key)) {
        throw new IllegalArgumentException(
            "unknown setting '"
                + key
                + "'; known settings: "
                + String.join(", ", SETTINGS.keySet()));
      }
    }
    CivicbriefConfig d = CivicbriefConfig.defaults(processors);
    IngestConfig i = d.ingest();
    i =
        i.withMaxBytes(
            get(values, "ingest.maxBytes", Long::parseLong, i.maxBytes(), "a number of bytes"));
    i =
        i.withMinWords(
            get(values, "ingest.minWords", Integer::parseInt, i.minWords(), "a whole number"));
    i =
        i.withTimeouts(
            get(
                values,
                "ingest.connectTimeout",
                LoadConfig::seconds,
                i.connectTimeout(),
                "seconds"),
            get(values, "ingest.timeout", LoadConfig::seconds, i.timeout(), "seconds"));
    i =
        i.withMaxRedirects(
            get(
                values,
                "ingest.maxRedirects",
                Integer::parseInt,
                i.maxRedirects(),
                "a whole number"));
    i =
        i.withAllowedHosts(
            get(values, "ingest.allowedHosts", LoadConfig::hosts, i.allowedHosts(), "host names"));
    i = i.withUserAgent(values.getOrDefault("ingest.userAgent", i.userAgent()));
    NlpConfig n = d.nlp();
    n =
        new NlpConfig(
            n.parse(),
            get(
                values,
                "nlp.fineGrainedNer",
                LoadConfig::bool,
                n.fineGrainedNer(),
                "true or false"),
            values.getOrDefault("nlp.nerModels", n.nerModels()));
    int threads = get(values, "brief.threads", Integer::parseInt, d.threads(), "a whole number");
    return new CivicbriefConfig(i, n, threads, new LoadServeConfig(processors).load(values, i));
  }

  private static Map<String, String> merged(Map<String, String> a, Map<String, String> b) {
    Map<String, String> all = new TreeMap<>(a);
    all.putAll(b);
    return java.util.Collections.unmodifiableMap(all);
  }

  /** {@code ingest.maxBytes} is read from {@code CIVICBRIEF_INGEST_MAXBYTES}. */
  public static String envName(String key) {
    return "CIVICBRIEF_" + key.replace('.', '_').toUpperCase(Locale.ROOT);
  }

  private static <T> T get(
      Map<String, String> values, String key, Function<String, T> parse, T fallback, String kind) {
    String v = values.get(key);
    if (v == null) {
      return fallback;
    }
    try {
      return parse.apply(v);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(key + " must be " + kind + ", got '" + v + "'", e);
    }
  }

  private static Duration seconds(String v) {
    return Duration.ofMillis(Math.round(Double.parseDouble(v) * 1000));
  }

  private static Set<String> hosts(String v) {
    Set<String> out = new LinkedHashSet<>();
    Arrays.stream(v.split(",")).map(String::strip).filter(h -> !h.isEmpty()).forEach(out::add);
    return out;
  }

  private static boolean bool(String v) {
    return switch (v.toLowerCase(Locale.ROOT)) {
      case "true", "yes", "on", "1" -> true;
      case "false", "no", "off", "0" -> false;
      default -> throw new IllegalArgumentException(v);
    };
  }
}
