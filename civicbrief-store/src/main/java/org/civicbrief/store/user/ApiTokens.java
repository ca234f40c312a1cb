package org.civicbrief.store.user;

import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicbrief.core.common.Outcome;
import org.civicbrief.core.common.Sha256;
import org.civicbrief.store.audit.AuditAction;
import org.civicbrief.store.audit.AuditLog;
import org.civicbrief.store.audit.Principal;
import org.civicbrief.store.db.Database;
import org.civicbrief.store.db.Row;

/**
 * API tokens. Only a SHA-256 hash of each token is stored: the tokens are 256 random bits, so a
 * fast hash is enough (a slow password hash guards guessable secrets, which these are not).
 */
public final class ApiTokens {

  private static final String PREFIX = "cb_";

  private final Database db;
  private final AuditLog audit;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  /** The tokens in {@code db}. */
  public ApiTokens(Database db, AuditLog audit, Clock clock) {
    this.db = db;
    this.audit = audit;
    this.clock = clock;
  }

  /** Issues a token for a user; the returned secret cannot be recovered later. */
  public Outcome<IssuedToken> issue(long userId, String label, Principal who) {
    if (label.isBlank() || label.length() > 100) {
      return Outcome.failed("a token label must be 1 to 100 characters");
    }
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    return db.write(
        "issue a token for user " + userId,
        tx -> {
          if (Users.load(tx, userId).isEmpty()) {
            return Outcome.failed("there is no user " + userId);
          }
          long id =
              tx.insert(
                  "INSERT INTO api_tokens (user_id, token_hash, label, created_at)"
                      + " VALUES (?, ?, ?, ?) RETURNING id",
                  userId,
                  Sha256.hex(secret),
                  label.strip(),
                  clock.instant());
          audit.record(
              tx,
              who,
              AuditAction.TOKEN_ISSUE,
              "token",
              id,
              Map.of("user", userId, "label", label));
          ApiToken token =
              tx.one("SELECT * FROM api_tokens WHERE id = ?", ApiTokens::token, id).orElseThrow();
          return Outcome.ok(new IssuedToken(token, secret));
        });
  }

  /** The user a secret belongs to, if it is a known, unrevoked token. */
  public Optional<User> authenticate(String secret) {
    if (!secret.startsWith(PREFIX)) {
      return Optional.empty();
    }
    return db.read(
        "check a token",
        tx -> {
          Optional<Long> userId =
              tx.one(
                  "SELECT user_id FROM api_tokens WHERE token_hash = ? AND revoked_at IS NULL",
                  r -> r.number("user_id"),
                  Sha256.hex(secret));
          return userId.isEmpty() ? Optional.empty() : Users.load(tx, userId.get());
        });
  }

  /** The tokens of a user, newest first. */
  public List<ApiToken> list(long userId) {
    return db.read(
        "list the tokens of user " + userId,
        tx ->
            tx.list(
                "SELECT * FROM api_tokens WHERE user_id = ? ORDER BY id DESC",
                ApiTokens::token,
                userId));
  }

  /** Revokes a token; revoking it again changes nothing. */
  public Outcome<ApiToken> revoke(long tokenId, Principal who) {
    return db.write(
        "revoke token " + tokenId,
        tx -> {
          int changed =
              tx.update(
                  "UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL",
                  clock.instant(),
                  tokenId);
          Optional<ApiToken> token =
              tx.one("SELECT * FROM api_tokens WHERE id = ?", ApiTokens::token, tokenId);
          if (token.isEmpty()) {
            return Outcome.failed("there is no token " + tokenId);
          }
          if (changed > 0) {
            audit.record(tx, who, AuditAction.TOKEN_REVOKE, "token", tokenId, Map.of());
          }
          return Outcome.ok(token.get());
        });
  }

  private static ApiToken token(Row r) throws SQLException {
    return new ApiToken(
        r.number("id"),
        r.number("user_id"),
        r.text("label"),
        r.instant("created_at"),
        r.optInstant("revoked_at"));
  }
}
