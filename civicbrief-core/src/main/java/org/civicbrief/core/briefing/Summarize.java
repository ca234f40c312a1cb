package org.civicbrief.core.briefing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicbrief.core.text.AnnotatedArticle;
import org.civicbrief.core.text.Sentence;

/**
 * The summary selector on its own: picks {@code n} sentences of an article for coverage, the way
 * the briefing's summary does, but without setting the lead aside for the dek. For evaluation, and
 * for training the sentence scorer ({@link #candidates}, {@link #withWeights}).
 */
public final class Summarize {

  // A wire-service tag that opens a story, "(CNN)" or "(AP) --": not part of what it says.
  private static final Pattern SOURCE_TAG =
      Pattern.compile(
          "^\\((?:[A-Z][A-Za-z.&]{1,15})(?: [A-Z][A-Za-z.&]{1,15}){0,2}\\)\\s*(?:[–—-]{1,2}\\s*)?");

  private final NameGender genders;
  private final RankSentences ranker;

  /** A selector resolving names with {@code genders}, scoring with the shipped weights. */
  public Summarize(NameGender genders) {
    this(genders, new RankSentences());
  }

  private Summarize(NameGender genders, RankSentences ranker) {
    this.genders = Objects.requireNonNull(genders, "genders");
    this.ranker = ranker;
  }

  /**
   * A sentence the selector may choose, with what the scorer sees of it.
   *
   * @param sentence the sentence's index
   * @param shown the span a summary shows (the sentence without a dateline or source tag)
   * @param features the feature vector, in the order of {@link #featureNames()}
   */
  public record Candidate(int sentence, Evidence shown, List<Double> features) {
    public Candidate {
      Objects.requireNonNull(shown, "shown");
      features = List.copyOf(features);
    }
  }

  /** The names of the scorer's features. */
  public static List<String> featureNames() {
    return SentenceFeatures.NAMES;
  }

  /**
   * A selector that scores with {@code weights} (feature name to weight, and the overlap penalty
   * under {@code redundancy}) instead of the shipped ones.
   */
  public Summarize withWeights(Map<String, Double> weights) {
    return new Summarize(genders, new RankSentences(SummaryWeights.of(weights)));
  }

  /** Indices of the chosen sentences, in article order. */
  public List<Integer> select(AnnotatedArticle annotated, int n) {
    Analysis a = new Analysis(annotated);
    return ranker.select(a, candidates(a), n, actorWords(a));
  }

  /** The chosen sentences as a summary shows them, in article order. */
  public List<Evidence> summary(AnnotatedArticle annotated, int n) {
    Analysis a = new Analysis(annotated);
    List<Evidence> out = new ArrayList<>();
    for (int i : ranker.select(a, candidates(a), n, actorWords(a))) {
      out.add(shown(a, a.sentence(i)));
    }
    return out;
  }

  /** Every sentence the selector may choose, with its features. */
  public List<Candidate> candidates(AnnotatedArticle annotated) {
    Analysis a = new Analysis(annotated);
    Map<Integer, double[]> features = new SentenceFeatures().compute(a, actorWords(a));
    List<Candidate> out = new ArrayList<>();
    for (Sentence s : candidates(a)) {
      List<Double> f = new ArrayList<>();
      for (double x : features.get(s.index())) {
        f.add(x);
      }
      out.add(new Candidate(s.index(), shown(a, s), f));
    }
    return out;
  }

  private Set<String> actorWords(Analysis a) {
    return SelectSummary.actorWords(new FindActors(genders).find(a));
  }

  private static List<Sentence> candidates(Analysis a) {
    List<Sentence> candidates = new ArrayList<>();
    for (Sentence s : a.body()) {
      if (!a.isOpinion(s.index()) && !a.mostlyQuoted(s) && ExtractFacts.wordCount(s) >= 5) {
        candidates.add(s);
      }
    }
    return candidates.isEmpty() ? a.body() : candidates;
  }

  /** The sentence as the briefing shows it, also without a leading wire-service tag. */
  private static Evidence shown(Analysis a, Sentence s) {
    Evidence shown = a.shown(s);
    if (s.index() <= 3) {
      Matcher m = SOURCE_TAG.matcher(a.text).region(shown.start(), shown.end());
      if (m.lookingAt() && m.end() < shown.end()) {
        return new Evidence(s.index(), m.end(), shown.end());
      }
    }
    return shown;
  }
}
