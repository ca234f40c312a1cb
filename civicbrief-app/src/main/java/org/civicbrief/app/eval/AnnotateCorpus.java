package org.civicbrief.app.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.civicbrief.core.article.Article;
import org.civicbrief.core.text.Annotate;
import org.civicbrief.core.text.AnnotatedArticle;

/**
 * Annotates the articles of an evaluation corpus on a pool of workers, taking what it can from an
 * {@link AnnotationCache}. The annotator is created only when something is missing from the cache,
 * so a fully cached run never loads the models.
 */
public final class AnnotateCorpus {

  private final Supplier<Annotate> annotator;
  private final int threads;
  private final Optional<Path> cacheDir;
  private final String annotatorKey;
  private final IntConsumer progress;
  private Annotate loaded;

  /**
   * @param annotator makes the annotator, on first need
   * @param threads worker threads
   * @param cacheDir where annotations are cached, or empty for no cache
   * @param annotatorKey the annotator's settings, part of every cache key
   * @param progress told the number of articles done, after each one
   */
  public AnnotateCorpus(
      Supplier<Annotate> annotator,
      int threads,
      Optional<Path> cacheDir,
      String annotatorKey,
      IntConsumer progress) {
    this.annotator = Objects.requireNonNull(annotator, "annotator");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    this.threads = threads;
    this.cacheDir = Objects.requireNonNull(cacheDir, "cacheDir");
    this.annotatorKey = Objects.requireNonNull(annotatorKey, "annotatorKey");
    this.progress = Objects.requireNonNull(progress, "progress");
  }

  /** The annotations of {@code articles}, in order; {@code corpus} names the cache file. */
  List<AnnotatedArticle> annotate(String corpus, List<Article> articles) {
    Optional<AnnotationCache> cache =
        cacheDir.map(dir -> new AnnotationCache(dir, corpus, annotatorKey));
    Map<String, AnnotatedArticle> known =
        new LinkedHashMap<>(cache.map(AnnotationCache::load).orElse(Map.of()));
    List<String> keys = articles.stream().map(AnnotationCache::key).toList();
    List<AnnotatedArticle> out = new ArrayList<>(articles.size());
    List<Integer> missing = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      AnnotatedArticle hit = known.get(keys.get(i));
      out.add(hit);
      if (hit == null) {
        missing.add(i);
      }
    }
    int done = articles.size() - missing.size();
    if (!missing.isEmpty()) {
      Annotate a = annotator();
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        List<Future<AnnotatedArticle>> futures = new ArrayList<>();
        for (int i : missing) {
          Article article = articles.get(i);
          futures.add(pool.submit(() -> a.annotate(article)));
        }
        for (int k = 0; k < missing.size(); k++) {
          AnnotatedArticle annotated = get(futures.get(k));
          out.set(missing.get(k), annotated);
          known.put(keys.get(missing.get(k)), annotated);
          progress.accept(++done);
        }
      } finally {
        pool.shutdownNow();
      }
      cache.ifPresent(c -> c.store(known));
    } else {
      progress.accept(done);
    }
    return out;
  }

  private synchronized Annotate annotator() {
    if (loaded == null) {
      loaded = annotator.get();
    }
    return loaded;
  }

  private static <T> T get(Future<T> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while annotating", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r
          ? r
          : new IllegalStateException("annotation failed", e.getCause());
    }
  }
}
