package org.civicbrief.app.eval;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.civicbrief.core.article.Article;
import org.civicbrief.core.common.Sha256;
import org.civicbrief.core.text.AnnotatedArticle;

/**
 * CoreNLP annotations of evaluation corpora kept on disk, so that tuning the stages after
 * annotation costs seconds instead of minutes. One gzipped JSON Lines file per corpus and annotator
 * configuration; an entry is found by a hash of the whole article, so a changed text or setting
 * misses. A change to the annotator's code is not seen: delete the directory after one.
 */
final class AnnotationCache {

  // Bump when the annotation records change shape.
  private static final String FORMAT = "annotations-v1";

  private record Entry(String key, AnnotatedArticle annotated) {}

  private final ObjectMapper mapper =
      JsonMapper.builder()
          .addModule(new Jdk8Module())
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          // Token.isNoun() and friends are derived, not state.
          .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  private final Path file;

  /**
   * The cache of {@code corpus} annotated with the settings {@code annotatorKey}, in {@code dir}.
   */
  AnnotationCache(Path dir, String corpus, String annotatorKey) {
    String safe = corpus.replaceAll("[^A-Za-z0-9._-]", "_");
    this.file =
        dir.resolve(
            safe + "." + Sha256.hex(FORMAT + "|" + annotatorKey).substring(0, 12) + ".jsonl.gz");
  }

  Path file() {
    return file;
  }

  /** The stored annotations by {@link #key}; empty when there are none yet. */
  Map<String, AnnotatedArticle> load() {
    Map<String, AnnotatedArticle> out = new HashMap<>();
    if (!Files.isRegularFile(file)) {
      return out;
    }
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file), 1 << 16),
                StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        Entry e = mapper.readValue(line, Entry.class);
        out.put(e.key(), e.annotated());
      }
    } catch (IOException | RuntimeException e) {
      // A cache that cannot be read is only a cache: annotate again and overwrite it.
      return new HashMap<>();
    }
    return out;
  }

  /** Replaces the stored annotations with {@code entries}. */
  void store(Map<String, AnnotatedArticle> entries) {
    try {
      Files.createDirectories(file.getParent());
      Path tmp = Files.createTempFile(file.getParent(), "cache", ".tmp");
      try (BufferedWriter out =
          new BufferedWriter(
              new OutputStreamWriter(
                  new GZIPOutputStream(Files.newOutputStream(tmp), 1 << 16),
                  StandardCharsets.UTF_8))) {
        for (Map.Entry<String, AnnotatedArticle> e : entries.entrySet()) {
          out.write(mapper.writeValueAsString(new Entry(e.getKey(), e.getValue())));
          out.newLine();
        }
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the annotation cache " + file, e);
    }
  }

  /** The key of an article: a hash of everything the annotator sees. */
  static String key(Article article) {
    return Sha256.hex(article.toString());
  }
}
