package org.civicbrief.core.briefing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.civicbrief.core.text.Sentence;
import org.civicbrief.core.text.WordList;

/**
 * Selects the summary lines besides the lead: three to five body sentences that cover the story
 * ({@link RankSentences}), never opinion, a quotation, an editor's note, a sentence too short to
 * stand alone or one that only answers the sentence before it.
 */
final class SelectSummary {

  /**
   * "But the victory may be reversed": a sentence that answers the one before it is no summary line
   * on its own.
   */
  private static final Set<String> CONTINUES = WordList.of("continuing-openers");

  private final RankSentences ranker = new RankSentences();

  List<Sentence> select(Analysis a, Sentence lead, FindActors.Result actors) {
    List<Sentence> candidates = new ArrayList<>();
    for (Sentence s : a.body()) {
      if (s.index() != lead.index()
          && !a.isOpinion(s.index())
          && !a.mostlyQuoted(s)
          && ExtractFacts.wordCount(s) >= 8
          && !ChooseLead.isEditorsNote(s)
          && !CONTINUES.contains(s.token(0).text())
          && !opensWithQuotation(a, s)) {
        candidates.add(s);
      }
    }
    if (a.spanish()) {
      // A Spanish line that leans on a sentence the reader has not seen is left out while two
      // others stand alone; the issue asks at least two lines (R-es2, ADR 21).
      List<Sentence> alone =
          candidates.stream().filter(s -> !SpanishSummaryLines.leansOnBefore(a.text, s)).toList();
      if (alone.size() >= 2) {
        candidates = new ArrayList<>(alone);
      }
    }
    int words = a.bodyWords();
    int count = words < 300 ? 3 : words < 900 ? 4 : 5;
    List<Sentence> out = new ArrayList<>();
    for (int i : ranker.select(a, candidates, count, actorWords(actors))) {
      out.add(a.sentence(i));
    }
    return out;
  }

  /**
   * "“As of today, this session is over,” the caucus chair said …": a sentence that opens on a
   * quotation leads with someone's words, not the story's point (R16: summaries opening with a
   * quote); the Quotes section shows it with its speaker.
   */
  static boolean opensWithQuotation(Analysis a, Sentence s) {
    org.civicbrief.core.text.QuoteSpan q = a.quoteAt(s.token(0).start());
    return q != null && !q.label();
  }

  /** The words of the four most mentioned actors' names, which the ranker counts in a sentence. */
  static Set<String> actorWords(FindActors.Result actors) {
    Set<String> words = new HashSet<>();
    actors.actors().stream()
        .sorted((x, y) -> y.mentionCount() - x.mentionCount())
        .limit(4)
        .forEach(c -> words.addAll(Cluster.tokens(c.name)));
    return words;
  }
}
