package org.civicbrief.core.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.civicbrief.core.article.Article;
import org.civicbrief.core.briefing.Actor;
import org.civicbrief.core.briefing.ActorKind;
import org.civicbrief.core.briefing.BriefItem;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.briefing.Evidence;
import org.civicbrief.core.briefing.Headline;
import org.civicbrief.core.briefing.Role;
import org.civicbrief.core.briefing.TestBriefing;
import org.junit.jupiter.api.Test;

/** Wrong options a reader who skipped the article could believe, and that are clearly wrong. */
class DistractorsTest {

  private static final String TEXT =
      "Judge Rules on Ferry Contract\n"
          + "U.S. District Judge Mara Quell ordered the ferry contract paused on Monday. "
          + "County Executive Tom Arden said the county would appeal. "
          + "Judge Quell's order follows a suit by resident Lena Ortiz. "
          + "Ortiz's father, Ray Ortiz, ran the ferry for years.";

  private static Evidence at(String fragment) {
    int start = TEXT.indexOf(fragment);
    return new Evidence(1, start, start + fragment.length());
  }

  private static Actor person(String id, String name, String role, String... aliases) {
    return new Actor(
        id,
        name,
        ActorKind.PERSON,
        role.isEmpty() ? Optional.empty() : Optional.of(new Role(role, at(role))),
        2,
        List.of(),
        Optional.empty(),
        at(name),
        List.of(aliases));
  }

  private static Briefing briefing() {
    BriefItem dek = new BriefItem("x", at("U.S. District Judge"), List.of(), false);
    return TestBriefing.of(
            Article.ofText(TEXT, "ferry.txt"),
            new Headline("Judge Rules on Ferry Contract", Optional.empty()),
            dek)
        .summary(List.of(dek))
        .actors(
            List.of(
                person("a1", "Mara Quell", "U.S. District Judge", "Judge Quell", "Quell"),
                person("a2", "Tom Arden", "County Executive"),
                person("a3", "Lena Ortiz", ""),
                person("a4", "Ray Ortiz", "")))
        .build();
  }

  @Test
  void aJudgesDistractorsAreOtherJudgesNeverHerOwnNamesOrASenator() {
    List<String> options = new Distractors(briefing()).people("Mara Quell", Distractors.Ask.DID, 3);
    assertThat(options).doesNotContain("Mara Quell", "Judge Quell", "Quell");
    // The pool adds judges only: a senator or a justice offered for a district judge gives it away.
    List<String> fromPool = new ArrayList<>(options);
    fromPool.removeAll(List.of("Tom Arden", "Lena Ortiz", "Ray Ortiz"));
    assertThat(fromPool).isNotEmpty().contains("James Boasberg").doesNotContain("Chuck Schumer");
  }

  @Test
  void aPersonWithoutAKnownOfficeGetsOnlyArticlePeopleWithoutOneAndNoRelativeOfTheSameName() {
    // Not the judge (a judge is no plausible answer for what a resident did), not Ray Ortiz.
    List<String> options = new Distractors(briefing()).people("Lena Ortiz", Distractors.Ask.DID, 3);
    assertThat(options).containsExactly("Tom Arden");
  }

  @Test
  void datesStayOnTheKeysSideOfPublicationAndDoNotCenterOnTheKey() {
    Optional<LocalDate> published = Optional.of(LocalDate.of(2025, 6, 10));
    for (long seed = 0; seed < 8; seed++) {
      List<String> ds = Distractors.dates("2025-06-02", List.of(), published, seed);
      assertThat(ds).hasSizeGreaterThanOrEqualTo(2);
      for (String d : ds) {
        assertThat(GenerateQuiz.magnitude(d))
            .isLessThanOrEqualTo(LocalDate.of(2025, 6, 10).toEpochDay());
      }
      assertThat(ds).doesNotContain("May 2, 2025", "July 2, 2025", "June 2, 2024", "June 2, 2026");
    }
  }

  @Test
  void aDayJustBeforePublicationIsNotAlwaysTheLatestOption() {
    // An event two days before the article: the generated later days fall after publication and
    // go, which left the key the latest option every time (R-es7, C4). One later day that is not
    // after publication stays among the first three.
    Optional<LocalDate> published = Optional.of(LocalDate.of(2025, 6, 10));
    double key = LocalDate.of(2025, 6, 8).toEpochDay();
    for (long seed = 0; seed < 8; seed++) {
      List<String> first =
          Distractors.dates("2025-06-08", List.of(), published, seed).subList(0, 3);
      assertThat(first)
          .anyMatch(
              d ->
                  GenerateQuiz.magnitude(d) > key
                      && GenerateQuiz.magnitude(d) <= LocalDate.of(2025, 6, 10).toEpochDay());
    }
  }

