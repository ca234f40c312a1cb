package org.civicbrief.kb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Where the tests find the card sources and the shared seed articles. */
final class KbFiles {

  private KbFiles() {}

  /** The card folder in the module's sources (tests run with the module as working directory). */
  static Path cardSources() {
    return Path.of("src", "main", "resources").resolve(LoadCards.FOLDER);
  }

  static List<Path> cardFiles() {
    try (Stream<Path> files = Files.list(cardSources())) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The seed article whose name starts with {@code prefix}, read at run time from {@code
   * ../shared/seeds} beside the project root; empty when the folder is absent.
   */
  static Optional<Path> seed(String prefix) {
    Path seeds = Path.of("").toAbsolutePath().getParent().resolve("../shared/seeds").normalize();
    if (!Files.isDirectory(seeds)) {
      return Optional.empty();
    }
    try (Stream<Path> files = Files.list(seeds)) {
      return files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
