package org.civicbrief.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.civicbrief.core.civic.Officeholders;
import org.civicbrief.core.civic.Officeholders.Tenure;
import org.junit.jupiter.api.Test;

class LoadOfficeholdersTest {

  private final Officeholders table = new LoadOfficeholders().load();

  @Test
  void givesTheOfficeHeldOnTheDateAndNoneOutsideTheTenure() {
    assertThat(table.heldBy("Donald Trump", LocalDate.of(2025, 4, 1)))
        .map(Tenure::office)
        .contains("President of the United States");
    assertThat(table.heldBy("Donald Trump", LocalDate.of(2023, 6, 1))).isEmpty();
    assertThat(table.heldBy("Joe Biden", LocalDate.of(2023, 6, 1)))
        .map(Tenure::office)
        .contains("President of the United States");
    assertThat(table.heldBy("Schumer", LocalDate.of(2024, 5, 1)))
        .map(Tenure::office)
        .contains("Senate Majority Leader");
    assertThat(table.heldBy("Schumer", LocalDate.of(2025, 5, 1)))
        .map(Tenure::office)
        .contains("Senate Minority Leader");
  }

  @Test
  void everyTenureCitesAnOfficialPageAndOneOfficeHasOneHolderAtATime() {
    List<String> single =
        List.of(
            "President of the United States",
            "Vice President of the United States",
            "Speaker of the House",
            "Chief Justice of the United States",
            "Secretary of State",
            "Attorney General");
    for (Tenure t : table.tenures()) {
      assertThat(t.source()).as(t.names().getFirst()).startsWith("http");
      if (!single.contains(t.office())) {
        continue;
      }
      for (Tenure o : table.tenures()) {
        if (o != t && o.office().equals(t.office()) && !o.names().equals(t.names())) {
          boolean overlap =
              !o.start().isAfter(t.end().orElse(LocalDate.MAX).minusDays(1))
                  && !t.start().isAfter(o.end().orElse(LocalDate.MAX).minusDays(1));
          assertThat(overlap).as(t.names().getFirst() + " and " + o.names().getFirst()).isFalse();
        }
      }
    }
  }

  @Test
  void everyOfficeHasASpanishFormForSpanishBriefings() {
    java.util.Map<String, String> spanish = org.civicbrief.core.text.WordList.tableOf("offices-es");
    for (Tenure t : table.tenures()) {
      assertThat(spanish).as(t.office()).containsKey(t.office());
      assertThat(spanish.get(t.office()).split(";")).as(t.office()).hasSize(2);
    }
  }

  @Test
  void refusesALineWithoutItsFiveFieldsNamingTheLine() {
    assertThatThrownBy(
            () -> LoadOfficeholders.parse(List.of("# header", "Ada Brill\tMayor\t2020-01-01")))
        .isInstanceOf(InvalidCardException.class)
        .hasMessageContaining("line 2");
    assertThatThrownBy(
            () ->
                LoadOfficeholders.parse(
                    List.of("Ada Brill\tMayor\t2020-01-01\t2019-01-01\thttps://example.gov")))
        .hasMessageContaining("ends before it starts");
  }
}
