package org.civicbrief.core.civic;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The civic context of one article: why it matters, what a reader can do, the concepts it touches
 * and whose voice each sentence is in.
 *
 * @param whyItMatters up to four sentences, each with article evidence and a card citation
 * @param whatYouCanDo neutral actions tied to the cited cards
 * @param concepts every concept the article touches, most salient first
 * @param statements the classification of every sentence, in sentence order
 * @param opinionHeavy true when opinion and advocacy make up much of the article's own voice
 * @param opinionShare the share of non-heading sentences classified as opinion or advocacy
 * @param citations the laws, cases and orders the article cites that no why-it-matters item
 *     carries, in text order
 */
public record CivicContext(
    List<ContextItem> whyItMatters,
    List<ActionItem> whatYouCanDo,
    List<ConceptMatch> concepts,
    List<Statement> statements,
    boolean opinionHeavy,
    double opinionShare,
    List<LegalCitation> citations) {

  /** The note a briefing of an opinion-heavy source shows its readers. */
  public static final String OPINION_NOTE =
      "Much of this source is opinion or advocacy rather than reporting; its judgements are"
          + " shown as the source's, not as facts.";

  public CivicContext {
    whyItMatters = List.copyOf(whyItMatters);
    whatYouCanDo = List.copyOf(whatYouCanDo);
    concepts = List.copyOf(concepts);
    statements = List.copyOf(statements);
    citations = List.copyOf(citations);
    if (opinionShare < 0 || opinionShare > 1) {
      throw new IllegalArgumentException("opinion share " + opinionShare + " is outside 0..1");
    }
  }

  /** A context with nothing to say, for an article that touches no card and cites nothing. */
  public static CivicContext empty(List<Statement> statements) {
    return empty(statements, List.of());
  }

  /** A context with only the article's {@code citations}, when there is no knowledge base. */
  public static CivicContext empty(List<Statement> statements, List<LegalCitation> citations) {
    return new CivicContext(List.of(), List.of(), List.of(), statements, false, 0, citations);
  }

  /**
   * Every citation of the article, those the why-it-matters items carry included, in text order.
   */
  public List<LegalCitation> allCitations() {
    List<LegalCitation> all = new ArrayList<>(citations);
    whyItMatters.forEach(i -> all.addAll(i.cited()));
    all.sort(java.util.Comparator.comparingInt(c -> c.evidence().start()));
    return all;
  }

  /** The cards of the concepts, most salient first. */
  public List<ConceptCard> cards() {
    return concepts.stream().map(ConceptMatch::card).toList();
  }

  /** True when sentence {@code i} is opinion or advocacy: never a core fact, never a quiz key. */
  public boolean isOpinion(int sentence) {
    return sentence >= 0
        && sentence < statements.size()
        && statements.get(sentence).kind().isOpinionOrAdvocacy();
  }

  /** The note to show when the source is opinion-heavy. */
  public Optional<String> notice() {
    return opinionHeavy ? Optional.of(OPINION_NOTE) : Optional.empty();
  }

  /** The quiz facts of the cited cards first, then of the other concepts, in salience order. */
  public List<BackgroundFact> backgroundFacts() {
    List<ConceptCard> ordered = new ArrayList<>();
    for (ContextItem item : whyItMatters) {
      for (ConceptMatch m : concepts) {
        if (m.card().id().equals(item.citation().cardId()) && !ordered.contains(m.card())) {
          ordered.add(m.card());
        }
      }
    }
    for (ConceptMatch m : concepts) {
      if (!ordered.contains(m.card())) {
        ordered.add(m.card());
      }
    }
    List<BackgroundFact> out = new ArrayList<>();
    for (ConceptCard c : ordered) {
      for (QuizFact f : c.quizFacts()) {
        out.add(new BackgroundFact(c.id(), c.name(), f, c.citation()));
      }
    }
    return out;
  }
}
