package org.civicbrief.app.eval;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.civicbrief.core.text.WordList;

/**
 * Scores detected quotations against gold direct quotes. A reported quotation is right when it
 * overlaps a gold quote; its speaker is right when the speaker mention overlaps the gold source or
 * the speaker's name names the same person ({@link SameSpeaker}); a gold quote is found when some
 * reported quotation overlaps it.
 */
final class ScoreQuotes {

  private static final Set<String> PRONOUNS = WordList.of("speaker-pronouns");

  private final SameSpeaker sameSpeaker = new SameSpeaker();

  /** One article's gold quotes and what was reported, with the article text. */
  record Article(String text, List<GoldQuote> gold, List<PredictedQuote> predicted) {}

  QuoteScores score(List<Article> articles) {
    int predicted = 0;
    int correct = 0;
    int gold = 0;
    int found = 0;
    int speakerRight = 0;
    int named = 0;
    int viaPronoun = 0;
    int goldNamed = 0;
    int goldNamedRight = 0;
    for (Article a : articles) {
      predicted += a.predicted().size();
      gold += a.gold().size();
      for (GoldQuote g : a.gold()) {
        if (a.predicted().stream().anyMatch(p -> g.overlap(p.span()) > 0)) {
          found++;
        }
      }
      for (PredictedQuote p : a.predicted()) {
        GoldQuote best = bestMatch(a.gold(), p.span());
        if (best == null) {
          continue;
        }
        correct++;
        boolean right = speakerRight(a.text(), best, p);
        if (right) {
          speakerRight++;
        }
        if (p.speaker().isPresent()) {
          named++;
          if (p.speakerSpan().map(s -> isPronoun(a.text(), s)).orElse(false)) {
            viaPronoun++;
          }
        }
        if (!isPronoun(best.sourceText()) && !best.sourceText().isBlank()) {
          goldNamed++;
          if (right) {
            goldNamedRight++;
          }
        }
      }
    }
    return new QuoteScores(
        articles.size(),
        predicted,
        correct,
        gold,
        found,
        speakerRight,
        named,
        viaPronoun,
        goldNamed,
        goldNamedRight);
  }

  /** The gold quote sharing most characters with {@code span}, or null when none does. */
  static GoldQuote bestMatch(List<GoldQuote> gold, Span span) {
    GoldQuote best = null;
    int bestOverlap = 0;
    for (GoldQuote g : gold) {
      int o = g.overlap(span);
      if (o > bestOverlap) {
        bestOverlap = o;
        best = g;
      }
    }
    return best;
  }

  boolean speakerRight(String text, GoldQuote gold, PredictedQuote p) {
    if (p.speaker().isEmpty()) {
      return false;
    }
    if (p.speakerSpan().isPresent() && gold.sourceOverlaps(p.speakerSpan().get())) {
      return true;
    }
    return sameSpeaker.same(p.speaker().get(), gold.sourceText());
  }

  private static boolean isPronoun(String text, Span s) {
    return isPronoun(text.substring(s.begin(), s.end()));
  }

  private static boolean isPronoun(String s) {
    return PRONOUNS.contains(s.strip().toLowerCase(Locale.ROOT));
  }
}
