package org.civicbrief.core.civic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PatternSyntaxTest {

  @Test
  void theRequiredWordIsTheLeadingRunOfLettersLessAnOptionalLastOne() {
    assertThat(PatternSyntax.requiredWord("War Powers Resolution")).contains("war");
    assertThat(PatternSyntax.requiredWord("tariffs?")).contains("tariff");
    assertThat(PatternSyntax.requiredWord("colou?r")).contains("colo");
    assertThat(PatternSyntax.requiredWord("impeach(ed)?")).contains("impeach");
    assertThat(PatternSyntax.requiredWord("FTOs?")).contains("fto");
    assertThat(PatternSyntax.requiredWord("impeach(ment|ed)")).contains("impeach");
    assertThat(PatternSyntax.requiredWord("debt (?:limit|ceiling)")).contains("debt");
  }

  @Test
  void noWordIsRequiredWhenThePatternDoesNotStartWithThreeSureLetters() {
    // Any alternation, even inside a group, turns the shortcut off: simple beats clever here.
    assertThat(PatternSyntax.requiredWord("Senate|House")).isEmpty();
    assertThat(PatternSyntax.requiredWord("impeach|remove(?:d|s)")).isEmpty();
    assertThat(PatternSyntax.requiredWord("ab[|]c|d")).isEmpty();
    assertThat(PatternSyntax.requiredWord("[Tt]reaty")).isEmpty();
    assertThat(PatternSyntax.requiredWord("U\\.S\\. Code")).isEmpty();
    assertThat(PatternSyntax.requiredWord("ab?c")).isEmpty();
    assertThat(PatternSyntax.requiredWord("(?:first|1st) amendment")).isEmpty();
  }

  @Test
  void everyMatchContainsTheRequiredWordInLowerCase() {
    List<String> patterns =
        List.of(
            "tariffs?",
            "War Powers Resolution",
            "colou?r",
            "impeach(ed)?",
            "FTOs?",
            "impeach(ment|ed)",
            "debt (?:limit|ceiling)");
    List<String> texts =
        List.of(
            "New TARIFFS were announced.",
            "the war   powers resolution applies",
            "The colour of law",
            "He was impeached twice.",
            "two FTOs were named",
            "the impeachment trial",
            "a DEBT Ceiling vote");
    for (String p : patterns) {
      Optional<String> word = PatternSyntax.requiredWord(p);
      for (String t : texts) {
        if (PatternSyntax.compile(p, false).matcher(t).find()) {
          assertThat(t.toLowerCase(Locale.ROOT)).as(p + " in " + t).contains(word.orElseThrow());
        }
      }
    }
  }

  @Test
  void lettersThatFoldToAsciiTurnTheShortcutOff() {
    // Case folding matches the Kelvin sign to k, which lower-casing leaves alone.
    assertThat(PatternSyntax.compile("kelp", false).matcher("\u212Aelp").find()).isTrue();
    assertThat(PatternSyntax.foldsBeyondLowerCase("\u212Aelp beds")).isTrue();
    assertThat(PatternSyntax.foldsBeyondLowerCase("dotless \u0131")).isTrue();
    assertThat(PatternSyntax.foldsBeyondLowerCase("plain text, İstanbul")).isFalse();
  }
}
