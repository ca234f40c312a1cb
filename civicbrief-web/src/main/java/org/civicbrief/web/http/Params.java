package org.civicbrief.web.http;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads path, query and form values, turning bad ones into answers instead of exceptions. */
public final class Params {

  private Params() {}

  /**
   * The id in path parameter {@code name}.
   *
   * @throws HttpProblem 404 when it is not a positive whole number: no such page exists
   */
  public static long id(Context ctx, String name) {
    String raw = ctx.pathParam(name);
    try {
      long id = Long.parseLong(raw);
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // Falls through to the answer below.
    }
    throw HttpProblem.notFound("There is nothing at " + ctx.path() + ".");
  }

  /** A whole number from the query, {@code fallback} when absent, 400 when out of range. */
  public static int queryInt(Context ctx, String name, int fallback, int min, int max) {
    String raw = ctx.queryParam(name);
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    try {
      int v = Integer.parseInt(raw.strip());
      if (v >= min && v <= max) {
        return v;
      }
    } catch (NumberFormatException e) {
      // Falls through to the answer below.
    }
    throw HttpProblem.badRequest(
        "'" + name + "' must be a whole number from " + min + " to " + max + ".");
  }

  /** A date like 2026-03-12, empty when absent or blank, 400 when malformed. */
  public static Optional<LocalDate> date(String name, String raw) {
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(raw.strip()));
    } catch (DateTimeParseException e) {
      throw HttpProblem.badRequest("'" + name + "' must be a date like 2026-03-12.");
    }
  }

  /** A trimmed text value, empty when absent or blank. */
  public static Optional<String> text(String raw) {
    return raw == null || raw.isBlank() ? Optional.empty() : Optional.of(raw.strip());
  }
}
