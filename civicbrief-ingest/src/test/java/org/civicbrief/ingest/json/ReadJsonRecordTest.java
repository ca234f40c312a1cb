package org.civicbrief.ingest.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.civicbrief.core.common.Outcome;
import org.civicbrief.ingest.extract.Extraction;
import org.junit.jupiter.api.Test;

class ReadJsonRecordTest {

  private final ReadJsonRecord read = new ReadJsonRecord();

  @Test
  void keepsTheTextExactlyAsGiven() {
    Outcome<Extraction> e =
        read.read(
            "{\"id\": \"r-7\", \"text\": \"  Line one.\\r\\nLine two  \\n\\n\\tCaf\\u00e9 \\u2014 ok \","
                + " \"title\": \"Headline\"}");
    assertThat(e.value().text()).isEqualTo("  Line one.\r\nLine two  \n\n\tCaf\u00e9 \u2014 ok ");
    assertThat(e.value().title()).contains("Headline");
    assertThat(e.value().titleInText()).isFalse();
    assertThat(e.value().origin()).contains("r-7");
  }

  @Test
  void acceptsArticleInPlaceOfText() {
    assertThat(read.read("{\"article\": \"Body.\"}").value().text()).isEqualTo("Body.");
  }

  @Test
  void readsMetadataAndDates() {
    Extraction e =
        read.read(
                "{\"text\": \"Body.\", \"url\": \"https://paper.example/a\", \"published\":"
                    + " \"2031-03-04T23:30:00-08:00\", \"publisher\": \"The Paper\", \"byline\": \"Jo"
                    + " Park\"}")
            .value();
    assertThat(e.imprint().published()).contains(LocalDate.of(2031, 3, 4));
    assertThat(e.imprint().canonicalUrl()).contains("https://paper.example/a");
    assertThat(e.origin()).contains("https://paper.example/a");
    assertThat(e.imprint().publisher()).contains("The Paper");
    assertThat(e.imprint().byline()).contains("Jo Park");
  }

  @Test
  void readsAPlainIsoDate() {
    assertThat(
            read.read("{\"text\": \"B.\", \"published\": \"2031-03-04\"}")
                .value()
                .imprint()
                .published())
        .contains(LocalDate.of(2031, 3, 4));
  }

  @Test
  void saysWhenThePublishedDateIsNotADate() {
    assertThat(read.read("{\"text\": \"B.\", \"published\": \"last Tuesday\"}").reason())
        .contains("\"last Tuesday\" is not an ISO date");
  }

  @Test
  void saysWhenTheTextIsMissingOrNotAString() {
    assertThat(read.read("{\"title\": \"T\"}").reason()).contains("no \"text\"");
    assertThat(read.read("{\"text\": 42}").reason()).contains("must be a string, not number");
  }

  @Test
  void saysWhenTheInputIsNotOneJsonObject() {
    assertThat(read.read("{\"text\": \"a\"}\n{\"text\": \"b\"}").reason())
        .startsWith("this is not a single JSON object");
    assertThat(read.read("[1, 2]").reason()).contains("must be an object");
    assertThat(read.read("{\"text\": ").reason()).startsWith("this is not a single JSON object");
  }
}
