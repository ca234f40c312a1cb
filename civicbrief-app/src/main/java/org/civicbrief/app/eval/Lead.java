package org.civicbrief.app.eval;

import java.util.List;
import java.util.stream.IntStream;
import org.civicbrief.core.text.AnnotatedArticle;

/** The LEAD-n baseline: the article's first {@code n} sentences, the bar news summarizers face. */
final class Lead {

  List<Integer> select(AnnotatedArticle article, int n) {
    return IntStream.range(0, Math.min(n, article.sentences().size())).boxed().toList();
  }
}
