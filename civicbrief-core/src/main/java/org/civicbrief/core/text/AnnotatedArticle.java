package org.civicbrief.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.civicbrief.core.article.Article;

/**
 * An article with its linguistic annotation: sentences, tokens, entity mentions and dependencies.
 *
 * @param article the article the offsets refer to
 * @param sentences sentences in text order
 * @param mentions entity mentions in text order
 */
public record AnnotatedArticle(
    Article article, List<Sentence> sentences, List<EntityMention> mentions) {

  public AnnotatedArticle {
    Objects.requireNonNull(article, "article");
    sentences = List.copyOf(sentences);
    mentions = List.copyOf(mentions);
  }

  /** The article text that every offset refers to. */
  public String text() {
    return article.text();
  }

  /** Sentence {@code i}. */
  public Sentence sentence(int i) {
    return sentences.get(i);
  }

  /** The mentions of sentence {@code i}, in order. */
  public List<EntityMention> mentionsIn(int sentence) {
    List<EntityMention> out = new ArrayList<>();
    for (EntityMention m : mentions) {
      if (m.sentence() == sentence) {
        out.add(m);
      } else if (m.sentence() > sentence) {
        break;
      }
    }
    return out;
  }

  /** The number of tokens in the article. */
  public int tokenCount() {
    int n = 0;
    for (Sentence s : sentences) {
      n += s.size();
    }
    return n;
  }
}
