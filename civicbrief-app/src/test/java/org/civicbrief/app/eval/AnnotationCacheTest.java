package org.civicbrief.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.civicbrief.core.article.Article;
import org.civicbrief.core.text.AnnotatedArticle;
import org.civicbrief.core.text.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotationCacheTest {

  @TempDir Path dir;

  private final List<Article> articles =
      List.of(
          Article.ofText("Ana Ruiz opened the harbor.\nThe council agreed.", "a"),
          Article.ofText("Luis Ortega voted no.", "b"));

  @Test
  void givesBackWhatItStored() {
    TinyAnnotate annotate =
        new TinyAnnotate(Map.of("Ana Ruiz", EntityType.PERSON, "Luis Ortega", EntityType.PERSON));
    AnnotationCache cache = new AnnotationCache(dir, "corpus.jsonl", "settings");
    Map<String, AnnotatedArticle> stored = new HashMap<>();
    for (Article a : articles) {
      stored.put(AnnotationCache.key(a), annotate.annotate(a));
    }
    cache.store(stored);
    assertThat(new AnnotationCache(dir, "corpus.jsonl", "settings").load()).isEqualTo(stored);
    assertThat(new AnnotationCache(dir, "corpus.jsonl", "other settings").load()).isEmpty();
  }

  @Test
  void annotatesOnlyWhatTheCacheLacks() {
    AtomicInteger calls = new AtomicInteger();
    TinyAnnotate tiny = new TinyAnnotate(Map.of());
    List<Integer> progress = new ArrayList<>();
    AnnotateCorpus corpus =
        new AnnotateCorpus(
            () ->
                a -> {
                  calls.incrementAndGet();
                  return tiny.annotate(a);
                },
            2,
            Optional.of(dir),
            "settings",
            progress::add);
    List<AnnotatedArticle> first = corpus.annotate("corpus.jsonl", articles);
    List<AnnotatedArticle> again = corpus.annotate("corpus.jsonl", articles);
    assertThat(calls).hasValue(2);
    assertThat(again).isEqualTo(first);
    assertThat(first).extracting(AnnotatedArticle::article).isEqualTo(articles);
  }
}
