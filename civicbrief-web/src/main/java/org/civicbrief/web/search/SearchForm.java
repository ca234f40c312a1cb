package org.civicbrief.web.search;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.civicbrief.store.search.SearchQuery;
import org.civicbrief.web.http.HttpProblem;
import org.civicbrief.web.http.Params;

/**
 * The search as the form and the API send it.
 *
 * @param q the words
 * @param actor the actor filter
 * @param from the first day
 * @param to the last day
 */
public record SearchForm(
    String q, Optional<String> actor, Optional<LocalDate> from, Optional<LocalDate> to) {

  private static final int MAX_TEXT = 500;

  public SearchForm {
    Objects.requireNonNull(q, "q");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
  }

  /**
   * Reads {@code q}, {@code actor}, {@code from} and {@code to} from the query string.
   *
   * @throws HttpProblem 400 for a malformed date, a range that ends before it starts, or text
   *     longer than 500 characters
   */
  public static SearchForm read(Context ctx) {
    String q = Params.text(ctx.queryParam("q")).orElse("");
    Optional<String> actor = Params.text(ctx.queryParam("actor"));
    if (q.length() > MAX_TEXT || actor.map(String::length).orElse(0) > MAX_TEXT) {
      throw HttpProblem.badRequest("A search may have at most " + MAX_TEXT + " characters.");
    }
    Optional<LocalDate> from = Params.date("from", ctx.queryParam("from"));
    Optional<LocalDate> to = Params.date("to", ctx.queryParam("to"));
    if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
      throw HttpProblem.badRequest("The date range ends before it starts.");
    }
    return new SearchForm(q, actor, from, to);
  }

  /** True when the form asks for something. */
  public boolean asked() {
    return !q.isBlank() || actor.isPresent() || from.isPresent() || to.isPresent();
  }

  /** The store's query for one page of hits. */
  public SearchQuery query(int offset, int limit) {
    return new SearchQuery(q, actor, from, to, offset, limit);
  }

  /** The query string of this search, for paging links. */
  public String queryString() {
    StringBuilder b = new StringBuilder();
    add(b, "q", q);
    actor.ifPresent(a -> add(b, "actor", a));
    from.ifPresent(d -> add(b, "from", d.toString()));
    to.ifPresent(d -> add(b, "to", d.toString()));
    return b.toString();
  }

  private static void add(StringBuilder b, String name, String value) {
    if (value.isEmpty()) {
      return;
    }
    b.append(b.isEmpty() ? "" : "&")
        .append(name)
        .append('=')
        .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
  }
}
