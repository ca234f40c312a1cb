package org.civicbrief.ingest.url;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.civicbrief.ingest.IngestConfig;

/**
 * Refuses hosts that resolve to addresses a fetched URL must not reach: loopback, private,
 * link-local, wildcard, multicast, carrier-grade NAT, reserved and cloud metadata addresses, unless
 * the host is in {@code ingest.allowedHosts}.
 */
final class GuardAddress {

  private static final Set<String> METADATA_HOSTS =
      Set.of("metadata.google.internal", "metadata.goog", "metadata");
  // fd00:ec2::254
  private static final byte[] AWS_METADATA_V6 = {
    (byte) 0xfd, 0, 0x0e, (byte) 0xc2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x02, 0x54
  };

  private final IngestConfig config;
  private final HostResolver resolver;

  GuardAddress(IngestConfig config, HostResolver resolver) {
    this.config = config;
    this.resolver = resolver;
  }

  /**
   * Why a host may not be fetched.
   *
   * @param host the host, without brackets
   * @param reason what is wrong with its address, such as {@code 10.0.0.5 is a private network
   *     address}
   * @param unknown true when the host has no address at all
   */
  record Refusal(String host, String reason, boolean unknown) {

    /** The one-line message, for the URL first asked for or for a redirect to {@code target}. */
    String message(Optional<String> redirectTarget) {
      if (unknown) {
        return redirectTarget.map(t -> "the site redirected to " + t + ", but ").orElse("")
            + "could not find the host "
            + host
            + " (DNS lookup failed)";
      }
      return redirectTarget
              .map(t -> "refused to follow the redirect to " + t)
              .orElse("refused to fetch from " + host)
          + ": "
          + reason
          + "; add \""
          + host
          + "\" to ingest.allowedHosts to allow it";
    }
  }

  /** Why {@code host} may not be fetched, or empty when it may. */
  Optional<Refusal> refusal(String host) {
    String h = bare(host);
    if (config.allows(h)) {
      return Optional.empty();
    }
    if (METADATA_HOSTS.contains(h)) {
      return Optional.of(new Refusal(h, h + " is a cloud metadata host", false));
    }
    InetAddress[] addresses;
    try {
      addresses = resolver.resolve(h);
    } catch (UnknownHostException e) {
      return Optional.of(new Refusal(h, "no such host", true));
    }
    for (InetAddress address : addresses) {
      Optional<String> kind = kind(address);
      if (kind.isPresent()) {
        String ip = address.getHostAddress();
        String why =
            isLiteral(h, address)
                ? ip + " is " + kind.get()
                : "it resolves to " + ip + ", " + kind.get();
        return Optional.of(new Refusal(h, why, false));
      }
    }
    return Optional.empty();
  }

  private static boolean isLiteral(String host, InetAddress address) {
    return host.indexOf(':') >= 0 || host.equals(address.getHostAddress());
  }

  /** What kind of internal address {@code address} is, or empty for a public address. */
  static Optional<String> kind(InetAddress address) {
    byte[] b = address.getAddress();
    if (address instanceof Inet6Address) {
      Optional<byte[]> embedded = embeddedIpv4(b);
      if (embedded.isPresent()) {
        try {
          return kind(InetAddress.getByAddress(embedded.get()))
              .map(k -> k + " inside an IPv6 address");
        } catch (UnknownHostException e) {
          throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
      }
      if (Arrays.equals(b, AWS_METADATA_V6)) {
        return Optional.of("a cloud metadata address");
      }
    }
    if (address instanceof Inet4Address
        && u(b[0]) == 169
        && u(b[1]) == 254
        && u(b[2]) == 169
        && u(b[3]) == 254) {
      return Optional.of("a cloud metadata address");
    }
    if (address.isAnyLocalAddress()) {
      return Optional.of("the wildcard address");
    }
    if (address.isLoopbackAddress()) {
      return Optional.of("a loopback address");
    }
    if (address.isLinkLocalAddress()) {
      return Optional.of("a link-local address");
    }
    if (address.isSiteLocalAddress()) {
      return Optional.of("a private network address");
    }
    if (address.isMulticastAddress()) {
      return Optional.of("a multicast address");
    }
    if (address instanceof Inet6Address) {
      return (u(b[0]) & 0xfe) == 0xfc
          ? Optional.of("a private network address (unique local)")
          : Optional.empty();
    }
    return ipv4Kind(b);
  }

  private static Optional<String> ipv4Kind(byte[] b) {
    int first = u(b[0]);
    int second = u(b[1]);
    if (first == 100 && (second & 0xc0) == 64) {
      return Optional.of("a carrier-grade NAT address");
    }
    // 0/8 reaches the local host on Linux; 240/4 and broadcast are not routable; 198.18/15 is for
    // benchmarks and 192.0.0/24 for protocol assignments.
    if (first == 0
        || first >= 240
        || (first == 198 && (second & 0xfe) == 18)
        || (first == 192 && second == 0 && u(b[2]) == 0)) {
      return Optional.of("a reserved address");
    }
    return Optional.empty();
  }

  // IPv4-compatible (::a.b.c.d), NAT64 (64:ff9b::a.b.c.d) and 6to4 (2002:ab:cd::) addresses carry
  // an
  // IPv4 address that the network may route to.
  private static Optional<byte[]> embeddedIpv4(byte[] b) {
    boolean zeroPrefix = true;
    for (int i = 0; i < 12; i++) {
      zeroPrefix &= b[i] == 0;
    }
    if (zeroPrefix && (u(b[12]) | u(b[13]) | u(b[14])) != 0) {
      return Optional.of(Arrays.copyOfRange(b, 12, 16));
    }
    boolean nat64 = u(b[0]) == 0 && u(b[1]) == 0x64 && u(b[2]) == 0xff && u(b[3]) == 0x9b;
    for (int i = 4; i < 12 && nat64; i++) {
      nat64 = b[i] == 0;
    }
    if (nat64) {
      return Optional.of(Arrays.copyOfRange(b, 12, 16));
    }
    if (u(b[0]) == 0x20 && u(b[1]) == 0x02) {
      return Optional.of(Arrays.copyOfRange(b, 2, 6));
    }
    return Optional.empty();
  }

  private static int u(byte b) {
    return b & 0xff;
  }

  static String bare(String host) {
    String h = host.strip().toLowerCase(Locale.ROOT);
    if (h.startsWith("[") && h.endsWith("]")) {
      h = h.substring(1, h.length() - 1);
    }
    return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
  }
}
