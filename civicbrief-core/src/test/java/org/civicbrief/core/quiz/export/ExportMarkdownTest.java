package org.civicbrief.core.quiz.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ExportMarkdownTest {

  private final String md =
      new String(new ExportMarkdown().export(QuizFixtures.briefing()), StandardCharsets.UTF_8);

  @Test
  void questions_are_numbered_with_lettered_options_and_the_answer_key_comes_last() {
    int key = md.indexOf("\n## Answer key\n");

    assertThat(md)
        .startsWith("# Quiz: Council sets {budget} = $4 million: \"roads \\~ bridges\" #1\n");
    assertThat(key).isGreaterThan(md.lastIndexOf("   - D. "));
    assertThat(md.substring(0, key))
        .containsSubsequence(
            "\n1. How big",
            "   - A. $2 {million}\n",
            "   - B. $4 million\n",
            "   - C. \\<none\\> & \"other\"\n",
            "   - D. C:\\\\roads \\~ Zoë #2\n",
            "\n2. True or false: Mayor Zoë Ruiz",
            "   - T. True\n   - F. False\n",
            "\n3. ",
            "\n4. Who must approve");
    assertThat(md.substring(0, key)).doesNotContain("Correct.", "The answer is");
  }

  @Test
  void the_answer_key_gives_letter_answer_and_explanation_for_each_question() {
    String key = md.substring(md.indexOf("\n## Answer key\n"));

    assertThat(key)
        .containsSubsequence(
            "\n1. **B. $4 million**: The answer is $4 million.",
            "\n2. **T. True**: True. The article reports",
            "\n3. **F. False**: False.",
            "\n4. **C. The city council**: The city council adopts");
  }

  @Test
  void the_article_is_linked_once_and_a_background_answer_cites_its_card() {
    assertThat(md)
        .contains(
            "Questions about [Council sets {budget} = $4 million: \"roads \\~ bridges\" #1]"
                + "(https://ledger.example/news/budget?year=2025&part=1).")
        .contains("Source: [Municipal budgets explained](https://civics.example/budgets).\n");
  }

  @Test
  void markup_in_the_text_is_escaped_so_it_prints_as_written() {
    assertThat(md).contains("\\<b\\>bold\\</b\\> & more?").doesNotContain("<b>");
  }
}
