package org.civicbrief.web.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.civicbrief.core.article.Article;
import org.civicbrief.core.briefing.BriefItem;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.briefing.Evidence;
import org.civicbrief.core.briefing.Headline;
import org.civicbrief.core.briefing.TestBriefing;
import org.civicbrief.web.briefing.ShowBriefing;
import org.civicbrief.web.http.PageFrame;
import org.civicbrief.web.http.Templates;
import org.junit.jupiter.api.Test;

/**
 * The editor's review of a Spanish briefing previews it as readers will see it: Spanish section
 * headings inside a {@code lang="es"} preview, the desk around it in English (issue 19: the editor
 * pages showed a Spanish briefing under English headings).
 */
class ReviewPreviewSpanishTest {

  private static final String TEXT =
      "La alcaldesa Inés Vidal cerró el puente de Valle Hondo el lunes. Vidal pidió paciencia.";

  private static String render(String language) {
    String lead = "La alcaldesa Inés Vidal cerró el puente de Valle Hondo el lunes.";
    Evidence at = new Evidence(0, 0, lead.length());
    Article article =
        new Article(
            TEXT,
            Optional.of("Valle Hondo cierra su puente"),
            false,
            Optional.empty(),
            Optional.empty(),
            Optional.of(LocalDate.of(2025, 6, 2)),
            Optional.empty(),
            Optional.empty(),
            language,
            "puente.txt");
    BriefItem item = new BriefItem(lead, at, List.of(), false);
    Briefing b =
        TestBriefing.of(article, new Headline(lead, Optional.of(at)), item)
            .summary(List.of(item))
            .build();
    PageFrame frame =
        new PageFrame(
            "Review: Valle Hondo",
            "/assets/site.css",
            List.of(),
            Optional.empty(),
            Optional.empty(),
            true,
            "editor",
            Optional.empty());
    ReviewPage page =
        new ReviewPage(
            frame,
            "token",
            7,
            "draft",
            List.of(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            ShowBriefing.view(7, b, e -> "#s" + e.start(), 0, "/editor/briefings/7/article"),
            Optional.empty(),
            List.of(),
            List.of(),
            language);
    return new String(new Templates().render("editor/review.jte", page), StandardCharsets.UTF_8);
  }

  @Test
  void aSpanishBriefingIsPreviewedUnderSpanishHeadingsInsideTheEnglishDesk() {
    assertThat(render("es"))
        .contains(
            "<html lang=\"en\">", "Review of briefing 7", "<div class=\"preview\" lang=\"es\">")
        .contains(">Resumen</h2>")
        .doesNotContain(">Summary</h2>");
    assertThat(render("en")).contains("<div class=\"preview\" lang=\"en\">", ">Summary</h2>");
  }
}
