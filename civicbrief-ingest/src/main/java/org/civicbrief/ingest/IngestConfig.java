package org.civicbrief.ingest;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The ingest slice of the configuration tree: size and length limits, URL timeouts and which hosts
 * a URL may point at.
 *
 * @param maxBytes the largest input read, in bytes ({@code ingest.maxBytes}, default 5 MiB)
 * @param minWords the fewest words an article may have ({@code ingest.minWords}, default 60)
 * @param connectTimeout how long to wait for a connection ({@code ingest.connectTimeout}, default
 *     10 s)
 * @param timeout how long a whole URL fetch may take, redirects and body included ({@code
 *     ingest.timeout}, default 20 s)
 * @param maxRedirects how many redirects a fetch follows ({@code ingest.maxRedirects}, default 5)
 * @param allowedHosts host names or IP addresses a URL may reach even though they are loopback,
 *     private, link-local or metadata addresses ({@code ingest.allowedHosts}, default none)
 * @param userAgent the User-Agent header sent with every request ({@code ingest.userAgent})
 */
public record IngestConfig(
    long maxBytes,
    int minWords,
    Duration connectTimeout,
    Duration timeout,
    int maxRedirects,
    Set<String> allowedHosts,
    String userAgent) {

  /** 5 MiB. */
  public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

  /** The default fewest words an article may have. */
  public static final int DEFAULT_MIN_WORDS = 60;

  /** The default User-Agent header. */
  public static final String DEFAULT_USER_AGENT = "civicbrief/0.1 (article reader)";

  // Inputs are held in one byte array, so the cap stays well below the array size limit.
  private static final long MAX_BYTES_LIMIT = 1024L * 1024 * 1024;
  private static final int MIN_WORDS_LIMIT = 100_000;
  private static final int MAX_REDIRECTS_LIMIT = 20;
  private static final Duration TIMEOUT_LIMIT = Duration.ofMinutes(10);
  private static final Pattern HOST = Pattern.compile("[a-z0-9._:%-]+");
  private static final Pattern USER_AGENT = Pattern.compile("[\\x20-\\x7e]+");

  public IngestConfig {
    if (maxBytes < 1 || maxBytes > MAX_BYTES_LIMIT) {
      throw new IllegalArgumentException(
          "ingest.maxBytes must be between 1 and " + MAX_BYTES_LIMIT + " (1 GiB), got " + maxBytes);
    }
    if (minWords < 1 || minWords > MIN_WORDS_LIMIT) {
      throw new IllegalArgumentException(
          "ingest.minWords must be between 1 and " + MIN_WORDS_LIMIT + ", got " + minWords);
    }
    checkDuration("ingest.connectTimeout", connectTimeout);
    checkDuration("ingest.timeout", timeout);
    if (maxRedirects < 0 || maxRedirects > MAX_REDIRECTS_LIMIT) {
      throw new IllegalArgumentException(
          "ingest.maxRedirects must be between 0 and "
              + MAX_REDIRECTS_LIMIT
              + ", got "
              + maxRedirects);
    }
    allowedHosts = normalizeHosts(allowedHosts);
    Objects.requireNonNull(userAgent, "ingest.userAgent");
    if (!USER_AGENT.matcher(userAgent).matches() || userAgent.isBlank()) {
      throw new IllegalArgumentException(
          "ingest.userAgent must be printable ASCII on one line and not blank, got \""
              + userAgent.replaceAll("\\R", " ")
              + "\"");
    }
  }

  /** The defaults: 5 MiB, 60 words, 10 s to connect, 20 s in all, 5 redirects, no allowed hosts. */
  public static IngestConfig defaults() {
    return new IngestConfig(
        DEFAULT_MAX_BYTES,
        DEFAULT_MIN_WORDS,
        Duration.ofSeconds(10),
        Duration.ofSeconds(20),
        5,
        Set.of(),
        DEFAULT_USER_AGENT);
  }

  /** A copy with another size cap. */
  public IngestConfig withMaxBytes(long bytes) {
    return new IngestConfig(
        bytes, minWords, connectTimeout, timeout, maxRedirects, allowedHosts, userAgent);
  }

  /** A copy with another minimum length. */
  public IngestConfig withMinWords(int words) {
    return new IngestConfig(
        maxBytes, words, connectTimeout, timeout, maxRedirects, allowedHosts, userAgent);
  }

  /** A copy with other timeouts. */
  public IngestConfig withTimeouts(Duration connect, Duration total) {
    return new IngestConfig(
        maxBytes, minWords, connect, total, maxRedirects, allowedHosts, userAgent);
  }

  /** A copy with another redirect cap. */
  public IngestConfig withMaxRedirects(int redirects) {
    return new IngestConfig(
        maxBytes, minWords, connectTimeout, timeout, redirects, allowedHosts, userAgent);
  }

  /** A copy with other allowed hosts. */
  public IngestConfig withAllowedHosts(Set<String> hosts) {
    return new IngestConfig(
        maxBytes, minWords, connectTimeout, timeout, maxRedirects, hosts, userAgent);
  }

  /** A copy with another User-Agent header. */
  public IngestConfig withUserAgent(String agent) {
    return new IngestConfig(
        maxBytes, minWords, connectTimeout, timeout, maxRedirects, allowedHosts, agent);
  }

  /** True when {@code host} (as written in a URL, brackets allowed) is in the allowed set. */
  public boolean allows(String host) {
    return allowedHosts.contains(normalizeHost(host));
  }

  /** The one-line reason given when an input is over {@link #maxBytes()}. */
  public String overCapReason() {
    return "the input is larger than the "
        + describeBytes(maxBytes)
        + " cap (ingest.maxBytes); raise ingest.maxBytes to read it";
  }

  /** Bytes for a reader: {@code 5 MiB}, {@code 1.5 KiB}, {@code 300 bytes}. */
  public static String describeBytes(long bytes) {
    String[] units = {"bytes", "KiB", "MiB", "GiB"};
    double value = bytes;
    int unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
      value /= 1024;
      unit++;
    }
    if (unit == 0) {
      return bytes + " bytes";
    }
    return (value == Math.rint(value)
            ? String.valueOf((long) value)
            : String.format(Locale.ROOT, "%.1f", value))
        + " "
        + units[unit];
  }

  /** A duration for a reader: {@code 20 s} or {@code 250 ms}. */
  public static String describeDuration(Duration duration) {
    long millis = duration.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
  }

  private static void checkDuration(String setting, Duration value) {
    Objects.requireNonNull(value, setting);
    if (value.isNegative() || value.isZero() || value.compareTo(TIMEOUT_LIMIT) > 0) {
      throw new IllegalArgumentException(
          setting + " must be more than 0 and at most 10 minutes, got " + value);
    }
  }

  private static Set<String> normalizeHosts(Set<String> hosts) {
    Objects.requireNonNull(hosts, "ingest.allowedHosts");
    var normalized = new TreeSet<String>();
    for (String host : hosts) {
      String h = normalizeHost(Objects.requireNonNull(host, "ingest.allowedHosts entry"));
      if (h.isEmpty() || !HOST.matcher(h).matches()) {
        throw new IllegalArgumentException(
            "ingest.allowedHosts entries are host names or IP addresses without scheme, port or"
                + " path (for example localhost or 10.0.0.5), got \""
                + host.replaceAll("\\R", " ")
                + "\"");
      }
      normalized.add(h);
    }
    return Set.copyOf(normalized);
  }

  private static String normalizeHost(String host) {
    String h = host.strip().toLowerCase(Locale.ROOT);
    if (h.startsWith("[") && h.endsWith("]")) {
      h = h.substring(1, h.length() - 1);
    }
    if (h.endsWith(".")) {
      h = h.substring(0, h.length() - 1);
    }
    if (h.indexOf(':') >= 0) {
      return canonicalIpv6(h);
    }
    return h;
  }

  // ::1 and 0:0:0:0:0:0:0:1 name one address; a host that is not an IPv6 literal fails validation.
  private static String canonicalIpv6(String literal) {
    if (literal.chars().filter(c -> c == ':').count() < 2 || !HOST.matcher(literal).matches()) {
      return "";
    }
    try {
      // A string with a colon is parsed as an IPv6 literal and never looked up in DNS.
      return InetAddress.getByName(literal).getHostAddress();
    } catch (UnknownHostException e) {
      return "";
    }
  }
}
