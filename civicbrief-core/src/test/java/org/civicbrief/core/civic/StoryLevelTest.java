package org.civicbrief.core.civic;

import static org.assertj.core.api.Assertions.assertThat;

import org.civicbrief.core.text.AnnotatedArticle;
import org.civicbrief.core.text.Layout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StoryLevelTest {

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          The state legislature passed the budget. The governor signed it on Friday. | STATE
          Gov. Harlow vetoed the bill. The state Senate will vote on an override. | STATE
          The Ohio Supreme Court struck down the map. The redistricting fight goes on. | STATE
          Voters approved Proposition 12. The Legislature must now fund it. | STATE
          Congress passed the bill. The president signed it on Friday. | FEDERAL
          The president moved to fire a Fed governor. The Federal Reserve governor sued. | FEDERAL
          The U.S. Supreme Court heard the case. The justices seemed split. | FEDERAL
          The bakery opened a second shop on Main Street. It sells rye bread. | FEDERAL
          """)
  void readsTheLevelFromTheInstitutionsTheStoryNames(String text, StoryLevel level) {
    AnnotatedArticle a = TinyAnnotator.annotate(text);
    assertThat(StoryLevel.of(a, Layout.of(a))).isEqualTo(level);
  }
}
