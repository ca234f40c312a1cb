package org.civicbrief.web.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * CSRF tokens: an HMAC of the browser's session (or, before sign-in, of its visitor cookie) under a
 * key every server on the database shares. A page from another site can make the browser send the
 * cookie but cannot read the token that goes with it, so its forged form fails; a form from one
 * server behind a load balancer is accepted by another.
 */
public final class Csrf {

  /** The form field that carries the token. */
  public static final String FIELD = "csrf";

  /** The header that carries the token for scripts. */
  public static final String HEADER = "X-CSRF-Token";

  // Keyed once; each token is made on a copy, so no Mac is shared between threads and the key is
  // not set up again for every form post.
  private final Mac keyed;

  /** Tokens under {@code key}, at least 256 bits. */
  public Csrf(byte[] key) {
    if (key.length < 32) {
      throw new IllegalArgumentException("a CSRF key needs at least 32 bytes, got " + key.length);
    }
    try {
      keyed = Mac.getInstance("HmacSHA256");
      keyed.init(new SecretKeySpec(key, "HmacSHA256"));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this JDK", e);
    }
  }

  /** The token for a browser identified by {@code binding} (a session or visitor secret). */
  public String token(String binding) {
    byte[] tag = mac().doFinal(("csrf:" + binding).getBytes(StandardCharsets.UTF_8));
    return Base64.getUrlEncoder().withoutPadding().encodeToString(tag);
  }

  private Mac mac() {
    try {
      return (Mac) keyed.clone();
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("this JDK's HmacSHA256 cannot be copied", e);
    }
  }

  /** True when {@code presented} is the token of {@code binding}. */
  public boolean valid(String binding, String presented) {
    if (binding == null || presented == null || presented.isEmpty()) {
      return false;
    }
    return MessageDigest.isEqual(
        token(binding).getBytes(StandardCharsets.US_ASCII),
        presented.getBytes(StandardCharsets.US_ASCII));
  }
}
