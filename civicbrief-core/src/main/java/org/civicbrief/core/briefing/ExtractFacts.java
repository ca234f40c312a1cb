package org.civicbrief.core.briefing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.civicbrief.core.text.EntityMention;
import org.civicbrief.core.text.EntityType;
import org.civicbrief.core.text.Sentence;
import org.civicbrief.core.text.Token;
import org.civicbrief.core.text.WordList;

/**
 * Picks check-worthy statements: sentences that report an action, a decision, a number or a date,
 * by a named actor, in the article's reporting voice. Opinion, questions and sentences that are
 * mostly quotation are not facts. No two facts say the same thing. Hedges stay in the text.
 */
final class ExtractFacts {

  /** Verbs (lemmas) that make a statement a checkable action or decision. */
  private static final Set<String> ACTION_VERBS = WordList.of("action-verbs");

  record Scored(Sentence sentence, double score) {}

  /** The core facts: five to ten by the body's length, none of them the lead or a summary line. */
  List<Sentence> choose(
      Analysis a, FindActors.Result actors, Sentence lead, List<Sentence> summary) {
    int count = Math.max(5, Math.min(10, Math.round(a.bodyWords() / 200f)));
    List<Integer> avoid = new ArrayList<>();
    for (Sentence s : summary) {
      avoid.add(s.index());
    }
    avoid.add(lead.index());
    List<Scored> ranked = rank(a, actors);
    List<Sentence> chosen =
        select(a, ranked.stream().filter(s -> s.score() >= MIN_SCORE).toList(), count, avoid);
    if (chosen.isEmpty()) {
      // A short lead leaves few sentences: a named actor's statement in the reporting voice
      // ("Three of the justices dissented: A, B and C") is still a fact worth listing.
      // Not a quoted reply, though: "“Yes, we think it is,” X said" needs the question.
      chosen =
          select(
              a,
              ranked.stream().filter(s -> a.quotedShare(s.sentence()) == 0).toList(),
              count,
              avoid);
    }
    return chosen;
  }

  /**
   * For a lead so short that the summary took every fact: the summary line after the first that
   * reads most as a fact, to list among the core facts instead, so the page has both sections and
   * says nothing twice. Empty when no later summary line is a fact.
   */
  java.util.Optional<Sentence> fromSummary(
      Analysis a, FindActors.Result actors, List<Sentence> summary) {
    if (summary.size() < 3) {
      return java.util.Optional.empty();
    }
    Scored best = null;
    for (Scored s : rank(a, actors)) {
      int at = summary.indexOf(s.sentence());
      if (at >= 1 && s.score() >= MIN_SCORE && (best == null || s.score() > best.score())) {
        best = s;
      }
    }
    return java.util.Optional.ofNullable(best).map(Scored::sentence);
  }

  /** A fact's least score: an action, a number or a date, or a named actor with one of them. */
  private static final double MIN_SCORE = 2;

  /** The least score of a fact in an article that has no better one: a named actor's statement. */
  private static final double FALLBACK_SCORE = 1.5;

  List<Scored> rank(Analysis a, FindActors.Result actors) {
    List<Scored> out = new ArrayList<>();
    for (Sentence s : a.body()) {
      int words = wordCount(s);
      // A short quoted phrase inside a reported fact ("called the order 'unlawful'") leaves it a
      // fact; a sentence that is largely someone's words, or opens on them, is a quote, shown as
      // one in the Quotes section (issue 16: each quote once).
      if (a.isOpinion(s.index())
          || a.quotedShare(s) > 0.35
          || SelectSummary.opensWithQuotation(a, s)
          || words < 8
          || words > 70) {
        continue;
      }
      // A Spanish fact stands alone as a summary line does (R-es2; ADR 21).
      if (a.spanish() && SpanishSummaryLines.leansOnBefore(a.text, s)) {
        continue;
      }
      double score = 0;
      boolean number = false;
      boolean date = false;
      boolean named = false;
      for (EntityMention m : a.annotated.mentionsIn(s.index())) {
        if (a.insideQuote(m.start())) {
          continue;
        }
        EntityType t = m.type();
        number |= t == EntityType.NUMBER || t == EntityType.MONEY || t == EntityType.PERCENT;
        date |= t == EntityType.DATE && !m.normalized().isEmpty();
        named |= actors.byMention().containsKey(m);
      }
      score += number ? 2 : 0;
      score += date ? 2 : 0;
      score += named ? 1.5 : 0;
      for (Token t : s.tokens()) {
        if (t.isVerb()
            && !a.insideQuote(t.start())
            && ACTION_VERBS.contains(t.lemma().toLowerCase(Locale.ROOT))) {
          score += 2;
          break;
        }
      }
      String first = s.token(0).text().toLowerCase(Locale.ROOT);
      if (Set.of("this", "that", "such", "these", "those", "it", "they").contains(first)) {
        score -= 2; // leans on the sentence before it
      }
      if (score >= FALLBACK_SCORE) {
        out.add(new Scored(s, score));
      }
    }
    return out;
  }

  /** The best {@code n} facts, no two alike and none already in {@code avoid}, in article order. */
  List<Sentence> select(Analysis a, List<Scored> ranked, int n, List<Integer> avoid) {
    List<Scored> byScore = new ArrayList<>(ranked);
    byScore.sort(
        Comparator.comparingDouble((Scored s) -> -s.score())
            .thenComparingInt(s -> s.sentence().index()));
    List<Sentence> chosen = new ArrayList<>();
    for (Scored c : byScore) {
      if (chosen.size() >= n) {
        break;
      }
      if (avoid.contains(c.sentence().index())) {
        continue;
      }
      Set<String> lemmas = a.contentLemmas(c.sentence());
      boolean duplicate = false;
      for (Sentence s : chosen) {
        duplicate |= RankSentences.jaccard(lemmas, a.contentLemmas(s)) >= 0.45;
      }
      for (int i : avoid) {
        duplicate |= RankSentences.jaccard(lemmas, a.contentLemmas(a.sentence(i))) >= 0.45;
      }
      if (!duplicate) {
        chosen.add(c.sentence());
      }
    }
    chosen.sort(Comparator.comparingInt(Sentence::index));
    return chosen;
  }

  static int wordCount(Sentence s) {
    int n = 0;
    for (Token t : s.tokens()) {
      if (Character.isLetterOrDigit(t.text().charAt(0))) {
        n++;
      }
    }
    return n;
  }
}
