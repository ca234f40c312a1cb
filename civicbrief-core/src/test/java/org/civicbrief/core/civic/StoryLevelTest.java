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
          The City Council passed the budget. Mayor Toller signed it on Friday. | LOCAL
          The county board of supervisors met. The school board chair objected. | LOCAL
          La Legislatura aprobó el presupuesto. El gobernador lo firmó el viernes. | STATE
          Los votantes aprobaron la Proposición 12. La redistribución de distritos sigue. | STATE
          El Congreso aprobó la ley. El presidente la firmó el viernes. | FEDERAL
          El presidente quiso destituir a una gobernadora de la Reserva Federal. Ella demandó. | FEDERAL
          El alcalde vetó el plan. El concejo municipal votará de nuevo. | LOCAL
          """)
  void readsTheLevelFromTheInstitutionsTheStoryNames(String text, StoryLevel level) {
    AnnotatedArticle a = TinyAnnotator.annotate(text);
    assertThat(StoryLevel.of(a, Layout.of(a))).isEqualTo(level);
  }
}
