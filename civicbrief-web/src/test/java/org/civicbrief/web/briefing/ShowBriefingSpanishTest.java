package org.civicbrief.web.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.civicbrief.core.article.Article;
import org.civicbrief.core.briefing.Actor;
import org.civicbrief.core.briefing.ActorKind;
import org.civicbrief.core.briefing.BriefItem;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.briefing.DatePrecision;
import org.civicbrief.core.briefing.Evidence;
import org.civicbrief.core.briefing.Headline;
import org.civicbrief.core.briefing.Role;
import org.civicbrief.core.briefing.TestBriefing;
import org.civicbrief.core.briefing.TimelineEvent;
import org.junit.jupiter.api.Test;

/**
 * A Spanish briefing's page says in Spanish what kind each actor is, how often it appears, why a
 * date is approximate and what the original article is (R-es4: English on Spanish pages).
 */
class ShowBriefingSpanishTest {

  private static final String TEXT =
      "La alcaldesa Inés Vidal cerró el puente a finales de mayo. Vidal pidió paciencia.";

  private static Evidence at(String fragment) {
    int start = TEXT.indexOf(fragment);
    return new Evidence(0, start, start + fragment.length());
  }

  @Test
  void theActorsTheTimelineAndTheOriginalArticleAreLabelledInSpanish() {
    String lead = "La alcaldesa Inés Vidal cerró el puente a finales de mayo.";
    Article article =
        new Article(
            TEXT,
            Optional.of("Valle Hondo cierra su puente"),
            false,
            Optional.empty(),
            Optional.empty(),
            Optional.of(LocalDate.of(2025, 6, 2)),
            Optional.empty(),
            Optional.of("https://diario.example/puente"),
            "es",
            "puente.txt");
    Actor vidal =
        new Actor(
            "a1",
            "Inés Vidal",
            ActorKind.PERSON,
            Optional.of(new Role("alcaldesa", at("alcaldesa"))),
            2,
            List.of(),
            Optional.empty(),
            at("Inés Vidal"),
            List.of("Vidal"));
    BriefItem item = new BriefItem(lead, at(lead), List.of(), false);
    Briefing b =
        TestBriefing.of(article, new Headline(lead, Optional.of(at(lead))), item)
            .actors(List.of(vidal))
            .timeline(
                List.of(
                    new TimelineEvent(
                        "2025-05",
                        DatePrecision.MONTH,
                        true,
                        "a finales de mayo",
                        lead,
                        at(lead),
                        at("a finales de mayo"))))
            .build();

    BriefingView view = ShowBriefing.view(1, b, e -> "#s" + e.start(), 3, "/a/1");

    assertThat(view.actors().getFirst().kind()).isEqualTo("Persona");
    assertThat(view.actors().getFirst().mentions())
        .isEqualTo("Aparece 2 veces, también como Vidal");
    assertThat(view.timeline().getFirst().approximate())
        .contains("aprox., según “a finales de mayo”");
    assertThat(view.sources().getFirst().name()).isEqualTo("El artículo original");
    assertThat(view.sources().getFirst().kind()).isEqualTo("medio que publica");
  }
}
