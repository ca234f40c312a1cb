package org.civicbrief.core.civic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TriggerPrefilterTest {

  /** Triggers in the forms the cards use: acronyms, phrases, alternations, lookarounds, numbers. */
  private static final List<String> PATTERNS =
      List.of(
          "Water Compact",
          "WRB",
          "(?:Ninth|9th) Amendment",
          "Senate|House",
          "levee boards?",
          "(?<!Lower\\ )Valley Authority",
          "(?:agreed|declined) to (?:hear|review)",
          "\\d+ U\\.S\\.C\\.? (?:§ ?)?4\\d{2}",
          "(?:state|states') engineers?",
          "impeach(?:ment|ed)?",
          "Prop(?:osition)?\\.? \\d{1,3}",
          "[A-Z]\\d{2,}");

  private static final List<Boolean> CASE_SENSITIVE =
      List.of(false, true, true, false, false, false, false, false, false, false, false, true);

  private static final List<String> SENTENCES =
      List.of(
          "The Water Compact of 1922 divides the river between two basins.",
          "The WRB said the wrb form was late.",
          "Lawyers cited the 9th Amendment and the ninth amendment.",
          "The house passed the bill; the Senate has not voted.",
          "Three levee boards met with the states’ engineers on Friday.",
          "The Lower Valley Authority and the Upper Valley Authority disagree.",
          "The court declined to hear the appeal.",
          "The rule is codified at 33 U.S.C. § 467 and was amended.",
          "Members debated impeachment, and one said he would not be impeached.",
          "Voters approved Prop. 50 by a wide margin.",
          "Bill H42 would fund the fire district.",
          "Nothing here concerns any of them at all.",
          "The \u212Aansas levee board met.");

  private static final TriggerPrefilter PREFILTER = new TriggerPrefilter(PATTERNS);

  private static BitSet matching(String sentence) {
    BitSet out = new BitSet();
    for (int i = 0; i < PATTERNS.size(); i++) {
      Pattern p = PatternSyntax.compile(PATTERNS.get(i), CASE_SENSITIVE.get(i));
      if (p.matcher(sentence).find()) {
        out.set(i);
      }
    }
    return out;
  }

  private static BitSet candidates(String sentence) {
    return PREFILTER.candidates(sentence, 0, sentence.length());
  }

  @Test
  void everyTriggerThatMatchesASentenceIsACandidateForIt() {
    int matches = 0;
    for (String sentence : SENTENCES) {
      matches += matching(sentence).cardinality();
    }
    assertThat(matches).isGreaterThanOrEqualTo(SENTENCES.size());
    List<Trigger> triggers = new ArrayList<>();
    for (int i = 0; i < PATTERNS.size(); i++) {
      triggers.add(new Trigger(PATTERNS.get(i), CASE_SENSITIVE.get(i), Optional.empty()));
    }
    assertThat(PrefilterMisses.of(triggers, SENTENCES)).isEmpty();
  }

  @Test
  void onlyTheTriggerWithNothingRequiredRunsOnASentenceThatHoldsNoneOfTheirWords() {
    assertThat(PREFILTER.unfiltered()).isEqualTo(1);
    assertThat(candidates("Nothing here concerns any of them at all.").stream().boxed())
        .containsExactly(PATTERNS.indexOf("[A-Z]\\d{2,}"));
  }

  @Test
  void passesOverTriggersWhoseRequiredWordsTheSentenceLacks() {
    List<String> passed = new ArrayList<>();
    candidates("The house passed the bill; the Senate has not voted.").stream()
        .forEach(i -> passed.add(PATTERNS.get(i)));
    assertThat(passed).containsExactly("Senate|House", "[A-Z]\\d{2,}");
    // A case-sensitive trigger is a candidate whatever the case; its expression decides.
    assertThat(candidates("the wrb form").get(PATTERNS.indexOf("WRB"))).isTrue();
    assertThat(matching("the wrb form").get(PATTERNS.indexOf("WRB"))).isFalse();
  }

  @Test
  void aPhraseIsACandidateOnlyWhereAllItsWordsAre() {
    int compact = PATTERNS.indexOf("Water Compact");
    assertThat(candidates("The water compact held.").get(compact)).isTrue();
    assertThat(candidates("The water board met; a compact car was parked.").get(compact)).isTrue();
    assertThat(candidates("The water board met.").get(compact)).isFalse();
    assertThat(candidates("A compact car was parked.").get(compact)).isFalse();
  }

  @Test
  void findsTheRequiredWordsInTheSentenceBoundsOnly() {
    String text = "The Senate adjourned. Levee boards met.";
    int end = text.indexOf('.') + 1;
    BitSet first = PREFILTER.candidates(text, 0, end);
    assertThat(first.get(PATTERNS.indexOf("Senate|House"))).isTrue();
    assertThat(first.get(PATTERNS.indexOf("levee boards?"))).isFalse();
  }
}
