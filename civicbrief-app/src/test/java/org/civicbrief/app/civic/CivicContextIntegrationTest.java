package org.civicbrief.app.civic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.civicbrief.core.article.Article;
import org.civicbrief.core.civic.ActionItem;
import org.civicbrief.core.civic.CivicContext;
import org.civicbrief.core.civic.ClassifyStatements;
import org.civicbrief.core.civic.ContextItem;
import org.civicbrief.core.civic.ExplainContext;
import org.civicbrief.core.civic.GuardFixture;
import org.civicbrief.core.civic.MatchConcepts;
import org.civicbrief.core.civic.SeedSentences;
import org.civicbrief.core.civic.StatementKind;
import org.civicbrief.core.text.AnnotatedArticle;
import org.civicbrief.core.text.Sentence;
import org.civicbrief.kb.LoadCards;
import org.civicbrief.nlp.corenlp.CoreNlpAnnotate;
import org.civicbrief.nlp.corenlp.NlpConfig;
import org.junit.jupiter.api.Test;

/**
 * The civic context of real articles annotated by CoreNLP: the shared seeds (read at run time from
 * {@code ../shared/seeds}, skipped when absent) and the project's own fixture.
 */
class CivicContextIntegrationTest {

  /** One annotator for this class: CoreNLP's models take seconds to load. */
  private static final class Annotator {
    static final CoreNlpAnnotate INSTANCE = new CoreNlpAnnotate(NlpConfig.defaults());
  }

  private static final MatchConcepts MATCH = new MatchConcepts(new LoadCards().load());

  private static Path projectRoot() {
    return Path.of("").toAbsolutePath().getParent();
  }

  private static AnnotatedArticle annotate(Path file) {
    try {
      return Annotator.INSTANCE.annotate(
          Article.ofText(Files.readString(file), file.getFileName().toString()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static AnnotatedArticle seed(String prefix) {
    Path seeds = projectRoot().resolve("../shared/seeds").normalize();
    Optional<Path> file = Optional.empty();
    if (Files.isDirectory(seeds)) {
      try (Stream<Path> files = Files.list(seeds)) {
        file = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    assumeTrue(
        file.isPresent(), "../shared/seeds/" + prefix + "… is absent: seed acceptance skipped");
    return annotate(file.get());
  }

  private static List<String> ids(AnnotatedArticle a) {
    return MATCH.match(a).stream().map(m -> m.card().id()).toList();
  }

  private static CivicContext explain(AnnotatedArticle a) {
    return new ExplainContext().explain(a, MATCH.match(a), new ClassifyStatements().classify(a));
  }

  @Test
  void modelBriefingPageTouchesArticleTwoFourAndTheWarPowersResolution() {
    AnnotatedArticle a = seed("000_");
    assertThat(ids(a)).contains("un-charter-article-2-4", "war-powers-resolution");
    assertThat(explain(a).whyItMatters())
        .extracting(i -> i.citation().cardId())
        .contains("un-charter-article-2-4", "war-powers-resolution");
  }

  @Test
  void modelPagesCallOnVotersIsAdvocacyAndNeverAReason() {
    AnnotatedArticle a = seed("000_");
    Sentence call = SeedSentences.callToVoters(a);
    CivicContext c = explain(a);
    assertThat(c.statements().get(call.index()).kind()).isEqualTo(StatementKind.ADVOCACY);
    assertThat(c.whyItMatters()).noneMatch(i -> i.evidence().sentence() == call.index());
  }

  @Test
  void inputArticleTouchesTerroristDesignationAndTheAumf() {
    AnnotatedArticle a = seed("003_");
    assertThat(ids(a)).contains("fto-designation", "aumf");
    CivicContext c = explain(a);
    assertThat(c.whyItMatters().getFirst().citation().cardId()).isEqualTo("fto-designation");
    assertThat(c.opinionHeavy()).isFalse();
  }

  @Test
  void everyWhyItMattersSentenceQuotesTheArticleAndCitesACard() {
    for (AnnotatedArticle a : List.of(seed("000_"), seed("003_"), fixture())) {
      CivicContext c = explain(a);
      assertThat(c.whyItMatters()).hasSizeBetween(2, 4);
      for (ContextItem item : c.whyItMatters()) {
        assertThat(item.text()).contains(item.evidence().in(a.text()));
        assertThat(item.citation().url()).startsWith("https://");
        assertThat(item.voice()).isNotEqualTo(StatementKind.ADVOCACY);
      }
    }
  }

  @Test
  void fixtureTouchesGuardStatusTheCompactAndTheCourtButNoFederalChamber() {
    AnnotatedArticle a = fixture();
    assertThat(ids(a))
        .containsAll(GuardFixture.CONCEPTS)
        .doesNotContainAnyElementsOf(GuardFixture.NOT_CONCEPTS);
    CivicContext c = explain(a);
    // The Guard is who acts; the rules it acts under (its duty status, the compact) say why the
    // story matters, so the institution's card is not among them (R15).
    assertThat(c.whyItMatters())
        .extracting(i -> i.citation().cardId())
        .isNotEmpty()
        .doesNotContain("national-guard")
        .contains("compact-clause", "state-active-duty");
    // A governor against her state's legislature, in a state court: the state's actions, not
    // the congressional lookups.
    assertThat(c.whatYouCanDo())
        .extracting(ActionItem::url)
        .contains(ActionItem.STATE_OFFICIALS_LOOKUP)
        .doesNotContain(ActionItem.HOUSE_LOOKUP, ActionItem.SENATE_LOOKUP);
  }

  @Test
  void anotherCaseCaptionedTrumpVUnitedStatesIsNotTheImmunityRuling() {
    // CoreNLP keeps "v." inside the sentence (the test annotator does not), so only here can the
    // card's case-name trigger be tested: the same caption names a 2022 case over seized papers.
    String other =
        "In Trump v. United States, the appeals court ended the special master's review of the"
            + " papers agents had seized.";
    String ruling =
        "In Trump v. United States, the justices said a former president may not be prosecuted"
            + " for some acts.";
    assertThat(ids(Annotator.INSTANCE.annotate(Article.ofText(other, "other-case"))))
        .doesNotContain("presidential-immunity");
    assertThat(ids(Annotator.INSTANCE.annotate(Article.ofText(ruling, "ruling"))))
        .contains("presidential-immunity");
  }

  @Test
  void fixtureIsReportingWithNoAdvocacy() {
    CivicContext c = explain(fixture());
    assertThat(c.statements()).noneMatch(s -> s.kind() == StatementKind.ADVOCACY);
    assertThat(c.opinionHeavy()).isFalse();
  }

  private static AnnotatedArticle fixture() {
    return annotate(projectRoot().resolve("examples/guard-deployment.txt"));
  }
}
