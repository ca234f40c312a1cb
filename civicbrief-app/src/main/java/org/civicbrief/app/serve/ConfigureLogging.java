package org.civicbrief.app.serve;

import ch.qos.logback.classic.AsyncAppender;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.Encoder;
import org.civicbrief.app.config.LogSettings;
import org.slf4j.LoggerFactory;

/**
 * Sets up the server's log (Logback): every line on standard error, as text or as JSON lines, with
 * civicbrief's loggers at the configured level and libraries at warnings. Lines go through a queue
 * to one writer thread, so a request never waits for the terminal or the disk; the queue blocks
 * rather than drop a line when it is full.
 */
public final class ConfigureLogging {

  private static final String TEXT =
      "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level [%thread] %logger{0} - %msg%kvp{NONE}%n%ex";

  private ConfigureLogging() {}

  /** Applies {@code settings}; does nothing when SLF4J is not bound to Logback (some tests). */
  public static void apply(LogSettings settings) {
    if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
      return;
    }
    context.reset();
    Encoder<ILoggingEvent> encoder;
    if (settings.json()) {
      JsonEncoder json = new JsonEncoder();
      // One readable message per line, its fields in kvpList: the template and its arguments,
      // the sequence number, nanoseconds and context only lengthen every line.
      json.setWithFormattedMessage(true);
      json.setWithMessage(false);
      json.setWithArguments(false);
      json.setWithSequenceNumber(false);
      json.setWithNanoseconds(false);
      json.setWithContext(false);
      json.setWithMDC(false);
      encoder = json;
    } else {
      PatternLayoutEncoder text = new PatternLayoutEncoder();
      text.setPattern(TEXT);
      encoder = text;
    }
    encoder.setContext(context);
    encoder.start();
    ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
    console.setName("stderr");
    console.setContext(context);
    console.setTarget("System.err");
    console.setEncoder(encoder);
    console.start();
    AsyncAppender async = new AsyncAppender();
    async.setName("async");
    async.setContext(context);
    async.setQueueSize(16_384);
    // Keep every line: by default a full queue drops info lines, and a request log with holes in
    // it under load is the log an operator needs most.
    async.setDiscardingThreshold(0);
    async.setMaxFlushTime(2_000);
    async.addAppender(console);
    async.start();
    Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    root.setLevel(Level.WARN);
    root.addAppender(async);
    context.getLogger("org.civicbrief").setLevel(Level.toLevel(settings.level(), Level.INFO));
    context.getLogger("ai.djl").setLevel(Level.ERROR);
  }

  /** Writes what is queued; call before the process exits. */
  public static void flush() {
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
      context.stop();
    }
  }
}
