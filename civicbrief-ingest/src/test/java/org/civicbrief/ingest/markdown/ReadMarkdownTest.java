package org.civicbrief.ingest.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.civicbrief.ingest.extract.Extraction;
import org.junit.jupiter.api.Test;

class ReadMarkdownTest {

  private final ReadMarkdown read = new ReadMarkdown();

  @Test
  void theFirstHeadingIsTheTitleInText() {
    Extraction e =
        read.read("# Ferry fares to rise\n\nThe harbor authority said so on *Friday*.\n");
    assertThat(e.title()).contains("Ferry fares to rise");
    assertThat(e.titleInText()).isTrue();
    assertThat(e.text())
        .isEqualTo("Ferry fares to rise\n\nThe harbor authority said so on Friday.");
  }

  @Test
  void turnsMarkupIntoPlainParagraphs() {
    String markdown =
        """
        # School board delays vote

        The **school board** voted to wait until
        [next month](https://board.example/agenda) before deciding on _later start times_.
        ![A classroom](classroom.jpg)

        ## What parents said

        - Some parents want more sleep for teenagers.
        - Others worry about `bus schedules`
          and after-school jobs.
        1. A third group asked for a survey.

        ```
        print("this code is not part of the story")
        ```

        > The board must listen to families, one parent said.

        ---

        Setext subheading
        -----------------

        A price of \\*5\\* dollars stays starred, and snake_case_names stay whole.
        """;
    assertThat(read.read(markdown).text())
        .isEqualTo(
            "School board delays vote\n\n"
                + "The school board voted to wait until next month before deciding on later start"
                + " times.\n\n"
                + "What parents said\n\n"
                + "Some parents want more sleep for teenagers.\n"
                + "Others worry about bus schedules and after-school jobs.\n"
                + "A third group asked for a survey.\n\n"
                + "The board must listen to families, one parent said.\n\n"
                + "Setext subheading\n\n"
                + "A price of *5* dollars stays starred, and snake_case_names stay whole.");
  }

  @Test
  void readsFrontMatterAsMetadata() {
    Extraction e =
        read.read(
            """
            ---
            title: "Ferry fares to rise"
            date: 2031-06-01T09:00:00Z
            author: [Ana Lima, Ben Cho]
            publisher: Harbor Weekly
            url: https://harbor.example/fares
            ---
            # Ferry fares to rise

            The harbor authority said so on Friday.
            """);
    assertThat(e.title()).contains("Ferry fares to rise");
    assertThat(e.imprint().published()).contains(LocalDate.of(2031, 6, 1));
    assertThat(e.imprint().byline()).contains("Ana Lima, Ben Cho");
    assertThat(e.imprint().publisher()).contains("Harbor Weekly");
    assertThat(e.imprint().canonicalUrl()).contains("https://harbor.example/fares");
    assertThat(e.text()).startsWith("Ferry fares to rise\n\nThe harbor").doesNotContain("title:");
  }

  @Test
  void aFrontMatterTitleOpensTheTextWhenThereIsNoHeading() {
    Extraction e =
        read.read("---\ntitle: Ferry fares to rise\n---\nThe harbor authority said so.\n");
    assertThat(e.titleInText()).isTrue();
    assertThat(e.text()).isEqualTo("Ferry fares to rise\n\nThe harbor authority said so.");
  }

  @Test
  void aHeadingAfterTheFirstParagraphIsNotTheTitleInText() {
    Extraction e = read.read("Some opening words.\n\n# Later heading\n\nMore words.");
    assertThat(e.titleInText()).isFalse();
    assertThat(e.title()).contains("Later heading");
  }
}
