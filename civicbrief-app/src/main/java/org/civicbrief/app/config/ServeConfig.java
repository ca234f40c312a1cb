package org.civicbrief.app.config;

import java.util.Objects;
import org.civicbrief.store.StoreConfig;
import org.civicbrief.web.WebConfig;

/**
 * The settings of {@code civicbrief serve}: where the data lives, how many briefing jobs run at
 * once, and how the server listens.
 *
 * @param store the database and search index ({@code store.*})
 * @param jobThreads briefing jobs that run at once ({@code jobs.threads}, 1 to 64)
 * @param web the server ({@code server.*})
 * @param log what the server logs and how ({@code log.*})
 */
public record ServeConfig(StoreConfig store, int jobThreads, WebConfig web, LogSettings log) {

  public ServeConfig {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(web, "web");
    Objects.requireNonNull(log, "log");
    if (jobThreads < 1 || jobThreads > 64) {
      throw new IllegalArgumentException(
          "jobs.threads must be between 1 and 64, got " + jobThreads);
    }
  }

  /** The settings with logging's defaults. */
  public ServeConfig(StoreConfig store, int jobThreads, WebConfig web) {
    this(store, jobThreads, web, LogSettings.defaults());
  }

  /** SQLite in {@code ./data}, up to two jobs at once, the server on 127.0.0.1:8080. */
  public static ServeConfig defaults(int processors) {
    return new ServeConfig(
        StoreConfig.defaults(), Math.max(1, Math.min(2, processors)), WebConfig.defaults());
  }

  /** A copy with another store. */
  public ServeConfig withStore(StoreConfig newStore) {
    return new ServeConfig(newStore, jobThreads, web, log);
  }

  /** A copy with another server configuration. */
  public ServeConfig withWeb(WebConfig newWeb) {
    return new ServeConfig(store, jobThreads, newWeb, log);
  }
}
