package org.civicbrief.app.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.civicbrief.app.SharedPipeline;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.briefing.Quote;
import org.junit.jupiter.api.Test;

/**
 * "Quill said she was “not persuaded” that …": a short quotation inside a named person's report of
 * speech is that person's words, and a reader expects it among the quotes (R19 found briefings with
 * no quotes section where a judge and a treasurer were quoted so). A term ("known as “…”") and an
 * order's wording (", which called on …") stay out.
 */
class ShortQuotesTest {

  @Test
  void aShortQuotationInANamedPersonsReportIsTheirs() {
    Briefing b =
        SharedPipeline.pipeline()
            .brief(SharedPipeline.article("/briefing/speaker-short-quotes.txt", "2025-09-16"))
            .briefing();
    assertThat(b.quotes())
        .extracting(Quote::speaker, q -> q.text().replaceAll("[.,]$", ""))
        .containsExactly(
            tuple("Marta Quill", "not persuaded"), tuple("Ana Brill", "waste public money"));
  }
}
