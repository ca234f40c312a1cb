package org.civicbrief.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.civicbrief.core.civic.Category;
import org.civicbrief.core.civic.Committee;
import org.civicbrief.core.civic.ConceptCard;
import org.civicbrief.core.civic.QuizFact;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The editorial rules of docs/KNOWLEDGE_BASE.md that a schema cannot express. */
class CardReviewTest {

  /** Hosts of official and primary-law sources; a subdomain of one counts. */
  private static final List<String> OFFICIAL_HOSTS =
      List.of(
          "law.cornell.edu",
          "un.org",
          "nato.int",
          "diputados.gob.mx",
          "congress.gov",
          "federalregister.gov",
          "supremecourt.gov",
          "federalreserve.gov",
          "ustr.gov",
          "state.gov",
          "naag.org",
          "ncsl.org");

  /** Words before a period that do not end a sentence. */
  private static final Pattern ABBREVIATION =
      Pattern.compile(
          "(?:[A-Z]\\.)+|(?:[A-Z]\\.){1,}[A-Z]|U\\.S\\.C|No|Art|Sec|Mr|Ms|Dr|St|Jr|v|vs|e\\.g|i\\.e|Gen|Inc|Co|Pub|L");

  private static final Pattern SENTENCE_END =
      Pattern.compile("([\\w.)’”]+)[.!?][”\"’)]?\\s+(?=[A-Z“\"(0-9])");

  private static List<ConceptCard> cards;

  @BeforeAll
  static void load() {
    cards = new LoadCards().load();
  }

  static Stream<Named<ConceptCard>> cards() {
    return new LoadCards().load().stream().map(c -> Named.of(c.id(), c));
  }

  @Test
  void theKnowledgeBaseHasAtLeast250CardsCoveringEveryCategory() {
    assertThat(cards).as("issue 17 asks for at least 250").hasSizeGreaterThanOrEqualTo(250);
    Map<Category, Integer> byCategory = new EnumMap<>(Category.class);
    cards.forEach(c -> byCategory.merge(c.category(), 1, Integer::sum));
    assertThat(byCategory).containsOnlyKeys(Category.values());
  }

  @Test
  void idsAndNamesAreUnique() {
    Set<String> names = new HashSet<>();
    for (ConceptCard c : cards) {
      assertThat(names.add(c.name().toLowerCase(Locale.ROOT))).as(c.id()).isTrue();
    }
    assertThat(cards.stream().map(ConceptCard::id).distinct()).hasSameSizeAs(cards);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cards")
  void explanationHasTwoToFourSentences(ConceptCard card) {
    assertThat(sentences(card.explanation())).as(card.explanation()).isBetween(2, 4);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cards")
  void quizFactsAreTwoOrThreeWithThreeDistinctDistractorsEach(ConceptCard card) {
    assertThat(card.quizFacts()).hasSizeBetween(2, 3);
    for (QuizFact f : card.quizFacts()) {
      assertThat(f.distractors()).as(f.question()).hasSize(3).doesNotContain(f.answer());
      assertThat(f.question()).endsWith("?");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cards")
  void sourcesAndCommitteesAreOfficialHttpsPages(ConceptCard card) {
    URI source = URI.create(card.source().url());
    assertThat(source.getScheme()).isEqualTo("https");
    assertThat(isOfficial(source.getHost())).as(card.source().url()).isTrue();
    // The source of each date a part of the card holds from (a docket, a public law, an order).
    for (org.civicbrief.core.civic.CardHolds h : card.holds()) {
      URI dated = URI.create(h.source().url());
      assertThat(dated.getScheme()).isEqualTo("https");
      assertThat(isOfficial(dated.getHost())).as(h.source().url()).isTrue();
      for (var before : h.beforeSource().stream().toList()) {
        URI told = URI.create(before.url());
        assertThat(told.getScheme()).isEqualTo("https");
        assertThat(isOfficial(told.getHost())).as(before.url()).isTrue();
      }
    }
    for (Committee c : card.committees()) {
      String host = URI.create(c.url()).getHost();
      assertThat(host.endsWith("house.gov") || host.endsWith("senate.gov")).as(c.url()).isTrue();
      assertThat(c.name()).containsAnyOf("House", "Senate");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cards")
  void explanationIsNeutral(ConceptCard card) {
    // A card explains; it never tells the reader what to think or do.
    String text = (card.explanation() + " " + card.gloss()).toLowerCase(Locale.ROOT);
    for (String word :
        List.of(
            " should ",
            " must be stopped",
            " we ",
            " our ",
            " you ",
            "outrageous",
            "shameful",
            "reckless",
            "disgraceful",
            "clearly",
            "obviously")) {
      assertThat(text).as(card.id()).doesNotContain(word);
    }
  }

  @Test
  void relatedCardsExistAndAreNotTheCardItself() {
    Set<String> ids = new HashSet<>();
    cards.forEach(c -> ids.add(c.id()));
    List<String> missing = new ArrayList<>();
    for (ConceptCard c : cards) {
      for (String r : c.related()) {
        if (!ids.contains(r) || r.equals(c.id())) {
          missing.add(c.id() + " -> " + r);
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void countsSentencesAsAReaderWould() {
    assertThat(sentences("The U.S. Senate met. It voted.")).isEqualTo(2);
    assertThat(sentences("Under 50 U.S.C. § 1541 the President reports. Congress acts in 1973."))
        .isEqualTo(2);
    assertThat(sentences("One sentence only.")).isEqualTo(1);
  }

  static boolean isOfficial(String host) {
    if (host.endsWith(".gov") || host.endsWith(".mil")) {
      return true;
    }
    for (String h : OFFICIAL_HOSTS) {
      if (host.equals(h) || host.endsWith("." + h)) {
        return true;
      }
    }
    return false;
  }

  static int sentences(String text) {
    int n = 1;
    Matcher m = SENTENCE_END.matcher(text.strip());
    while (m.find()) {
      String before = m.group(1);
      if (!ABBREVIATION.matcher(before).matches()) {
        n++;
      }
    }
    return n;
  }
}
