package org.civicbrief.core.civic;

import java.util.List;
import java.util.Optional;

/** Small cards written for the tests, so core tests do not depend on the knowledge base. */
final class TestCards {

  private TestCards() {}

  static final QuizFact FACT =
      new QuizFact(
          "Which body votes on it?", "The Senate", List.of("The House", "A court", "None"));

  static ConceptCard card(
      String id, String name, List<Trigger> triggers, List<Committee> committees) {
    return new ConceptCard(
        id,
        name,
        List.of(),
        Category.LAW,
        "a rule written for a test",
        "A rule written for a test. It has no force anywhere.",
        new PrimarySource(name + " text", "https://www.law.cornell.edu/uscode/text/50/1541"),
        triggers,
        List.of(),
        committees,
        List.of(FACT));
  }

  /** A card whose primary source is {@code title}, triggered by {@code pattern}. */
  static ConceptCard sourced(
      String id, Category category, String title, String pattern, List<Committee> committees) {
    return new ConceptCard(
        id,
        id.replace('-', ' '),
        List.of(),
        category,
        "a rule written for a test",
        "A rule written for a test. It has no force anywhere.",
        new PrimarySource(title, "https://www.law.cornell.edu/uscode/text/10/251"),
        List.of(Trigger.of(pattern)),
        List.of(),
        committees,
        List.of(FACT));
  }

  static final ConceptCard ICE =
      card(
          "ice",
          "Immigration and Customs Enforcement",
          List.of(
              new Trigger("ICE", true, Optional.empty()),
              Trigger.of("Immigration and Customs Enforcement")),
          List.of());

  static final ConceptCard CHARTER =
      card(
          "charter-2-4",
          "UN Charter Article 2(4)",
          List.of(
              new Trigger(
                  "Article 2\\(4\\)",
                  false,
                  Optional.of(
                      new ContextRule(List.of("Charter", "United Nations"), List.of(), 1)))),
          List.of());

  static final ConceptCard GUARD =
      card(
          "guard",
          "National Guard",
          List.of(
              new Trigger(
                  "National Guard",
                  false,
                  Optional.of(new ContextRule(List.of(), List.of("Mexico's"), 0)))),
          List.of(
              new Committee(
                  "House Committee on Armed Services", "https://armedservices.house.gov/")));

  static final ConceptCard COMPACT =
      card(
          "compact",
          "Compact Clause",
          List.of(Trigger.of("interstate (?:water )?compacts?"), Trigger.of("state's compact")),
          List.of(
              new Committee(
                  "Senate Committee on the Judiciary", "https://www.judiciary.senate.gov/")));

  static final List<ConceptCard> ALL = List.of(ICE, CHARTER, GUARD, COMPACT);
}
