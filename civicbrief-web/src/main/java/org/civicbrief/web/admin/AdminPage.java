package org.civicbrief.web.admin;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.civicbrief.web.http.PageFrame;

/**
 * Accounts and their API tokens.
 *
 * @param frame the page frame
 * @param csrf the CSRF token of the forms
 * @param users every account
 * @param issued a token just issued, shown this once
 * @param notice what the last action did
 * @param error why the last action was refused
 */
public record AdminPage(
    PageFrame frame,
    String csrf,
    List<UserRow> users,
    Optional<Issued> issued,
    Optional<String> notice,
    Optional<String> error) {

  /**
   * An account.
   *
   * @param username the user name
   * @param roles its roles, such as "admin, editor"
   * @param signsIn true when it has a password
   * @param tokens its tokens, newest first
   */
  public record UserRow(String username, String roles, boolean signsIn, List<TokenRow> tokens) {
    public UserRow {
      tokens = List.copyOf(tokens);
    }
  }

  /**
   * A token of an account.
   *
   * @param id the token id
   * @param label what it is for
   * @param created when it was issued
   * @param active true until revoked
   */
  public record TokenRow(long id, String label, String created, boolean active) {}

  /**
   * A token just issued.
   *
   * @param username whose it is
   * @param secret the value to send, shown once
   */
  public record Issued(String username, String secret) {}

  public AdminPage {
    Objects.requireNonNull(frame, "frame");
    users = List.copyOf(users);
    Objects.requireNonNull(issued, "issued");
    Objects.requireNonNull(notice, "notice");
    Objects.requireNonNull(error, "error");
  }
}
