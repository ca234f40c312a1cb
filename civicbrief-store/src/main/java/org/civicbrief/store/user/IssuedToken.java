package org.civicbrief.store.user;

import java.util.Objects;

/**
 * A token just issued: the secret is shown to the user once and never stored.
 *
 * @param token the stored token
 * @param secret the value the client sends, such as {@code cb_Zm9v...}
 */
public record IssuedToken(ApiToken token, String secret) {

  public IssuedToken {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(secret, "secret");
  }

  @Override
  public String toString() {
    return "IssuedToken[" + token + "]";
  }
}
