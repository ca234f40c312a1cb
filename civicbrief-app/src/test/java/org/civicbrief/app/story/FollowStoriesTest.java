package org.civicbrief.app.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.civicbrief.app.SharedPipeline;
import org.civicbrief.core.article.Article;
import org.civicbrief.core.article.OutletArticles;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.dedupe.DuplicateVerdict;
import org.civicbrief.core.dedupe.FindDuplicate;
import org.civicbrief.core.dedupe.FingerprintText;
import org.civicbrief.core.dedupe.InMemoryDuplicateIndex;
import org.civicbrief.core.pipeline.Timed;
import org.civicbrief.core.story.AssignStory;
import org.civicbrief.core.story.Assignment;
import org.civicbrief.core.story.ChangeKind;
import org.civicbrief.core.story.ComposeStory;
import org.civicbrief.core.story.DescribeArticle;
import org.civicbrief.core.story.Story;
import org.civicbrief.core.story.StoryFeatures;
import org.civicbrief.core.story.StoryIndex;
import org.civicbrief.core.story.StoryMember;
import org.civicbrief.core.story.StoryModel;
import org.civicbrief.nlp.embed.BgeSmallEmbed;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Following stories end to end on articles written for the project: the real pipeline briefs them,
 * BGE-small embeds them, and the default model assigns them.
 */
class FollowStoriesTest {

  private static Timed ledgerBriefed;
  private static Timed courierBriefed;
  private static Timed budgetBriefed;
  private static Briefing ledger;
  private static Briefing tribune;
  private static Briefing courier;
  private static BgeSmallEmbed embed;

  @BeforeAll
  static void brief() {
    ledgerBriefed = brief("port-alder-ledger.txt", "Lakeshore Ledger", "2025-06-02");
    tribune = brief("port-alder-tribune.txt", "Northern Tribune", "2025-06-02").briefing();
    courierBriefed = brief("port-alder-courier.txt", "Valley Courier", "2025-06-09");
    budgetBriefed = brief("harlan-budget.txt", "Valley Courier", "2025-06-05");
    ledger = ledgerBriefed.briefing();
    courier = courierBriefed.briefing();
    embed = new BgeSmallEmbed();
  }

  private static Timed brief(String name, String outlet, String published) {
    String text = SharedPipeline.resource("/stories/" + name);
    Article a =
        OutletArticles.article(text, outlet, LocalDate.parse(published), Optional.empty(), name);
    return SharedPipeline.pipeline().brief(a);
  }

  private static StoryFeatures describe(DescribeArticle describe, String id, Timed briefed) {
    return describe.describe(id, briefed.briefing(), briefed.annotated());
  }

  @Test
  void aWireCopyWithSmallEditsIsADuplicateAndAnotherReportIsNot() {
    FingerprintText fingerprints = new FingerprintText();
    FindDuplicate find = new FindDuplicate();
    InMemoryDuplicateIndex index = new InMemoryDuplicateIndex();
    index.add("ledger", fingerprints.fingerprint(ledger.article().text()));

    DuplicateVerdict copy = find.check(fingerprints.fingerprint(tribune.article().text()), index);
    DuplicateVerdict other = find.check(fingerprints.fingerprint(courier.article().text()), index);

    assertThat(copy).isInstanceOf(DuplicateVerdict.Near.class);
    assertThat(copy.original()).contains("ledger");
    assertThat(other).isInstanceOf(DuplicateVerdict.Original.class);
  }

  @Test
  void twoReportsOfOneEventJoinOneStoryAndTheSameGovernorsBudgetDoesNot() {
    StoryModel model = StoryModel.defaults();
    StoryIndex index = new StoryIndex(embed.dimensions(), model);
    AssignStory assign = new AssignStory(model);
    DescribeArticle describe = new DescribeArticle(embed);

    Assignment first = assign.assign(describe(describe, "ledger", ledgerBriefed), index);
    Assignment budgetNews = assign.assign(describe(describe, "budget", budgetBriefed), index);
    Assignment update = assign.assign(describe(describe, "courier", courierBriefed), index);

    assertThat(first.started()).isTrue();
    assertThat(budgetNews.started()).isTrue();
    assertThat(update.started()).isFalse();
    assertThat(update.storyId()).isEqualTo(first.storyId());
    assertThat(budgetNews.storyId()).isNotEqualTo(first.storyId());
  }

  @Test
  void theComposedStoryCarriesTheCopyAndReportsTheChangedNumber() {
    Story s =
        new ComposeStory()
            .compose(
                1,
                List.of(
                    new StoryMember("ledger", ledger, 0),
                    new StoryMember("tribune", tribune, 1),
                    new StoryMember("courier", courier, 2)));

    assertThat(s.articles()).hasSize(2);
    assertThat(s.articles().getFirst().outlets())
        .containsExactly("Lakeshore Ledger", "Northern Tribune");
    assertThat(s.whatChanged().orElseThrow().changes())
        .filteredOn(c -> c.kind() == ChangeKind.NUMBER_CHANGED)
        .anySatisfy(
            c -> {
              assertThat(c.before().orElseThrow().value().orElseThrow()).startsWith("1,500");
              assertThat(c.after().value().orElseThrow()).startsWith("10,000");
            });
    assertThat(s.whatChanged().orElseThrow().changes())
        .extracting(c -> c.kind())
        .doesNotContain(ChangeKind.REVERSED);
    assertThat(s.whatChanged().orElseThrow().changes())
        .allSatisfy(
            c ->
                assertThat(c.after().evidence().end())
                    .isLessThanOrEqualTo(courier.article().text().length()));
  }

  @Test
  void theMergedTimelineListsEveryOutletThatReportedTheEmergency() {
    Story s =
        new ComposeStory()
            .compose(
                1,
                List.of(
                    new StoryMember("courier", courier, 0),
                    new StoryMember("ledger", ledger, 1),
                    new StoryMember("tribune", tribune, 2)));

    assertThat(s.timeline().events())
        .filteredOn(e -> e.text().contains("state of emergency"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.date()).isEqualTo("2025-05-30");
              assertThat(e.outlets())
                  .containsExactlyElementsOf(
                      Stream.of(ledger, tribune, courier)
                          .map(b -> b.article().publisher().orElseThrow())
                          .toList());
              assertThat(e.evidence().articleId()).isEqualTo("ledger");
            });
  }
}
