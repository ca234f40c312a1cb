package org.civicbrief.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.civicbrief.core.civic.CivicContext;
import org.civicbrief.core.civic.ClassifyStatements;
import org.civicbrief.core.civic.ConceptCard;
import org.civicbrief.core.civic.ConceptMatch;
import org.civicbrief.core.civic.ContextItem;
import org.civicbrief.core.civic.ExplainContext;
import org.civicbrief.core.civic.GuardFixture;
import org.civicbrief.core.civic.MatchConcepts;
import org.civicbrief.core.civic.SeedSentences;
import org.civicbrief.core.civic.Statement;
import org.civicbrief.core.civic.StatementKind;
import org.civicbrief.core.civic.TinyAnnotator;
import org.civicbrief.core.text.AnnotatedArticle;
import org.civicbrief.core.text.Sentence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The acceptance checks on the shared seed articles (read at run time from {@code
 * ../shared/seeds}, skipped when absent) and on the project's own fixture, with sentences split and
 * tagged by the small test annotator; {@code civicbrief-app} repeats them with CoreNLP.
 */
class SeedAcceptanceTest {

  private static List<ConceptCard> cards;
  private static MatchConcepts match;

  @BeforeAll
  static void load() {
    cards = new LoadCards().load();
    match = new MatchConcepts(cards);
  }

  private static AnnotatedArticle seed(String prefix) throws IOException {
    Optional<Path> file = KbFiles.seed(prefix);
    assumeTrue(
        file.isPresent(), "../shared/seeds/" + prefix + "… is absent: seed acceptance skipped");
    return TinyAnnotator.annotate(Files.readString(file.get()));
  }

  private static List<String> ids(AnnotatedArticle a) {
    return match.match(a).stream().map(m -> m.card().id()).toList();
  }

  private static CivicContext explain(AnnotatedArticle a) {
    List<ConceptMatch> matches = match.match(a);
    List<Statement> statements = new ClassifyStatements().classify(a);
    return new ExplainContext().explain(a, matches, statements);
  }

  @Test
  void modelBriefingPageTouchesArticleTwoFourAndTheWarPowersResolution() throws IOException {
    assertThat(ids(seed("000_"))).contains("un-charter-article-2-4", "war-powers-resolution");
  }

  @Test
  void inputArticleTouchesTerroristDesignationAndTheAumf() throws IOException {
    assertThat(ids(seed("003_"))).contains("fto-designation", "aumf");
  }

  @Test
  void modelPagesCallOnVotersIsAdvocacyNotFact() throws IOException {
    AnnotatedArticle a = seed("000_");
    List<Statement> statements = new ClassifyStatements().classify(a);
    Sentence call = SeedSentences.callToVoters(a);
    assertThat(statements.get(call.index()).kind()).isEqualTo(StatementKind.ADVOCACY);
    CivicContext c = explain(a);
    assertThat(c.isOpinion(call.index())).isTrue();
    assertThat(c.whyItMatters()).noneMatch(i -> i.evidence().sentence() == call.index());
  }

  @Test
  void whyItMattersQuotesEachSeedAndCitesTheCards() throws IOException {
    for (String prefix : List.of("000_", "003_")) {
      AnnotatedArticle a = seed(prefix);
      CivicContext c = explain(a);
      assertThat(c.whyItMatters()).as(prefix).hasSizeBetween(2, 4);
      for (ContextItem item : c.whyItMatters()) {
        assertThat(item.text()).contains(item.evidence().in(a.text()));
        assertThat(item.citation().url()).startsWith("https://");
      }
      assertThat(c.whatYouCanDo()).as(prefix).isNotEmpty();
    }
  }

  @Test
  void projectFixtureTouchesGuardStatusTheCompactAndTheCourtOrder() throws IOException {
    AnnotatedArticle a =
        TinyAnnotator.annotate(
            Files.readString(
                Path.of("").toAbsolutePath().getParent().resolve("examples/guard-deployment.txt")));
    assertThat(ids(a))
        .containsAll(GuardFixture.CONCEPTS)
        .contains("executive-order")
        .doesNotContainAnyElementsOf(GuardFixture.NOT_CONCEPTS);
  }
}
