package org.civicbrief.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.civicbrief.ingest.extract.Extraction;
import org.junit.jupiter.api.Test;

class ReadPlainTextTest {

  private final ReadPlainText read = new ReadPlainText();

  @Test
  void aShortFirstLineFollowedByABlankLineIsTheTitle() {
    Extraction e =
        read.read("Harbor ferry fares to rise in June\n\nThe harbor authority said on Friday.");
    assertThat(e.title()).contains("Harbor ferry fares to rise in June");
    assertThat(e.titleInText()).isTrue();
    assertThat(e.body()).isEqualTo("\nThe harbor authority said on Friday.");
  }

  @Test
  void aShortFirstLineAboveALongParagraphLineIsTheTitle() {
    Extraction e =
        read.read(
            "Harbor ferry fares to rise in June\nThe harbor authority said on Friday that fares on all"
                + " three ferry routes will rise by fifty cents from the first of June.");
    assertThat(e.title()).contains("Harbor ferry fares to rise in June");
  }

  @Test
  void aShortFirstLineAboveAShortStandfirstIsTheTitleWhenParagraphsAreNotWrapped() {
    Extraction e =
        read.read(
            "Harbor ferry fares to rise in June\nA new boat for the island route\nThe harbor"
                + " authority said on Friday that fares on all three ferry routes will rise by fifty"
                + " cents from the first of June.");
    assertThat(e.title()).contains("Harbor ferry fares to rise in June");
  }

  @Test
  void theFirstLineOfAHardWrappedParagraphIsNotATitle() {
    Extraction e =
        read.read(
            "The harbor authority said on Friday that fares on all three ferry\n"
                + "routes will rise by fifty cents from the first of June, the first\n"
                + "increase in four years.");
    assertThat(e.title()).isEmpty();
    assertThat(e.titleInText()).isFalse();
  }

  @Test
  void aFirstLineEndingInAPeriodIsNotATitle() {
    Extraction e = read.read("Fares are rising.\n\nThe harbor authority said so on Friday.");
    assertThat(e.title()).isEmpty();
  }

  @Test
  void aFirstLineOfMoreThanFifteenWordsIsNotATitle() {
    Extraction e =
        read.read(
            "One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen"
                + " sixteen\n\nMore text.");
    assertThat(e.title()).isEmpty();
  }

  @Test
  void aSingleLineIsNotATitle() {
    assertThat(read.read("Harbor ferry fares to rise in June").title()).isEmpty();
  }

  @Test
  void normalizesLineEndsByteOrderMarkAndTrailingSpaces() {
    Extraction e =
        read.read("\uFEFFFerry fares rise  \r\n\r\nFirst line.\t \rSecond line.\r\n\r\n");
    assertThat(e.text()).isEqualTo("Ferry fares rise\n\nFirst line.\nSecond line.");
    assertThat(e.title()).contains("Ferry fares rise");
  }

  @Test
  void keepsTheTextOtherwiseUnchanged() {
    String text = "first line without a capital, and a comma,\n  indented   second line\n\n\nthird";
    assertThat(read.read(text).text()).isEqualTo(text);
  }
}
