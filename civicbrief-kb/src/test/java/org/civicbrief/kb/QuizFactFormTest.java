package org.civicbrief.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.civicbrief.core.civic.ConceptCard;
import org.civicbrief.core.civic.QuizFact;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A card's quiz facts become multiple-choice background questions, so no option may give itself
 * away by its form (review code D3): a key much longer than every distractor, or options of very
 * different lengths, let a test-wise student guess without knowing the fact.
 */
class QuizFactFormTest {

  /** The key may be at most this many times as long as the longest distractor. */
  static final double KEY_OVER_LONGEST_DISTRACTOR = 1.3;

  /** The longest option may be at most this many times as long as the shortest. */
  static final double LONGEST_OVER_SHORTEST_OPTION = 2.5;

  static Stream<Named<ConceptCard>> cards() {
    return new LoadCards().load().stream().map(c -> Named.of(c.id(), c));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cards")
  void theKeyIsNotMuchLongerThanTheLongestDistractor(ConceptCard card) {
    List<String> tooLong = new ArrayList<>();
    for (QuizFact f : card.quizFacts()) {
      if (keyStandsOut(f)) {
        tooLong.add(f.answer() + " vs " + f.distractors());
      }
    }
    assertThat(tooLong).as(card.id()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cards")
  void theLongestOptionIsAtMostTwoAndAHalfTimesTheShortest(ConceptCard card) {
    List<String> uneven = new ArrayList<>();
    for (QuizFact f : card.quizFacts()) {
      if (lengthsUneven(f)) {
        uneven.add(f.question() + " " + options(f));
      }
    }
    assertThat(uneven).as(card.id()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cards")
  void theKeyIsNotTheOnlyOptionThatRepeatsAWordOfTheQuestion(ConceptCard card) {
    List<String> clang = new ArrayList<>();
    for (QuizFact f : card.quizFacts()) {
      if (clangs(f)) {
        clang.add(f.question() + " -> " + f.answer());
      }
    }
    assertThat(clang).as(card.id()).isEmpty();
  }

  /**
   * A body of world law offered as a distractor beside a question about U.S. law: "A resolution of
   * the UN General Assembly" as what undoes an executive order (R20, D1) is dismissed at once by a
   * reader who knows nothing of the fact, so it is no distractor. Allowed when the question, its
   * key or the card is itself about world law.
   */
  private static final java.util.regex.Pattern WORLD_BODY =
      java.util.regex.Pattern.compile(
          "\\bUN\\b|United Nations|General Assembly|(?<!National )Security Council|World Trade"
              + " Organization|International Court of Justice");

  private static final java.util.regex.Pattern WORLD_LAW =
      java.util.regex.Pattern.compile(
          "\\bUN\\b|United Nations|Charter|World Trade|International Court|NATO|[Tt]reat(?:y|ies)"
              + "|Convention|Security Council|General Assembly");

  static boolean outOfTheQuestionsWorld(ConceptCard card, QuizFact f) {
    if (WORLD_LAW.matcher(card.name() + " " + f.question() + " " + f.answer()).find()
        || card.source().url().matches("https://[^/]*\\b(?:un|icj-cij|nato)\\.(?:org|int)/.*")) {
      return false;
    }
    return f.distractors().stream().anyMatch(d -> WORLD_BODY.matcher(d).find());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cards")
  void noDistractorIsABodyOfWorldLawBesideAQuestionAboutUsLaw(ConceptCard card) {
    assertThat(card.quizFacts())
        .as(card.id())
        .noneMatch(f -> outOfTheQuestionsWorld(card, f))
        .extracting(QuizFact::question)
        .isNotNull();
  }

  /**
   * "for those elections", "para esas elecciones", "estos principios", "según la ley": a background
   * question is asked alone, after no other, so it names what it means (review code Q2; R-es6
   * rejected two such Spanish questions).
   */
  private static final java.util.regex.Pattern POINTS_OUTSIDE =
      java.util.regex.Pattern.compile(
          "(?iu)(?<!of )(?<!de"
              + " )\\b(those|these|esas|esos|estas|estos)\\s+(?!(of|that|who|which|de|que|quienes)\\b)\\p{L}+|\\bsegún"
              + " la ley(?! de| vigente)\\b|\\b(discussed|described|mentioned|reported) here\\b");

  static Stream<Named<List<String>>> questions() {
    LoadCards loader = new LoadCards();
    Stream<Named<List<String>>> english =
        loader.load().stream()
            .map(c -> Named.of(c.id(), c.quizFacts().stream().map(QuizFact::question).toList()));
    Stream<Named<List<String>>> spanish =
        loader.loadSpanish().entrySet().stream()
            .sorted(java.util.Map.Entry.comparingByKey())
            .map(
                e ->
                    Named.of(
                        e.getKey() + " (es)",
                        e.getValue().quizFacts().stream().map(QuizFact::question).toList()));
    return Stream.concat(english, spanish);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("questions")
  void aQuestionNamesWhatItMeans(List<String> questions) {
    assertThat(questions).noneMatch(q -> POINTS_OUTSIDE.matcher(q).find());
  }

  @Test
  void flagsAQuestionThatPointsOutsideItself() {
    assertThat(POINTS_OUTSIDE.matcher("Whose map did it set aside for those elections?").find())
        .isTrue();
    assertThat(POINTS_OUTSIDE.matcher("¿Quién debe observar estos principios?").find()).isTrue();
    assertThat(POINTS_OUTSIDE.matcher("¿Desde qué edad, según la ley, …?").find()).isTrue();
    assertThat(POINTS_OUTSIDE.matcher("Which law provides for the sentence discussed here?").find())
        .isTrue();
    assertThat(POINTS_OUTSIDE.matcher("Which of these agencies is part of it?").find()).isFalse();
    assertThat(POINTS_OUTSIDE.matcher("Which crime is among those that trigger it?").find())
        .isFalse();
  }

  @Test
  void flagsAKeyThatAloneRepeatsAWordOfTheQuestion() {
    QuizFact cued =
        new QuizFact(
            "Who heads the Department of Defense?",
            "The Secretary of Defense",
            List.of("The Chairman of the Joint Chiefs", "The Attorney General", "The President"));
    QuizFact fair =
        new QuizFact(
            "Who heads the Department of Defense?",
            "A civilian secretary",
            List.of("A four-star general", "The Vice President", "A career official"));
    assertThat(clangs(cued)).isTrue();
    assertThat(clangs(fair)).isFalse();
  }

  /**
   * The key shares a word of four letters or more with the question that no distractor shares
   * (review code Q3: a clang association lets a reader guess without knowing the fact).
   */
  static boolean clangs(QuizFact f) {
    java.util.Set<String> question = words(f.question());
    java.util.Set<String> key = words(f.answer());
    key.retainAll(question);
    for (String d : f.distractors()) {
      java.util.Set<String> shared = words(d);
      shared.retainAll(question);
      if (!shared.isEmpty()) {
        return false;
      }
    }
    return !key.isEmpty();
  }

  private static final java.util.Set<String> FUNCTION_WORDS =
      java.util.Set.of(
          "that", "this", "with", "from", "which", "what", "when", "where", "whom", "does", "have",
          "been", "into", "under", "over", "their", "there", "they", "than", "only", "each", "most",
          "more", "must", "will", "would", "could", "should", "about", "after", "before", "other",
          "some", "such", "were");

  private static java.util.Set<String> words(String s) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (String w : s.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
      if (w.length() >= 4 && !FUNCTION_WORDS.contains(w)) {
        out.add(w.endsWith("s") ? w.substring(0, w.length() - 1) : w);
      }
    }
    return out;
  }

  @Test
  void flagsAKeyThatIsLongerThanEveryDistractorByMoreThanThirtyPercent() {
    QuizFact cued =
        new QuizFact(
            "Which offenses can a President pardon?",
            "Offenses against the United States, except in cases of impeachment",
            List.of("Any crime in any state", "Only misdemeanors", "Only crimes before office"));
    QuizFact even =
        new QuizFact(
            "Which offenses can a President pardon?",
            "Federal offenses, except impeachment",
            List.of(
                "State and federal offenses alike",
                "Federal misdemeanors, not felonies",
                "Offenses before the President's term"));
    assertThat(keyStandsOut(cued)).isTrue();
    assertThat(keyStandsOut(even)).isFalse();
  }

  @Test
  void flagsOptionsWhoseLengthsDifferMoreThanTwoAndAHalfTimes() {
    QuizFact uneven =
        new QuizFact(
            "When may the Vice President vote?",
            "Only to break a tie",
            List.of("Never", "Always", "On treaties"));
    QuizFact even =
        new QuizFact(
            "When may the Vice President vote?",
            "Only to break a tie",
            List.of("Only on treaties", "On every vote", "Only in impeachment trials"));
    assertThat(lengthsUneven(uneven)).isTrue();
    assertThat(lengthsUneven(even)).isFalse();
  }

  static boolean keyStandsOut(QuizFact f) {
    int longestDistractor = f.distractors().stream().mapToInt(String::length).max().orElseThrow();
    return f.answer().length() > KEY_OVER_LONGEST_DISTRACTOR * longestDistractor;
  }

  static boolean lengthsUneven(QuizFact f) {
    List<String> options = options(f);
    int longest = options.stream().mapToInt(String::length).max().orElseThrow();
    int shortest = options.stream().mapToInt(String::length).min().orElseThrow();
    return longest > LONGEST_OVER_SHORTEST_OPTION * shortest;
  }

  private static List<String> options(QuizFact f) {
    List<String> options = new ArrayList<>(f.distractors());
    options.add(f.answer());
    options.sort(Comparator.comparingInt(String::length));
    return options;
  }
}
