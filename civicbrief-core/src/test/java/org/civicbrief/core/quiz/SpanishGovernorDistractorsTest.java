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
 * A Spanish story that names a governor and one other person: who filled a blank or said a
 * quotation that names no state could be any state's governor, so the governors sitting that day
 * are the wrong answers (ADR 21); where the words name a state, no other state's governor is
 * offered (REVIEW.md D1). A story written for the project.
 */
class SpanishGovernorDistractorsTest {

  private static final String TEXT =
      "Consulta en Valle Alto\n"
          + "La gobernadora Marta Quiroga celebró el martes el resultado de la consulta y criticó al"
          + " presidente Luis Prado.";

  private static final NameGender GENDERS =
      name ->
          switch (name) {
            case "Marta", "Clara", "Rosa" -> NameGender.Gender.FEMALE;
            case "Luis", "Hugo" -> NameGender.Gender.MALE;
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
        Optional.of(new Role(role, at(name))),
        2,
        List.of(),
        Optional.empty(),
        at(name),
        List.of());
  }

  private static Distractors distractors() {
    Article article =
        new Article(
            TEXT,
            Optional.of("Consulta en Valle Alto"),
            true,
            Optional.empty(),
            Optional.empty(),
            Optional.of(LocalDate.of(2025, 11, 5)),
            Optional.empty(),
            Optional.empty(),
            "es",
            "consulta.txt");
    BriefItem dek = new BriefItem("x", at("La gobernadora"), List.of(), false);
    Briefing b =
        TestBriefing.of(article, new Headline("Consulta en Valle Alto", Optional.empty()), dek)
            .summary(List.of(dek))
            .actors(
                List.of(
                    person("a1", "Marta Quiroga", "gobernadora de Valle Alto"),
                    person("a2", "Luis Prado", "presidente")))
            .build();
    LocalDate start = LocalDate.of(2020, 1, 1);
    Officeholders table =
        new Officeholders(
            List.of(
                new Officeholders.Tenure(
                    List.of("Marta Quiroga"),
                    "Governor of Valle Alto",
                    start,
                    Optional.empty(),
                    "x"),
                new Officeholders.Tenure(
                    List.of("Rosa Gil"), "Governor of Costa Verde", start, Optional.empty(), "x"),
                new Officeholders.Tenure(
                    List.of("Clara Vidal"),
                    "Governor of Monte Claro",
                    start,
                    Optional.empty(),
                    "x"),
                new Officeholders.Tenure(
                    List.of("Hugo Lara"), "Governor of Río Bravo", start, Optional.empty(), "x"),
                new Officeholders.Tenure(
                    List.of("Luis Prado"),
                    "President of the United States",
                    start,
                    Optional.empty(),
                    "x")));
    return new Distractors(b, table, GENDERS);
  }

  @Test
  void aGovernorsBlankThatNamesNoStateIsFilledOutByTheOtherSittingGovernors() {
    List<String> options =
        distractors()
            .people(
                "Marta Quiroga",
                Distractors.Ask.DID,
                1,
                "_____ calificó el resultado como una victoria del pueblo de este país.");
    assertThat(options)
        .contains("Rosa Gil", "Clara Vidal")
        .as("a blank says no gender, but a man's name beside women's is no cue here either way")
        .doesNotContain("Marta Quiroga", "Hugo Lara");
  }

  @Test
  void aGovernorsQuotationThatNamesNoStateIsFilledOutByTheOtherSittingGovernors() {
    assertThat(
            distractors()
                .people(
                    "Marta Quiroga",
                    Distractors.Ask.SAID,
                    1,
                    "Hoy el pueblo recuperó su voz y su democracia"))
        .contains("Luis Prado")
        .containsAnyOf("Rosa Gil", "Clara Vidal", "Hugo Lara")
        .doesNotContain("Marta Quiroga");
  }

  @Test
  void wordsThatNameAStateOrItsPeopleGetNoOtherStatesGovernor() {
    Distractors d = distractors();
    assertThat(
            d.people(
                "Marta Quiroga",
                Distractors.Ask.DID,
                1,
                "_____ dijo que los votantes de Texas se equivocaron."))
        .doesNotContain("Rosa Gil", "Clara Vidal", "Hugo Lara");
    assertThat(
            d.people(
                "Marta Quiroga",
                Distractors.Ask.SAID,
                1,
                "Los electores californianos hablaron con claridad"))
        .doesNotContain("Rosa Gil", "Clara Vidal", "Hugo Lara");
  }

  @Test
  void aRoleQuestionStatesTheOfficeAndItsStateAndGetsNoOtherStatesGovernor() {
    assertThat(distractors().people("Marta Quiroga", Distractors.Ask.HOLDS, 1))
        .doesNotContain("Rosa Gil", "Clara Vidal", "Hugo Lara");
  }
}
