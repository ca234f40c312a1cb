package org.civicbrief.web.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.civicbrief.web.http.PageFrame;
import org.civicbrief.web.http.Templates;
import org.junit.jupiter.api.Test;

/** The article page behind a Spanish briefing speaks Spanish around the article's own words. */
class ArticlePageSpanishTest {

  private static String render(String language) {
    ArticleView view =
        new ArticleView(
            "Valle Hondo cierra su puente",
            "",
            Optional.of("https://diario.example/puente"),
            "/briefings/7",
            Optional.of("La alcaldesa cerró el puente."),
            List.of(List.of(new ArticleView.Segment("La alcaldesa cerró el puente.", true, true))));
    PageFrame frame =
        new PageFrame(
                "El artículo: Valle Hondo cierra su puente",
                "/assets/site.css",
                List.of(),
                Optional.empty(),
                Optional.empty(),
                false,
                "briefing",
                Optional.empty())
            .withLanguage(language);
    return new String(
        new Templates().render("article.jte", new ArticlePage(frame, view)),
        StandardCharsets.UTF_8);
  }

  @Test
  void theFrameTheBackLinkAndThePassageAreLabelledInSpanish() {
    assertThat(render("es"))
        .contains(
            "<html lang=\"es\">",
            "← Volver al resumen",
            "El artículo detrás de “Valle Hondo cierra su puente”",
            "El pasaje que vino a ver",
            "Mostrarla en el artículo",
            "Ir al contenido")
        .doesNotContain("Back to the briefing", "The passage you came to see", "Skip to");
    assertThat(render("en")).contains("← Back to the briefing", "The passage you came to see");
  }
}
