package org.civicbrief.web.http;

import io.javalin.http.Context;
import java.util.Set;

/**
 * The address of the client a request comes from. Behind a reverse proxy every request arrives from
 * the proxy; when the peer is a proxy the configuration trusts, the client is the nearest address
 * in {@code X-Forwarded-For} that is not a trusted proxy (the proxy appends the address it saw, so
 * entries further left are whatever the client claimed and are never believed).
 */
public final class ClientAddress {

  private final Set<String> trustedProxies;

  /**
   * Addresses seen through {@code trustedProxies} (exact addresses, as the socket reports them).
   */
  public ClientAddress(Set<String> trustedProxies) {
    this.trustedProxies = Set.copyOf(trustedProxies);
  }

  /** The client's address for limits and logs. */
  public String of(Context ctx) {
    return of(ctx.req().getRemoteAddr(), ctx.header("X-Forwarded-For"));
  }

  /** The client's address when the peer is {@code peer} and the header is {@code forwardedFor}. */
  public String of(String peer, String forwardedFor) {
    if (forwardedFor == null || !trustedProxies.contains(peer)) {
      return peer;
    }
    String[] hops = forwardedFor.split(",");
    for (int i = hops.length - 1; i >= 0; i--) {
      String hop = hops[i].strip();
      if (hop.isEmpty()) {
        continue;
      }
      if (!trustedProxies.contains(hop)) {
        return hop;
      }
    }
    return peer;
  }
}
