package org.civicbrief.core.civic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RequiredStringsTest {

  @Test
  void aLeadingRunOfLettersLessAnOptionalLastOneIsRequired() {
    assertThat(RequiredStrings.of("tariffs?")).containsExactly("tariff");
    assertThat(RequiredStrings.of("colou?r")).containsExactly("colour", "color");
    assertThat(RequiredStrings.of("ab?c")).containsExactly("abc", "ac");
    assertThat(RequiredStrings.of("impeach(ed)?")).containsExactly("impeach");
    assertThat(RequiredStrings.of("FTOs?")).containsExactly("fto");
    assertThat(RequiredStrings.of("impeach(ment|ed)")).containsExactly("impeachment", "impeached");
  }

  @Test
  void theLongestWordOfAPhraseIsRequired() {
    assertThat(RequiredStrings.of("War Powers Resolution")).containsExactly("resolution");
    assertThat(RequiredStrings.of("debt (?:limit|ceiling)")).containsExactly("limit", "ceiling");
    assertThat(RequiredStrings.of("(?:Fourteenth|14th) Amendment")).containsExactly("amendment");
    assertThat(RequiredStrings.of("(?:first|1st) amendment")).containsExactly("amendment");
  }

  @Test
  void anAlternationRequiresOneOfItsBranches() {
    assertThat(RequiredStrings.of("Senate|House")).containsExactly("senate", "house");
    assertThat(RequiredStrings.of("impeach|remove(?:d|s)"))
        .containsExactly("impeach", "removed", "removes");
    assertThat(RequiredStrings.of("ab[|]c|dog")).containsExactly("ab", "dog");
  }

  @Test
  void escapedSignsAndSmallClassesAreSpelledOut() {
    assertThat(RequiredStrings.of("U\\.S\\. Code")).containsExactly("u.s.");
    assertThat(RequiredStrings.of("212\\(f\\)")).containsExactly("212(f)");
    assertThat(RequiredStrings.of("[Tt]reaty")).containsExactly("treaty");
    assertThat(RequiredStrings.of("4120[AB]")).containsExactly("4120a", "4120b");
  }

  @Test
  void whatALookaroundChecksIsNotRequired() {
    assertThat(RequiredStrings.of("(?<!Lower\\ )Valley Board")).containsExactly("valley");
    assertThat(RequiredStrings.of("(?<=(?:North|South)\\ )Basin")).containsExactly("basin");
    assertThat(RequiredStrings.of("river (?:board)(?! (?-i)[A-Z])")).containsExactly("river");
  }

  @Test
  void nothingIsRequiredWhenAMatchCanDoWithoutAnyCertainText() {
    assertThat(RequiredStrings.of("(?:pond)?")).isEmpty();
    assertThat(RequiredStrings.of("x*y*")).isEmpty();
    assertThat(RequiredStrings.of("[^a-z]+ \\d+")).isEmpty();
    assertThat(RequiredStrings.of("canal|\\d+")).isEmpty();
    assertThat(RequiredStrings.of("(?:dam )?\\w+")).isEmpty();
  }

  @Test
  void constructsThatChangeHowTheRestReadsTurnTheReadingOff() {
    assertThat(RequiredStrings.of("(?x)levee # a comment")).isEmpty();
    assertThat(RequiredStrings.of("\\Qlevee\\E")).isEmpty();
    assertThat(RequiredStrings.of("(l)evee \\1")).isEmpty();
    assertThat(RequiredStrings.of("\\u0041queduct")).isEmpty();
  }

  @Test
  void everyMatchContainsOneOfTheRequiredStringsFolded() {
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
      List<String> required = RequiredStrings.of(p);
      assertThat(required).as(p).isNotEmpty();
      for (String t : texts) {
        if (PatternSyntax.compile(p, false).matcher(t).find()) {
          matched++;
          String folded = fold(t);
          assertThat(required.stream().anyMatch(folded::contains)).as(p + " in " + t).isTrue();
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
