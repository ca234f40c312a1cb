package org.civicbrief.core.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.civicbrief.core.article.Article;
import org.civicbrief.core.briefing.Actor;
import org.civicbrief.core.briefing.ActorKind;
import org.civicbrief.core.briefing.BriefItem;
import org.civicbrief.core.briefing.Evidence;
import org.civicbrief.core.briefing.Headline;
import org.civicbrief.core.briefing.NameGender;
import org.civicbrief.core.briefing.Role;
import org.civicbrief.core.briefing.TestBriefing;
import org.civicbrief.core.civic.Officeholders;
import org.junit.jupiter.api.Test;

/**
 * "¿Quién es la abogada de la familia?": a role that names no office could be held by any of the
 * story's people who hold no office either, of the gender the question says; never a judge (ADR 21,
 * REVIEW.md D1). A story written for the project.
 */
class SpanishRoleDistractorsTest {

  private static final String TEXT =
      "Recurso en Puerto Lindo\n"
          + "Ana Ruiz, abogada de la familia, presentó el recurso; Pedro Gómez, portavoz de la"
          + " campaña, lo celebró, y Lucía Sanz y Carmen Ortiz lo firmaron. La jueza federal de"
          + " distrito Elena Ríos lo admitió.";

  private static final NameGender GENDERS =
      name ->
          switch (name) {
            case "Ana", "Lucía", "Carmen", "Elena" -> NameGender.Gender.FEMALE;
            case "Pedro" -> NameGender.Gender.MALE;
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

  @Test
  void aRoleThatNamesNoOfficeIsAskedAmongTheStorysPeopleWithNoOfficeOfTheSameGender() {
    Article article =
        new Article(
            TEXT,
            Optional.of("Recurso en Puerto Lindo"),
            true,
            Optional.empty(),
            Optional.empty(),
            Optional.of(LocalDate.of(2025, 3, 4)),
            Optional.empty(),
            Optional.empty(),
            "es",
            "recurso.txt");
    BriefItem dek = new BriefItem("x", at("Ana Ruiz"), List.of(), false);
    var b =
        TestBriefing.of(article, new Headline("Recurso en Puerto Lindo", Optional.empty()), dek)
            .summary(List.of(dek))
            .actors(
                List.of(
                    person("a1", "Ana Ruiz", "abogada de la familia"),
                    person("a2", "Pedro Gómez", "portavoz de la campaña"),
                    person("a3", "Lucía Sanz", ""),
                    person("a4", "Carmen Ortiz", ""),
                    person("a5", "Elena Ríos", "jueza federal de distrito")))
            .build();
    List<String> options =
        new Distractors(b, Officeholders.none(), GENDERS)
            .people("Ana Ruiz", Distractors.Ask.HOLDS, 1);
    assertThat(options)
        .containsExactlyInAnyOrder("Lucía Sanz", "Carmen Ortiz")
        .as("a judge holds an office; a man is ruled out by 'la abogada'")
        .doesNotContain("Elena Ríos", "Pedro Gómez", "Ana Ruiz");
  }
}
