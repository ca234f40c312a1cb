package org.civicbrief.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.civicbrief.core.article.RawDocument;
import org.civicbrief.core.common.Outcome;
import org.civicbrief.ingest.IngestConfig;
import org.civicbrief.ingest.url.FetchUrl;

/**
 * Reads a source into a {@link RawDocument}: a file path, {@code -} for the given standard input,
 * or an http(s) URL, never more than {@code ingest.maxBytes}.
 */
public final class ReadSource {

  private static final String GIVE = "give a file path, - for standard input, or an http(s) URL";
  // Two letters at least, so that C:\news.txt stays a path.
  private static final Pattern SCHEME =
      Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]+):.*", Pattern.DOTALL);

  private final IngestConfig config;
  private final FetchUrl fetch;

  /** A reader with the given limits, fetching URLs with {@code fetch}. */
  public ReadSource(IngestConfig config, FetchUrl fetch) {
    this.config = Objects.requireNonNull(config, "config");
    this.fetch = Objects.requireNonNull(fetch, "fetch");
  }

  /** Reads {@code source}; {@code stdin} is read only when the source is {@code -}. */
  public Outcome<RawDocument> read(String source, InputStream stdin) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(stdin, "stdin");
    if (source.isBlank()) {
      return Outcome.failed("no source given; " + GIVE);
    }
    if (source.equals("-")) {
      return readStream(stdin, "standard input").map(bytes -> document("-", bytes));
    }
    String lower = source.strip().toLowerCase(Locale.ROOT);
    if (lower.startsWith("http://") || lower.startsWith("https://")) {
      return fetch.fetch(source.strip());
    }
    Optional<Path> path = path(source);
    if (path.isPresent() && Files.exists(path.get())) {
      return readFile(path.get(), source);
    }
    var scheme = SCHEME.matcher(source);
    if (scheme.matches()) {
      return Outcome.failed(
          "the " + scheme.group(1).toLowerCase(Locale.ROOT) + ": scheme is not supported; " + GIVE);
    }
    return Outcome.failed("no such file: " + source);
  }

  private Outcome<RawDocument> readFile(Path path, String source) {
    if (Files.isDirectory(path)) {
      return Outcome.failed(source + " is a directory, not a file");
    }
    try {
      if (Files.size(path) > config.maxBytes()) {
        return Outcome.failed(config.overCapReason());
      }
      // The size is checked again while reading: the file may grow, or be a pipe that has no size.
      try (InputStream in = Files.newInputStream(path)) {
        return readStream(in, source).map(bytes -> document(source, bytes));
      }
    } catch (NoSuchFileException e) {
      return Outcome.failed("no such file: " + source);
    } catch (AccessDeniedException e) {
      return Outcome.failed("cannot read " + source + " (permission denied)");
    } catch (IOException e) {
      return Outcome.failed("cannot read " + source + " (" + e.getMessage() + ")");
    }
  }

  private Outcome<byte[]> readStream(InputStream in, String what) {
    try {
      byte[] bytes = in.readNBytes((int) Math.min(config.maxBytes() + 1, Integer.MAX_VALUE - 8));
      if (bytes.length > config.maxBytes()) {
        return Outcome.failed(config.overCapReason());
      }
      return Outcome.ok(bytes);
    } catch (IOException e) {
      return Outcome.failed("cannot read " + what + " (" + e.getMessage() + ")");
    }
  }

  private static RawDocument document(String origin, byte[] bytes) {
    return new RawDocument(origin, Optional.empty(), Optional.empty(), bytes);
  }

  private static Optional<Path> path(String source) {
    try {
      return Optional.of(Path.of(source));
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }
}
