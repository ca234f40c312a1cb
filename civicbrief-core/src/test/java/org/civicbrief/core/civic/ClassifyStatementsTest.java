package org.civicbrief.core.civic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.civicbrief.core.text.AnnotatedArticle;
import org.junit.jupiter.api.Test;

class ClassifyStatementsTest {

  private final ClassifyStatements classify = new ClassifyStatements();

  private Statement only(String sentence) {
    List<Statement> all = classify.classify(TinyAnnotator.annotate(sentence));
    assertThat(all).hasSize(1);
    return all.getFirst();
  }

  @Test
  void readsAModalCallAddressedToThePublicAsAdvocacy() {
    Statement s = only("Parents who care about the school should call the board before Friday.");
    assertThat(s.kind()).isEqualTo(StatementKind.ADVOCACY);
    assertThat(s.reason()).contains("should call");
  }

  @Test
  void readsAnImperativeAsAdvocacy() {
    assertThat(only("Call your senator before the vote on Friday.").kind())
        .isEqualTo(StatementKind.ADVOCACY);
  }

  @Test
  void leavesAShouldInsideQuotationMarksToItsSpeaker() {
    Statement s = only("“Congress should act now,” the senator said at the hearing.");
    assertThat(s.kind()).isEqualTo(StatementKind.REPORTING);
  }

  @Test
  void leavesAnAttributedShouldToTheSourceThatSaysIt() {
    Statement s = only("Critics say the governor should withdraw the order.");
    assertThat(s.kind()).isEqualTo(StatementKind.REPORTING);
    AnnotatedArticle a =
        TinyAnnotator.annotate("Critics say the governor should withdraw the order.");
    assertThat(classify.classify(a).getFirst().speaker())
        .hasValueSatisfying(e -> assertThat(e.in(a.text())).isEqualTo("Critics"));
  }

  @Test
  void leavesAShouldInARelativeClauseToThePeopleItDescribes() {
    Statement s = only("The governor defied lawmakers who say she should withdraw the troops.");
    assertThat(s.kind()).isEqualTo(StatementKind.REPORTING);
    assertThat(s.speaker()).isEmpty();
  }

  @Test
  void readsAViewFramedAsSomeonesAsReporting() {
    assertThat(only("Her message is that any fight against crime must respect borders.").kind())
        .isEqualTo(StatementKind.REPORTING);
  }

  @Test
  void readsAPrescriptiveShouldWithoutACallAsOpinion() {
    assertThat(only("The state should fund the program for another year.").kind())
        .isEqualTo(StatementKind.OPINION);
  }

  @Test
  void readsAMustThatStatesALegalRequirementAsReporting() {
    assertThat(only("Under the statute, the governor must obtain approval after 30 days.").kind())
        .isEqualTo(StatementKind.REPORTING);
  }

  @Test
  void readsAnUnattributedLegalVerdictAsTheArticlesOpinion() {
    Statement s = only("A raid across the border would violate the treaty.");
    assertThat(s.kind()).isEqualTo(StatementKind.OPINION);
    assertThat(s.reason()).contains("legal judgement");
  }

  @Test
  void readsAnAttributedLegalVerdictAsReporting() {
    assertThat(only("Officials argue that a raid would violate the treaty.").kind())
        .isEqualTo(StatementKind.REPORTING);
  }

  @Test
  void readsTheWritersFirstPersonAsOpinion() {
    assertThat(only("We believe the plan has been handled badly.").kind())
        .isEqualTo(StatementKind.OPINION);
    assertThat(only("We urge readers to attend the hearing.").kind())
        .isEqualTo(StatementKind.ADVOCACY);
  }

  @Test
  void readsTheCountrysInitialsAsReportingNotTheWritersUs() {
    assertThat(only("A US District Judge in Port Alder extended the order on Monday.").kind())
        .isEqualTo(StatementKind.REPORTING);
    assertThat(only("The firm sold its US operations to a group of investors.").kind())
        .isEqualTo(StatementKind.REPORTING);
  }

  @Test
  void readsAModalInAReportedQuestionAsReporting() {
    assertThat(
            only("The hearing was to decide whether the dock permit ought to be turned into a"
                    + " lasting one.")
                .kind())
        .isEqualTo(StatementKind.REPORTING);
  }

  @Test
  void readsStrongEvaluativeWordsAsOpinion() {
    assertThat(only("The deployment is a reckless use of public money.").reason())
        .contains("reckless");
  }

  @Test
  void readsPlainReportingAsReporting() {
    Statement s = only("The governor signed the order on February 3.");
    assertThat(s.kind()).isEqualTo(StatementKind.REPORTING);
    assertThat(s.cue()).isEmpty();
  }

  @Test
  void treatsATitleCasedLineAsAHeadingNotAClaim() {
    List<Statement> all =
        classify.classify(
            TinyAnnotator.annotate("Should the Guard Stay?\nThe governor signed the order."));
    assertThat(all).extracting(Statement::kind).containsOnly(StatementKind.REPORTING);
  }
}
