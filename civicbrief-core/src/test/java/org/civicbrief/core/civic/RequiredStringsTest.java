package org.civicbrief.core.civic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RequiredStringsTest {

  private static List<List<String>> clauses(String pattern) {
    return RequiredStrings.of(pattern);
  }

  @Test
  void aWordLessAnOptionalEndingIsRequired() {
    assertThat(clauses("tariffs?")).containsExactly(List.of("tariff"));
    assertThat(clauses("impeach(ed)?")).containsExactly(List.of("impeach"));
    assertThat(clauses("FTOs?")).containsExactly(List.of("fto"));
    assertThat(clauses("impeach(ment|ed)")).containsExactly(List.of("impeachment", "impeached"));
    assertThat(clauses("colou?r")).containsExactly(List.of("colour", "color"));
    assertThat(clauses("ab?c")).containsExactly(List.of("abc", "ac"));
  }

  @Test
  void everyWordOfAPhraseIsRequiredTheLongestFirst() {
    assertThat(clauses("War Powers Resolution"))
        .containsExactly(List.of("resolution"), List.of("powers"), List.of("war"));
    assertThat(clauses("debt (?:limit|ceiling)"))
        .containsExactly(List.of("limit", "ceiling"), List.of("debt"));
    assertThat(clauses("(?:Fourteenth|14th) Amendment"))
        .containsExactly(List.of("amendment"), List.of("fourteenth", "14th"));
  }

  @Test
  void aWordTooShortToTellSentencesApartIsNotChecked() {
    assertThat(clauses("Article 2\\(4\\) of the Charter"))
        .containsExactly(
            List.of("article"), List.of("charter"), List.of("2(4)"), List.of("the"), List.of("of"));
    assertThat(clauses("a b")).containsExactly(List.of("a"));
  }

  @Test
  void anAlternationRequiresOneOfItsBranches() {
    assertThat(clauses("Senate|House")).containsExactly(List.of("senate", "house"));
    assertThat(clauses("impeach|remove(?:d|s)"))
        .containsExactly(List.of("impeach", "removed", "removes"));
    assertThat(clauses("ab[|]c|dog")).containsExactly(List.of("ab", "dog"));
    assertThat(clauses("Upper Basin|Lower Basin Board")).containsExactly(List.of("upper", "lower"));
  }

  @Test
  void escapedSignsAndSmallClassesAreSpelledOut() {
    assertThat(clauses("U\\.S\\. Code")).containsExactly(List.of("u.s."), List.of("code"));
    assertThat(clauses("212\\(f\\)")).containsExactly(List.of("212(f)"));
    assertThat(clauses("[Tt]reaty")).containsExactly(List.of("treaty"));
    assertThat(clauses("4120[AB]")).containsExactly(List.of("4120a", "4120b"));
  }

  @Test
  void whatALookaroundChecksIsNotRequired() {
    assertThat(clauses("(?<!Lower\\ )Valley Board"))
        .containsExactly(List.of("valley"), List.of("board"));
    assertThat(clauses("(?<=(?:North|South)\\ )Basin")).containsExactly(List.of("basin"));
    assertThat(clauses("river (?:board)(?! (?-i)[A-Z])"))
        .containsExactly(List.of("river"), List.of("board"));
  }

  @Test
  void nothingIsRequiredWhenAMatchCanDoWithoutAnyCertainText() {
    assertThat(clauses("(?:pond)?")).isEmpty();
    assertThat(clauses("x*y*")).isEmpty();
    assertThat(clauses("[^a-z]+ \\d+")).isEmpty();
    assertThat(clauses("canal|\\d+")).isEmpty();
    assertThat(clauses("(?:dam )?\\w+")).isEmpty();
  }

  @Test
  void constructsThatChangeHowTheRestReadsTurnTheReadingOff() {
    assertThat(clauses("(?x)levee # a comment")).isEmpty();
    assertThat(clauses("\\Qlevee\\E")).isEmpty();
    assertThat(clauses("(l)evee \\1")).isEmpty();
    assertThat(clauses("\\u0041queduct")).isEmpty();
  }

  @Test
  void everyMatchSatisfiesEveryClauseFolded() {
    List<String> patterns =
        List.of(
            "tariffs?",
            "War Powers Resolution",
            "colou?r",
            "impeach(ed)?",
            "FTOs?",
            "impeach(ment|ed)",
            "debt (?:limit|ceiling)",
            "Senate|House",
            "(?:state|states') water boards?",
            "(?<!Lower\\ )Valley Board",
            "Prop(?:osition)?\\.? \\d{1,3}",
            "(?:held|found) (?:\\w+ ){0,3}in contempt",
            "KELP",
            "kelp forests?");
    List<String> texts =
        List.of(
            "New TARIFFS were announced.",
            "the war   powers resolution applies",
            "The colour of law",
            "He was impeached twice.",
            "two FTOs were named",
            "the impeachment trial",
            "a DEBT Ceiling vote",
            "The house voted and the SENATE agreed.",
            "the states’ water board met",
            "the Upper Valley Board and the Lower Valley Board",
            "Voters passed Prop. 12 and Proposition 7.",
            "she was found, the judge said, in contempt",
            "\u212AELP harvests fell",
            "\u212Aelp fore\u017Fts grow fast");
    int matched = 0;
    for (String p : patterns) {
      List<List<String>> clauses = RequiredStrings.of(p);
      assertThat(clauses).as(p).isNotEmpty();
      for (String t : texts) {
        if (PatternSyntax.compile(p, false).matcher(t).find()) {
          matched++;
          String folded = fold(t);
          for (List<String> clause : clauses) {
            assertThat(clause.stream().anyMatch(folded::contains)).as(p + " in " + t).isTrue();
          }
        }
      }
    }
    assertThat(matched).isGreaterThanOrEqualTo(patterns.size());
  }

  @Test
  void foldingMapsEveryCharacterThatMatchesAnAsciiSignCaseInsensitivelyOntoIt() {
    // The Kelvin sign matches k, the long s matches s and the dotted capital I matches i: the
    // prefilter must find the required string wherever the expression would find a match.
    List<Pattern> singles = new ArrayList<>();
    List<Character> signs = new ArrayList<>();
    for (char p = 0x20; p < 0x7f; p++) {
      singles.add(Pattern.compile(Pattern.quote(String.valueOf(p)), PatternSyntax.IGNORE_CASE));
      signs.add(p);
      if (Character.isLetterOrDigit(p)) {
        singles.add(Pattern.compile("[" + p + "]", PatternSyntax.IGNORE_CASE));
        signs.add(p);
      }
    }
    List<String> mismatches = new ArrayList<>();
    for (int c = 0; c <= 0xffff; c++) {
      String s = String.valueOf((char) c);
      for (int i = 0; i < singles.size(); i++) {
        char p = signs.get(i);
        if (singles.get(i).matcher(s).matches()
            && RequiredStrings.fold((char) c) != RequiredStrings.fold(p)) {
          mismatches.add(Integer.toHexString(c) + " ~ " + p);
        }
      }
    }
    assertThat(mismatches).isEmpty();
    assertThat(PatternSyntax.compile("kelp", false).matcher("\u212Aelp").find()).isTrue();
    assertThat(RequiredStrings.fold('\u212A')).isEqualTo('k');
    assertThat(RequiredStrings.fold('\u0130')).isEqualTo('i');
  }

  private static String fold(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      out.append(RequiredStrings.fold(text.charAt(i)));
    }
    return out.toString();
  }
}
