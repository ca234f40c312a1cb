package org.civicbrief.app.config;

import java.util.Locale;
import java.util.Objects;

/**
 * How {@code serve} logs: one line per request, per job state change, per feed poll and per story
 * merge, on standard error.
 *
 * @param json true for JSON lines ({@code log.format=json}), false for text ({@code text}, the
 *     default)
 * @param level the least severe level of civicbrief's own loggers ({@code log.level}: {@code
 *     error}, {@code warn}, {@code info}, the default, or {@code debug}); libraries log warnings
 */
public record LogSettings(boolean json, String level) {

  public LogSettings {
    Objects.requireNonNull(level, "log.level");
    level = level.strip().toLowerCase(Locale.ROOT);
    if (!(level.equals("error")
        || level.equals("warn")
        || level.equals("info")
        || level.equals("debug"))) {
      throw new IllegalArgumentException(
          "log.level must be error, warn, info or debug, got '" + level + "'");
    }
  }

  /** Text lines at info. */
  public static LogSettings defaults() {
    return new LogSettings(false, "info");
  }

  /** {@code text} or {@code json}, as {@code log.format} spells it. */
  static boolean json(String format) {
    return switch (format.strip().toLowerCase(Locale.ROOT)) {
      case "json" -> true;
      case "text" -> false;
      default ->
          throw new IllegalArgumentException(
              "log.format must be text or json, got '" + format + "'");
    };
  }
}
