package org.civicbrief.app.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import org.civicbrief.app.SharedPipeline;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.briefing.SourceKind;
import org.civicbrief.core.briefing.SourceRef;
import org.junit.jupiter.api.Test;

/**
 * A company that speaks is an organization and "the court" an official source, neither a person
 * (R18 listed "TikTok (person)" and "the court (person)" among the sources).
 */
class SourceKindsTest {

  @Test
  void aCompanyIsAnOrganizationAndACourtAnOfficialSource() {
    Briefing b =
        SharedPipeline.pipeline()
            .brief(SharedPipeline.article("/briefing/source-kinds.txt", "2025-05-06"))
            .briefing();
    assertThat(b.sources())
        .filteredOn(s -> s.name().equals("Harbor Ferries"))
        .extracting(SourceRef::kind)
        .containsOnly(SourceKind.ORGANIZATION);
    assertThat(b.sources())
        .filteredOn(s -> s.name().equalsIgnoreCase("the court"))
        .extracting(SourceRef::kind)
        .containsOnly(SourceKind.OFFICIAL);
    assertThat(b.sources())
        .filteredOn(s -> s.name().contains("Brandt"))
        .extracting(SourceRef::kind)
        .containsOnly(SourceKind.PERSON);
  }
}
