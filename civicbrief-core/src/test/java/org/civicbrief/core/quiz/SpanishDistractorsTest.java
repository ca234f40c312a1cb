package org.civicbrief.core.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.civicbrief.core.article.Article;
import org.civicbrief.core.briefing.Actor;
import org.civicbrief.core.briefing.ActorKind;
import org.civicbrief.core.briefing.BriefItem;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.briefing.Evidence;
import org.civicbrief.core.briefing.Headline;
import org.civicbrief.core.briefing.NameGender;
import org.civicbrief.core.briefing.Role;
import org.civicbrief.core.briefing.TestBriefing;
import org.civicbrief.core.civic.Officeholders;
import org.junit.jupiter.api.Test;

/**
 * A Spanish quiz's people (ADR 21): the English office and branch logic, not "anyone the article
 * names"; options of the key's gender where the stem says it; a who-said question that the sitting
 * officials fill out when the story names too few people. A story written for the project.
 */
class SpanishDistractorsTest {

  private static final String TEXT =
      "Demanda por el puerto de Salinas\n"
          + "La gobernadora de Valle Alto, Marta Quiroga, y el fiscal general del estado, Tomás"
          + " Ibarra, demandaron el lunes al presidente Luis Prado. La jueza federal de distrito"
          + " Elena Ríos fijó una audiencia. El vecino Pablo Soto vio los camiones.";

  private static final LocalDate PUBLISHED = LocalDate.of(2025, 6, 10);

  private static final NameGender GENDERS =
      name ->
          switch (name) {
            case "Marta", "Elena", "Clara", "Rosa" -> NameGender.Gender.FEMALE;
            case "Luis", "Tomás", "Pablo", "Hugo", "Raúl" -> NameGender.Gender.MALE;
            default -> NameGender.Gender.UNKNOWN;
          };

  private static Evidence at(String fragment) {
    int start = TEXT.indexOf(fragment);
    return new Evidence(1, start, start + fragment.length());
  }

  private static Actor person(String id, String name, String role) {
    return new Actor(
        id,
        name,
        ActorKind.PERSON,
        role.isEmpty() ? Optional.empty() : Optional.of(new Role(role, at(role))),
        2,
        List.of(),
        Optional.empty(),
        at(name),
        List.of());
  }

  private static Briefing briefing(List<Actor> actors) {
    Article article =
        new Article(
            TEXT,
            Optional.of("Demanda por el puerto de Salinas"),
            true,
            Optional.empty(),
            Optional.empty(),
            Optional.of(PUBLISHED),
            Optional.empty(),
            Optional.empty(),
            "es",
            "salinas.txt");
    BriefItem dek = new BriefItem("x", at("La gobernadora"), List.of(), false);
    return TestBriefing.of(
            article, new Headline("Demanda por el puerto de Salinas", Optional.empty()), dek)
        .summary(List.of(dek))
        .actors(actors)
        .build();
  }

  private static final List<Actor> PEOPLE =
      List.of(
          person("a1", "Marta Quiroga", "gobernadora de Valle Alto"),
          person("a2", "Tomás Ibarra", "fiscal general del estado"),
          person("a3", "Luis Prado", "presidente"),
          person("a4", "Elena Ríos", "jueza federal de distrito"),
          person("a5", "Pablo Soto", "vecino"));

  private static Officeholders table() {
    LocalDate start = LocalDate.of(2020, 1, 1);
    return new Officeholders(
        List.of(
            new Officeholders.Tenure(
                List.of("Luis Prado"),
                "President of the United States",
                start,
                Optional.empty(),
                "x"),
            new Officeholders.Tenure(
                List.of("Clara Vidal"), "Attorney General", start, Optional.empty(), "x"),
            new Officeholders.Tenure(
                List.of("Hugo Lara"), "Secretary of State", start, Optional.empty(), "x"),
            new Officeholders.Tenure(
                List.of("Raúl Mena"), "Secretary of Defense", start, Optional.empty(), "x")));
  }

  @Test
  void aStatesAttorneyGeneralIsOfferedNeitherTheNationsNorTheCabinet() {
    Distractors d = new Distractors(briefing(PEOPLE), table(), GENDERS);
    assertThat(d.people("Tomás Ibarra", Distractors.Ask.DID, 1))
        .doesNotContain("Clara Vidal", "Hugo Lara", "Raúl Mena", "Tomás Ibarra");
  }

  @Test
  void whoHoldsARoleIsAskedOnlyAmongPeopleOfThatOffice() {
    Distractors d = new Distractors(briefing(PEOPLE), table(), GENDERS);
    assertThat(d.people("Marta Quiroga", Distractors.Ask.HOLDS, 1))
        .as("the president and the judge are no governors")
        .doesNotContain("Luis Prado", "Elena Ríos", "Tomás Ibarra", "Pablo Soto");
  }

  @Test
  void aStemThatSaysLaJuezaGetsNoMenAmongItsOptions() {
    Distractors d = new Distractors(briefing(PEOPLE), table(), GENDERS);
    List<String> options = d.people("Elena Ríos", Distractors.Ask.HOLDS, 1);
    for (String o : options) {
      assertThat(GENDERS.of(o.split(" ")[0])).as(o).isEqualTo(NameGender.Gender.FEMALE);
    }
  }

  @Test
  void aSpeakerTheStoryNamesAloneWithOneOtherGetsTheSittingOfficialsAsPeers() {
    List<Actor> two =
        List.of(
            person("a3", "Luis Prado", "presidente"),
            person("a4", "Elena Ríos", "jueza federal de distrito"));
    Distractors d = new Distractors(briefing(two), table(), NameGender.unknown());
    assertThat(d.people("Luis Prado", Distractors.Ask.SAID, 1))
        .contains("Elena Ríos")
        .containsAnyOf("Hugo Lara", "Raúl Mena", "Clara Vidal")
        .doesNotContain("Luis Prado");
  }

  @Test
  void aPresidentsWordsGetTheOfficialsFirstInSuccessionNotWhicheverSecretaryComesUp() {
    List<Actor> two =
        List.of(
            person("a3", "Luis Prado", "presidente"),
            person("a4", "Elena Ríos", "jueza federal de distrito"));
    Officeholders wide =
        new Officeholders(
            List.of(
                new Officeholders.Tenure(
                    List.of("Luis Prado"),
                    "President of the United States",
                    LocalDate.of(2020, 1, 1),
                    Optional.empty(),
                    "x"),
                new Officeholders.Tenure(
                    List.of("Rosa Gil"),
                    "Secretary of Labor",
                    LocalDate.of(2020, 1, 1),
                    Optional.empty(),
                    "x"),
                new Officeholders.Tenure(
                    List.of("Raúl Mena"),
                    "Secretary of Health and Human Services",
                    LocalDate.of(2020, 1, 1),
                    Optional.empty(),
                    "x"),
                new Officeholders.Tenure(
                    List.of("Hugo Lara"),
                    "Secretary of State",
                    LocalDate.of(2020, 1, 1),
                    Optional.empty(),
                    "x")));
    // R-es2: the secretaries of Labor and of Health offered as who spoke at a summit. Whatever the
    // seed, the secretary of state comes before them.
    for (long seed = 0; seed < 3; seed++) {
      List<String> options =
          new Distractors(briefing(two), wide, NameGender.unknown())
              .people("Luis Prado", Distractors.Ask.SAID, seed);
      assertThat(options.subList(0, 2))
          .as("seed " + seed)
          .containsExactly("Elena Ríos", "Hugo Lara");
    }
  }
}
