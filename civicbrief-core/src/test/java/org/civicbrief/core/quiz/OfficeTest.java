package org.civicbrief.core.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class OfficeTest {

  @Test
  void readsTheKindOfOfficeARoleNames() {
    assertThat(Office.of("U.S. District Judge")).contains(Office.JUDGE);
    assertThat(Office.of("Chief Justice")).contains(Office.JUSTICE);
    assertThat(Office.of("Texas Republican Gov.")).contains(Office.GOVERNOR);
    assertThat(Office.of("Federal Reserve Governor")).contains(Office.CENTRAL_BANKER);
    assertThat(Office.of("Sen.")).contains(Office.SENATOR);
    assertThat(Office.of("House Speaker")).contains(Office.REPRESENTATIVE);
    assertThat(Office.of("Mexican President")).contains(Office.FOREIGN_LEADER);
    assertThat(Office.of("President")).contains(Office.PRESIDENT);
    assertThat(Office.of("President of Ukraine")).contains(Office.FOREIGN_LEADER);
    assertThat(Office.of("President of the United States (as of April 24, 2024)"))
        .contains(Office.PRESIDENT);
    assertThat(Office.of("Vice President")).contains(Office.VICE_PRESIDENT);
    assertThat(Office.of("Homeland Security Secretary")).contains(Office.CABINET);
    assertThat(Office.of("state’s attorney general")).contains(Office.ATTORNEY_GENERAL);
  }

  @Test
  void aStatesJusticeIsAStateJudgeAndTheNationsAJustice() {
    assertThat(Office.of("Justice")).contains(Office.JUSTICE);
    assertThat(Office.of("Associate Justice of the Supreme Court (as of June 27, 2025)"))
        .contains(Office.JUSTICE);
    assertThat(Office.of("New York Supreme Court Justice")).contains(Office.STATE_JUDGE);
  }

  @Test
  void aStateOrCountyCourtsJudgeHasNoFederalJudgesAsPeers() {
    assertThat(Office.of("Superior Court Judge")).contains(Office.STATE_JUDGE);
    assertThat(Office.of("Cook County Circuit Judge")).contains(Office.STATE_JUDGE);
    assertThat(Office.of("Texas district judge")).contains(Office.STATE_JUDGE);
    assertThat(Office.STATE_JUDGE.local()).isTrue();
    assertThat(Office.of("US District Judge")).contains(Office.JUDGE);
  }

  @Test
  void knowsNoPoolForLocalOrStateOfficesItCannotMatch() {
    assertThat(Office.of("Will County Executive")).isEqualTo(Optional.empty());
    assertThat(Office.of("state Senate minority leader")).isEqualTo(Optional.empty());
    assertThat(Office.of("Department of Justice spokesperson")).isEqualTo(Optional.empty());
  }

  @Test
  void aStatesSecretaryOrAttorneyGeneralIsNoCabinetMember() {
    // A federal secretary offered for what a state's secretary of state did is implausible (D1).
    assertThat(Office.of("Colorado Secretary of State")).isEqualTo(Optional.empty());
    assertThat(Office.of("Oregon Attorney General")).isEqualTo(Optional.empty());
    assertThat(Office.of("Secretary of State")).contains(Office.CABINET);
    assertThat(Office.of("U.S. Attorney General")).contains(Office.ATTORNEY_GENERAL);
  }
}
