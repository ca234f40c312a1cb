package org.civicbrief.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civicbrief.app.SharedPipeline;
import org.civicbrief.core.briefing.Actor;
import org.civicbrief.core.briefing.BriefItem;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.briefing.Evidence;
import org.civicbrief.core.briefing.Quote;
import org.civicbrief.core.briefing.Role;
import org.civicbrief.core.briefing.SourceKind;
import org.civicbrief.core.briefing.SourceRef;
import org.civicbrief.core.briefing.TimelineEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The briefing of the project's own wire-style article, checked against what a careful reader
 * finds.
 */
class FixtureBriefingTest {

  private static Briefing briefing;

  @BeforeAll
  static void brief() {
    briefing = SharedPipeline.fixtureBriefing();
  }

  private static String roleOf(String name) {
    return briefing.actors().stream()
        .filter(a -> a.name().equals(name))
        .findFirst()
        .flatMap(Actor::role)
        .map(Role::text)
        .orElse("(no actor or role)");
  }

  @Test
  void namesEveryCentralPersonByFullNameWithTheRoleTheArticleStates() {
    assertThat(roleOf("Elena Marsh")).isEqualTo("Red Mesa Governor");
    assertThat(roleOf("Grace Holloway")).isEqualTo("House Speaker");
    assertThat(roleOf("Carla Benning")).isEqualTo("District Judge");
    assertThat(roleOf("Thomas Brandt")).isEqualTo("state’s attorney general");
    assertThat(roleOf("Paul Okafor")).isEqualTo("Senate minority leader");
    assertThat(roleOf("Ruth Delacroix")).isEqualTo("former Army National Guard colonel");
    assertThat(roleOf("Samuel Ito")).isEqualTo("agency’s director");
  }

  @Test
  void ranksTheGovernorFirst() {
    assertThat(briefing.actors().getFirst().name()).isEqualTo("Elena Marsh");
  }

  @Test
  void attributesEveryDirectQuoteToANamedSpeakerAndSkipsTheScareQuote() {
    assertThat(briefing.quotes())
        .extracting(q -> q.text().substring(0, 24), Quote::speaker)
        .containsExactly(
            tuple("The people who live alon", "Elena Marsh"),
            tuple("If the legislature wants", "Elena Marsh"),
            tuple("This is exactly the situ", "Grace Holloway"),
            tuple("not a single dollar will", "Grace Holloway"),
            tuple("The statute covers deplo", "Thomas Brandt"),
            tuple("This mission supports a ", "Thomas Brandt"),
            tuple("If the attorney general ", "Paul Okafor"),
            tuple("We are not against helpi", "Paul Okafor"),
            tuple("Most of these soldiers h", "Ruth Delacroix"),
            tuple("We are already behind on", "Samuel Ito"));
    assertThat(briefing.quotes())
        .extracting(Quote::text)
        .noneMatch(t -> t.contains("paper deployment"));
  }

  @Test
  void resolvesPronounSpeakersToTheRightPersonAndKeepsThePronounAsEvidence() {
    Quote brandt = briefing.quotes().get(4);
    assertThat(brandt.speakerEvidence().in(briefing.article().text())).isEqualTo("he");
    Quote delacroix = briefing.quotes().get(8);
    assertThat(delacroix.speakerEvidence().in(briefing.article().text())).isEqualTo("she");
  }

  @Test
  void datesTheEventsIncludingRelativeOnesAgainstThePublicationDate() {
    assertThat(briefing.timeline())
        .extracting(TimelineEvent::date, TimelineEvent::approximate)
        .contains(
            tuple("2019", false),
            tuple("2024-11", false),
            tuple("2025-02-03", false),
            tuple("2025-02-20", false),
            tuple("2025-02-24", false),
            tuple("2025", true),
            tuple("2025-03", true),
            // "On Tuesday": the article's date fixes the day (R21b: no "(approx.)" on it)
            tuple("2025-03-11", false),
            tuple("2025-03-28", false));
    assertThat(briefing.timeline()).extracting(TimelineEvent::date).doesNotContain("2025-03-12");
    assertThat(briefing.timeline()).extracting(TimelineEvent::date).isSorted();
  }

  @Test
  void citesTheOutletTheAnonymousOfficialsAndTheExecutiveOrder() {
    assertThat(briefing.sources())
        .extracting(SourceRef::name, SourceRef::kind)
        .contains(
            tuple("Harlan Ledger", SourceKind.OUTLET),
            tuple("two state officials", SourceKind.OFFICIAL),
            tuple("executive order", SourceKind.DOCUMENT));
  }

  @Test
  void keepsTheHedgeAndLeavesTheAdvocacySentenceOutOfTheFacts() {
    List<BriefItem> items = new ArrayList<>(briefing.coreFacts());
    items.addAll(briefing.summary());
    assertThat(items).extracting(BriefItem::text).noneMatch(t -> t.contains("should"));
    assertThat(briefing.coreFacts()).hasSizeBetween(5, 10);
    assertThat(briefing.summary()).hasSizeBetween(3, 5);
  }

  @Test
  void everyItemCarriesEvidenceWhoseTextIsWhatTheItemWasBuiltFrom() {
    String text = briefing.article().text();
    List<BriefItem> items = new ArrayList<>(briefing.summary());
    items.addAll(briefing.coreFacts());
    items.add(briefing.dek());
    for (BriefItem item : items) {
      assertThat(item.evidence().in(text)).endsWith(item.text().substring(1));
    }
    for (Quote q : briefing.quotes()) {
      assertThat(q.evidence().in(text)).contains(q.text());
    }
    for (TimelineEvent e : briefing.timeline()) {
      assertThat(e.dateEvidence().in(text)).isEqualTo(e.dateText());
    }
    for (Actor a : briefing.actors()) {
      assertThat(a.evidence().in(text)).isEqualTo(a.name());
      a.role().ifPresent(r -> assertThat(inSentence(r.evidence())).isTrue());
    }
    assertThat(briefing.headline().evidence())
        .map(e -> e.in(text))
        .isEqualTo(Optional.of(briefing.headline().text()));
  }

  private static boolean inSentence(Evidence e) {
    return e.end() > e.start() && e.end() <= briefing.article().text().length();
  }

  @Test
  void stripsTheDatelineFromTheDek() {
    assertThat(briefing.dek().text()).startsWith("Red Mesa Governor Elena Marsh is pressing ahead");
  }
}
