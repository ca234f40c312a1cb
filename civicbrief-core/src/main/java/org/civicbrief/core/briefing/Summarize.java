package org.civicbrief.core.briefing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.civicbrief.core.text.AnnotatedArticle;
import org.civicbrief.core.text.Sentence;

/**
 * The summary selector on its own: picks {@code n} sentences of an article for coverage, the way
 * the briefing's summary does, but without setting the lead aside for the dek. For evaluation.
 */
public final class Summarize {

  private final NameGender genders;

  /** A selector resolving names with {@code genders}. */
  public Summarize(NameGender genders) {
    this.genders = Objects.requireNonNull(genders, "genders");
  }

  /** Indices of the chosen sentences, in article order. */
  public List<Integer> select(AnnotatedArticle annotated, int n) {
    Analysis a = new Analysis(annotated);
    FindActors.Result actors = new FindActors(genders).find(a);
    Set<String> actorWords = new HashSet<>();
    actors.actors().stream()
        .sorted((x, y) -> y.mentionCount() - x.mentionCount())
        .limit(4)
        .forEach(c -> actorWords.addAll(Cluster.tokens(c.name)));
    List<Sentence> candidates = new ArrayList<>();
    for (Sentence s : a.body()) {
      if (!a.opinion[s.index()] && !a.mostlyQuoted(s) && ExtractFacts.wordCount(s) >= 5) {
        candidates.add(s);
      }
    }
    if (candidates.isEmpty()) {
      candidates = a.body();
    }
    return new RankSentences().select(a, candidates, n, actorWords);
  }
}
