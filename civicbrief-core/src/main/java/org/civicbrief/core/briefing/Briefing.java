package org.civicbrief.core.briefing;

import java.util.List;
import java.util.Objects;
import org.civicbrief.core.article.Article;
import org.civicbrief.core.civic.ActionItem;
import org.civicbrief.core.civic.ConceptMatch;
import org.civicbrief.core.civic.ContextItem;
import org.civicbrief.core.civic.LegalCitation;
import org.civicbrief.core.quiz.Quiz;

/**
 * A civic briefing of one article. Every item a reader sees carries {@link Evidence} into {@code
 * article.text()}.
 *
 * @param schemaVersion version of the JSON schema in {@code docs/schema/}
 * @param pipelineVersion version of the pipeline that made it
 * @param article the article, with the exact text the offsets refer to
 * @param headline the headline
 * @param dek one sentence under the headline
 * @param summary three to five sentences chosen for coverage of the story
 * @param coreFacts check-worthy statements, no two alike
 * @param actors people and organizations central to the story, most central first
 * @param quotes direct quotations in text order
 * @param timeline dated events in date order
 * @param sources outlets, documents and officials the article cites, and its publisher
 * @param quiz the quiz written from this briefing (empty when none was asked for)
 * @param whyItMatters two to four sentences on the laws, institutions and concepts the story
 *     touches, each with article evidence and the citation of a knowledge-base card
 * @param whatYouCanDo neutral civic actions tied to those concepts
 * @param concepts every knowledge-base concept the article touches, most salient first, with the
 *     sentences that triggered it
 * @param opinionHeavy true when opinion and advocacy make up much of the source's own voice
 * @param legalCitations the laws, regulations, constitutional provisions, cases and executive
 *     orders the article cites, with their official links, in text order; a citation of a card's
 *     provision is not here but in that card's why-it-matters item
 */
public record Briefing(
    int schemaVersion,
    String pipelineVersion,
    Article article,
    Headline headline,
    BriefItem dek,
    List<BriefItem> summary,
    List<BriefItem> coreFacts,
    List<Actor> actors,
    List<Quote> quotes,
    List<TimelineEvent> timeline,
    List<SourceRef> sources,
    Quiz quiz,
    List<ContextItem> whyItMatters,
    List<ActionItem> whatYouCanDo,
    List<ConceptMatch> concepts,
    boolean opinionHeavy,
    List<LegalCitation> legalCitations) {

  /** The version of the briefing JSON schema this code writes. */
  public static final int SCHEMA_VERSION = 1;

  public Briefing {
    Objects.requireNonNull(pipelineVersion, "pipelineVersion");
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(headline, "headline");
    Objects.requireNonNull(dek, "dek");
    summary = List.copyOf(summary);
    coreFacts = List.copyOf(coreFacts);
    actors = List.copyOf(actors);
    quotes = List.copyOf(quotes);
    timeline = List.copyOf(timeline);
    sources = List.copyOf(sources);
    Objects.requireNonNull(quiz, "quiz");
    whyItMatters = List.copyOf(whyItMatters);
    whatYouCanDo = List.copyOf(whatYouCanDo);
    concepts = List.copyOf(concepts);
    // Briefings stored before citations were found have none.
    legalCitations = legalCitations == null ? List.of() : List.copyOf(legalCitations);
  }

  /**
   * True when the dek is worth a line of its own under the headline: it has text and the summary
   * does not open on the same sentence (a summary leads with the story's main point, R17).
   */
  public boolean showsDek() {
    return !dek.text().isBlank()
        && (summary.isEmpty() || !summary.getFirst().evidence().equals(dek.evidence()))
        && !repeats(dek.text(), headline.text());
  }

  /**
   * True when at least four in five of the dek's content words (compared by their first four
   * letters, so "voted" is "votes") stand in the headline: a dek that says the headline again adds
   * nothing (R21b: five of fourteen deks repeated their headline).
   */
  static boolean repeats(String dek, String headline) {
    java.util.Set<String> head = new java.util.HashSet<>(stems(headline));
    List<String> words = stems(dek);
    long shared = words.stream().filter(head::contains).count();
    return !words.isEmpty() && shared * 5 >= words.size() * 4L;
  }

  private static List<String> stems(String text) {
    List<String> out = new java.util.ArrayList<>();
    for (String w : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.length() > 3 || w.chars().allMatch(Character::isDigit) && !w.isEmpty()) {
        out.add(w.length() > 4 ? w.substring(0, 4) : w);
      }
    }
    return out;
  }

  private static final java.util.Set<String> GOVERNMENT_BODIES =
      org.civicbrief.core.text.WordList.of("government-body-words");

  /**
   * The actors a page lists as key actors: every person; a company or group only when it acts or
   * speaks in the story and, in English, no person is listed, for then it is who the story is
   * about; an English briefing lists no body of government ("Supreme Court", "Justice Department",
   * "National Guard"). R15 and R17 rejected institutions shown only as "Mentioned 2 times" among
   * the people, R18 companies that act (an app, a cloud provider) beside the people who decide;
   * what a body is and does is the civic context's. The quiz still reads every actor ({@link
   * #actors()}): a court is a fair option among courts.
   */
  public List<Actor> keyActors() {
    boolean english = !article.language().equals("es");
    boolean people = actors.stream().anyMatch(a -> a.kind() == ActorKind.PERSON);
    return actors.stream()
        .filter(
            a ->
                a.kind() == ActorKind.PERSON
                    || (a.stance().isPresent() || !a.quoteIds().isEmpty())
                        && !(english && (people || governmentBody(a.name()))))
        .toList();
  }

  private static boolean governmentBody(String name) {
    for (String w :
        java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(java.util.Locale.ROOT)
            .split("[^\\p{L}]+")) {
      if (GOVERNMENT_BODIES.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** A copy with {@code newQuiz}. */
  public Briefing withQuiz(Quiz newQuiz) {
    return new Briefing(
        schemaVersion,
        pipelineVersion,
        article,
        headline,
        dek,
        summary,
        coreFacts,
        actors,
        quotes,
        timeline,
        sources,
        newQuiz,
        whyItMatters,
        whatYouCanDo,
        concepts,
        opinionHeavy,
        legalCitations);
  }
}
