package org.civicbrief.app.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A progress bar on standard error: redrawn in place on a terminal, one line per tenth otherwise.
 * Per-record errors are printed on their own lines as they happen.
 */
final class Progress {

  private final PrintStream err;
  private final boolean terminal;
  private final long total;
  private final long started = System.nanoTime();
  private long done;
  private long failed;
  private long lastTenth = -1;

  Progress(PrintStream err, boolean terminal, long total) {
    this.err = err;
    this.terminal = terminal;
    this.total = total;
  }

  void step(String error) {
    done++;
    if (error != null) {
      failed++;
      if (terminal) {
        err.print("\r\033[K");
      }
      err.println("error: " + error);
    }
    if (terminal) {
      err.print("\r" + bar());
    } else if (total > 0 && done * 10 / total != lastTenth) {
      lastTenth = done * 10 / total;
      err.println(bar());
    }
  }

  void finish(long failedCount) {
    finish(failedCount, "briefed");
  }

  /** Ends the bar with a summary line that says what was done to the records ("imported"). */
  void finish(long failedCount, String verb) {
    if (terminal) {
      err.println();
    }
    err.printf(
        Locale.ROOT,
        verb + " %d of %d records (%d failed) in %.1f s%n",
        done - failedCount,
        done,
        failedCount,
        (System.nanoTime() - started) / 1e9);
  }

  private String bar() {
    double seconds = Math.max(1e-9, (System.nanoTime() - started) / 1e9);
    String rate = String.format(Locale.ROOT, "%.1f records/s", done / seconds);
    if (total <= 0) {
      return done + " records, " + failed + " failed, " + rate;
    }
    int width = 30;
    int filled = (int) (width * done / total);
    return "["
        + "=".repeat(filled)
        + (filled < width ? ">" + " ".repeat(width - filled - 1) : "")
        + "] "
        + done
        + "/"
        + total
        + ", "
        + failed
        + " failed, "
        + rate;
  }
}
