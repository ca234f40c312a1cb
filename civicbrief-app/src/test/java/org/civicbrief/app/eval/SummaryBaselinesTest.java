package org.civicbrief.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.civicbrief.core.article.Article;
import org.civicbrief.core.text.AnnotatedArticle;
import org.junit.jupiter.api.Test;

class SummaryBaselinesTest {

  private static AnnotatedArticle annotate(String text) {
    return new TinyAnnotate(Map.of()).annotate(Article.ofText(text, "test"));
  }

  @Test
  void leadTakesTheFirstSentencesAndNoMoreThanThereAre() {
    AnnotatedArticle a = annotate("One here.\nTwo here.\nThree here.\nFour here.");
    assertThat(new Lead().select(a, 3)).containsExactly(0, 1, 2);
    assertThat(new Lead().select(annotate("Only one."), 3)).containsExactly(0);
  }

  @Test
  void textRankPrefersTheSentenceTheOthersShareWordsWith() {
    AnnotatedArticle a =
        annotate(
            "Weather was mild across town.\n"
                + "The council approved the harbor budget and the ferry schedule.\n"
                + "The harbor budget grows next year.\n"
                + "The ferry schedule adds a night crossing.");
    assertThat(new TextRank().select(a, 1)).containsExactly(1);
  }

  @Test
  void summaryTextPutsEachChosenSentenceOnItsOwnLine() {
    AnnotatedArticle a = annotate("One here.\nTwo here.\nThree here.");
    assertThat(SummarizeEval.summaryText(a, List.of(0, 2))).isEqualTo("One here.\nThree here.");
  }

  @Test
  void namesTheOutletByTheUrl() {
    assertThat(
            SummaryRecord.sourceOf(
                "http://web.archive.org/web/2015id_/http://edition.cnn.com/2015/03/06/x.html"))
        .isEqualTo("CNN");
    assertThat(SummaryRecord.sourceOf("https://www.dailymail.co.uk/news/article-1.html"))
        .isEqualTo("Daily Mail");
    assertThat(SummaryRecord.sourceOf("")).isEqualTo("other");
  }
}
