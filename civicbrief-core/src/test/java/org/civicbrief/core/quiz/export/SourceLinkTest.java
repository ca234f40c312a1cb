package org.civicbrief.core.quiz.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.civicbrief.core.article.Article;
import org.junit.jupiter.api.Test;

class SourceLinkTest {

  @Test
  void an_article_is_cited_by_title_and_canonical_url() {
    SourceLink s = SourceLink.article(QuizFixtures.article());

    assertThat(s.label()).isEqualTo(QuizFixtures.TITLE);
    assertThat(s.url()).contains(QuizFixtures.URL);
  }

  @Test
  void without_a_title_or_url_the_origin_is_cited() {
    SourceLink s = SourceLink.article(Article.ofText("Some text.", "notes/budget.txt"));

    assertThat(s).isEqualTo(new SourceLink("notes/budget.txt", Optional.empty()));
    assertThat(s.text()).isEqualTo("notes/budget.txt");
  }

  @Test
  void a_url_that_is_not_http_never_becomes_a_link() {
    Article a = Article.ofText("Some text.", "x.html").withCanonicalUrl("javascript:alert(1)");

    assertThat(SourceLink.article(a).url()).isEmpty();
    assertThat(SourceLink.article(a).html()).doesNotContain("href");
  }

  @Test
  void a_card_citation_is_split_into_title_and_link() {
    assertThat(SourceLink.citation("War Powers Resolution (https://law.example/50/1541)."))
        .isEqualTo(
            new SourceLink("War Powers Resolution", Optional.of("https://law.example/50/1541")));
    assertThat(SourceLink.citation("Act (1973) https://law.example/act").label())
        .isEqualTo("Act (1973)");
    assertThat(SourceLink.citation("Library of Congress").url()).isEmpty();
  }
}
