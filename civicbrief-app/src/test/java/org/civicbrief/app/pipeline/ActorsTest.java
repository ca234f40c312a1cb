package org.civicbrief.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.civicbrief.app.SharedPipeline;
import org.civicbrief.core.briefing.Actor;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.briefing.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Key actors a reader would recognise, on an article written for the project: people are people,
 * one entry each, with the role the article states or, for a well-known office, the one held on the
 * article's date.
 */
class ActorsTest {

  private static Briefing briefing;

  @BeforeAll
  static void brief() {
    briefing =
        SharedPipeline.pipeline()
            .brief(SharedPipeline.article("/fixtures/harbor-ruling.txt", "2025-06-03"))
            .briefing();
  }

  private static Optional<Actor> actor(String name) {
    return briefing.actors().stream().filter(a -> a.name().equals(name)).findFirst();
  }

  @Test
  void aCourtCaseALawAndAPersonNamedOnlyAsAModifierAreNotActors() {
    assertThat(briefing.actors())
        .extracting(Actor::name)
        .noneMatch(n -> n.contains(" v. "))
        .noneMatch(n -> n.endsWith("Act"))
        .doesNotContain("Halvorsen");
  }

  @Test
  void aPersonWithAndWithoutHerMiddleNameIsOnePersonWithTheRoleTheArticleGives() {
    assertThat(briefing.actors())
        .extracting(Actor::name)
        .filteredOn(n -> n.contains("Whitfield"))
        .hasSize(1);
    Actor whitfield =
        briefing.actors().stream()
            .filter(a -> a.name().contains("Whitfield"))
            .findFirst()
            .orElseThrow();
    assertThat(whitfield.role().map(Role::text)).contains("dock worker");
  }

  @Test
  void aWellKnownOfficeholderNamedWithoutARoleGetsTheOfficeHeldOnTheArticlesDate() {
    Role role = actor("Pam Bondi").flatMap(Actor::role).orElseThrow();
    assertThat(role.text()).contains("Attorney General");
    assertThat(role.text()).doesNotContain("former");
  }
}
