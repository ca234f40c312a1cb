package org.civicbrief.core.story;

import static org.assertj.core.api.Assertions.assertThat;

import org.civicbrief.core.article.Article;
import org.civicbrief.core.civic.TinyAnnotator;
import org.civicbrief.core.text.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/** The words story assignment compares, read from an article's tokens. */
class ArticleWordsTest {

  private static final String TEXT =
      """
      Ferry Board Raises Fares

      The ferry board of Port Alder raised fares for 1,500 riders in 2025.

      Commuters said the fares hurt. Board chair Marta Quill defended the vote.
      """;

  @Test
  void theLeadCountsThreeTimesAndTheRestOnce() {
    ArticleWords.Counts counts = ArticleWords.of(TinyAnnotator.annotate(TEXT));

    assertThat(counts.terms().get("ferry")).isEqualTo(2f * ArticleWords.LEAD_WEIGHT);
    assertThat(counts.terms().get("commuters")).isEqualTo(1f);
    assertThat(counts.terms().get("fares")).isEqualTo(2f * ArticleWords.LEAD_WEIGHT + 1);
  }

  @Test
  void namesAreRunsOfCapitalizedWordsButNotASentencesFirstWordAlone() {
    ArticleWords.Counts counts = ArticleWords.of(TinyAnnotator.annotate(TEXT));

    assertThat(counts.names()).containsKeys("port", "alder", "marta", "quill");
    assertThat(counts.names()).doesNotContainKey("commuters");
  }

  @Test
  void numbersLoseTheirThousandsSeparatorAndYearsAreLeftOut() {
    ArticleWords.Counts counts = ArticleWords.of(TinyAnnotator.annotate(TEXT));

    assertThat(counts.numbers()).containsOnlyKeys("1500");
  }

  private static final String SPANISH =
      """
      La Corte Suprema bloquea el cierre del puerto de Alder

      La Corte Suprema de Estados Unidos bloqueó el martes la orden ejecutiva que cerraba el puerto \
      de Alder a 1.500 barcos pesqueros.

      Los jueces dijeron que el gobierno no explicó la medida. La alcaldesa Marta Quill celebró la \
      decisión del tribunal.
      """;

  private static final String ENGLISH =
      """
      Supreme Court blocks the closing of Alder harbor

      The Supreme Court on Tuesday blocked the executive order that closed Alder harbor to 1,500
      fishing boats.

      The judges said the government did not explain the measure. Mayor Marta Quill welcomed the
      court's decision.
      """;

  @Test
  void aSpanishArticlesWordsAreCountedInEnglishWithoutItsFunctionWords() {
    ArticleWords.Counts counts = ArticleWords.of(spanish(SPANISH));

    assertThat(counts.terms()).containsKeys("supreme", "court", "executive", "order", "judges");
    assertThat(counts.terms()).doesNotContainKeys("corte", "los", "que", "del", "barcos");
    assertThat(counts.names()).containsKeys("supreme", "court", "united", "states", "alder");
    assertThat(counts.names()).doesNotContainKeys("la", "los", "corte");
    assertThat(counts.numbers()).containsOnlyKeys("1500");
  }

  @Test
  void theSameStoryInSpanishAndEnglishSharesMostOfItsSpanishWords() {
    var spanish = ArticleWords.of(spanish(SPANISH)).terms().keySet();
    var english = ArticleWords.of(TinyAnnotator.annotate(ENGLISH)).terms().keySet();

    long shared = spanish.stream().filter(english::contains).count();
    assertThat(shared).isGreaterThanOrEqualTo(spanish.size() / 2);
  }

  @Test
  void aSpanishArticleIsEmbeddedInItsEnglishWords() {
    String english = ArticleWords.inEnglish(spanish(SPANISH));

    assertThat(english).startsWith("supreme court blocks shutdown alder");
    assertThat(english).doesNotContain(" la ", " los ", "corte");
  }

  private static AnnotatedArticle spanish(String text) {
    AnnotatedArticle a = TinyAnnotator.annotate(text);
    Article es = Article.ofText(text, "test", "es");
    return new AnnotatedArticle(es, a.sentences(), a.mentions());
  }
}
