package org.civicbrief.app.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import org.civicbrief.app.SharedPipeline;
import org.civicbrief.core.briefing.Actor;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.render.RenderMarkdown;
import org.junit.jupiter.api.Test;

/**
 * R17 scored key actors 3.64: courts, departments and the outlet that wrote the story were listed
 * among the people, each shown only as "Mentioned 2 times"; R18 rejected companies that act listed
 * beside the people. The page lists people, and a company or group only when it acts and no person
 * is named; bodies of government are the civic context's, and the outlet named in the byline, the
 * dateline and "reports …" is no actor at all.
 */
class KeyActorsTest {

  private static Briefing briefing() {
    return SharedPipeline.pipeline()
        .brief(SharedPipeline.article("/briefing/institutions.txt", "2026-03-10"))
        .briefing();
  }

  @Test
  void bodiesOfGovernmentAreNoKeyActors() {
    assertThat(briefing().keyActors())
        .extracting(Actor::name)
        .contains("Paul Hendry")
        .noneMatch(n -> n.contains("Court") || n.contains("Department") || n.contains("Congress"));
  }

  @Test
  void aCompanyThatActsIsNoKeyActorBesideThePeople() {
    var b = briefing();
    assertThat(b.actors()).extracting(Actor::name).anyMatch(n -> n.contains("Harbor Freight"));
    assertThat(b.keyActors()).extracting(Actor::name).noneMatch(n -> n.contains("Harbor Freight"));
  }

  @Test
  void aCompanyThatActsIsTheKeyActorWhenNoPersonIsNamed() {
    var b =
        SharedPipeline.pipeline()
            .brief(SharedPipeline.article("/briefing/company-alone.txt", "2026-02-03"))
            .briefing();
    assertThat(b.keyActors()).extracting(Actor::name).anyMatch(n -> n.contains("Velmora Mills"));
  }

  @Test
  void theOutletOfTheBylineAndDatelineIsNoActor() {
    assertThat(briefing().actors()).extracting(Actor::name).noneMatch(n -> n.contains("Coastal"));
  }

  @Test
  void thePageListsOnlyTheKeyActors() {
    String page = new RenderMarkdown().render(briefing());
    String actors = page.substring(page.indexOf("## Key actors"));
    actors = actors.substring(0, actors.indexOf("\n## ", 3));
    assertThat(actors).contains("Paul Hendry").doesNotContain("Transportation Department");
  }
}