  @Test
  void aCourtsOptionsAreCourtsNotTheStorysOtherBodies() {
    Actor guard =
        new Actor(
            "o1",
            "National Guard",
            ActorKind.ORGANIZATION,
            Optional.empty(),
            2,
            List.of(),
            Optional.empty(),
            at("U.S. District Judge"),
            List.of());
    Actor court =
        new Actor(
            "o2",
            "9th Circuit",
            ActorKind.ORGANIZATION,
            Optional.empty(),
            2,
            List.of(),
            Optional.empty(),
            at("U.S. District Judge"),
            List.of());
    Briefing b = briefing();
    Briefing withBodies =
        TestBriefing.of(b.article(), b.headline(), b.summary().getFirst())
            .summary(b.summary())
            .actors(List.of(guard, court))
            .build();
    List<String> options = new Distractors(withBodies).organizations("Supreme Court", 1);
    assertThat(options).contains("9th Circuit").doesNotContain("National Guard");
  }

  @Test
  void anAgeIsANumberNotADayOfJanuary() {
    // "Age 65" once read as January 65 and failed the whole briefing (a card's options).
    assertThat(GenerateQuiz.magnitude("Age 65")).isEqualTo(65.0);
    assertThat(GenerateQuiz.magnitude("Age 62")).isLessThan(GenerateQuiz.magnitude("Age 65"));
    assertThat(GenerateQuiz.magnitude("March 4"))
        .isEqualTo((double) LocalDate.of(2000, 3, 4).toEpochDay());
  }

  @Test
  void theKeyIsNotAlwaysTheMiddleValue() {
    Set<Integer> ranks = new java.util.TreeSet<>();
    for (long seed = 0; seed < 8; seed++) {
      List<String> options =
          new ArrayList<>(
              Distractors.numbers(BigDecimal.valueOf(450), "450", Set.of(), false, seed));
      options.add("450");
      options.sort(java.util.Comparator.comparing(GenerateQuiz::magnitude));
      ranks.add(options.indexOf("450"));
    }
    assertThat(ranks).hasSizeGreaterThanOrEqualTo(3);
  }

  @Test
  void agesStayAges() {
    List<String> ages = Distractors.numbers(BigDecimal.valueOf(70), "70", Set.of(), true, 1);
    assertThat(ages).allSatisfy(a -> assertThat(Integer.parseInt(a)).isBetween(18, 104));
    assertThat(ages).doesNotContain("140", "210", "35");
  }

  @Test
  void numbersAreAsRoundAsTheKey() {
    assertThat(Distractors.numbers(BigDecimal.valueOf(25), "25", Set.of(), false, 1))
        .allSatisfy(n -> assertThat(Integer.parseInt(n) % 25).isZero());
    assertThat(Distractors.numbers(BigDecimal.valueOf(1500), "1,500", Set.of(), false, 2))
        .allSatisfy(n -> assertThat(Integer.parseInt(n.replace(",", "")) % 500).isZero());
  }

  @Test
  void smallNumbersGetTheirNeighbours() {
    assertThat(Distractors.numbers(BigDecimal.valueOf(2), "2%", Set.of(), false, 1))
        .allSatisfy(n -> assertThat(Integer.parseInt(n)).isBetween(1, 5));
  }

  @Test
  void durationsSortByTheirLengthNotTheirNumber() {
    List<String> options =
        new ArrayList<>(List.of("One year", "Five years", "Six months", "30 days"));
    options.sort(java.util.Comparator.comparing(GenerateQuiz::magnitude));
    assertThat(options).containsExactly("30 days", "Six months", "One year", "Five years");
  }

  @Test
  void spanishNumberWordsSortAsTheNumbersTheyName() {
    List<String> options = new java.util.ArrayList<>(List.of("Trece", "Nueve", "Siete", "Once"));
    options.sort(java.util.Comparator.comparing(GenerateQuiz::magnitude));
    assertThat(options).containsExactly("Siete", "Nueve", "Once", "Trece");
  }

  @Test
  void talliesKeepTheBodyAndTheWinnerAndSpreadAroundTheKey() {
    org.assertj.core.api.Assertions.assertThat(Distractors.tallies(6, 3, "–"))
        .containsExactly("5–4", "9–0", "8–1");
    org.assertj.core.api.Assertions.assertThat(Distractors.tallies(218, 214, "-"))
        .containsExactly("217-215", "235-197", "252-180");
    org.assertj.core.api.Assertions.assertThat(Distractors.tallies(2, 1, "-")).hasSize(1);
    org.assertj.core.api.Assertions.assertThat(Distractors.tallies(3, 6, "-")).isEmpty();
  }
}
