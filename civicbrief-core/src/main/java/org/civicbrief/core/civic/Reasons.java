package org.civicbrief.core.civic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sentence of a card's explanation that says why the article's fact matters: of the card's own
 * sentences, the one that shares the most words with the article's sentence, beyond the words of
 * the concept's name. "The states had no standing to sue" finds "A case brought without standing is
 * dismissed without a ruling on the merits." The sentence is the card's, word for word, so the card
 * stays the authority; nothing is paraphrased.
 *
 * <p>A sentence is left out when it leans on the one before it (it opens with "It", "This", …, or
 * says "them"), when it tells of a time after the article's date, or when it says little beyond the
 * gloss the item already shows. When no sentence shares a word with the article's, there is no
 * reason to show: the gloss stands alone. Stateless and thread-safe.
 */
final class Reasons {

  /** Words that say nothing about the matter. */
  private static final Set<String> STOP =
      java.util.stream.Stream.of(
              org.civicbrief.core.text.WordList.of("matter-stop-words"),
              Set.of("said", "says", "but", "also", "than", "then", "two"),
              // A month shared with the fact is a coincidence of dates ("since January 19" and a
              // ruling "in January 2025"), not a matter in common.
              org.civicbrief.core.text.WordList.of("months"))
          .flatMap(Set::stream)
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** Openers that need the sentence before them. */
  private static final Pattern LEANS =
      Pattern.compile(
          "^(?:It|Its|They|Their|This|These|That|Those|Such|He|She|His|Her|Both|Neither|Either)\\b");

  /** A plural pronoun inside the sentence: "bars them from spending" leans on the one before. */
  private static final Pattern PLURAL_PRONOUN = Pattern.compile("\\b(?:they|them|their)\\b");

  /** A sentence end: a full stop, not one that closes an abbreviation. */
  private static final Pattern END = Pattern.compile("([.!?])[\"”’)]?\\s+(?=[A-Z0-9“\"])");

  private static final Pattern ABBREVIATION =
      Pattern.compile(
          "(?:^|\\s|\\()(?:[A-Z]\\.)+$|(?:^|\\s)(?:v|vs|No|Nos|Jan|Feb|Aug|Sept|Oct|Nov|Dec|Mr|Ms|Mrs"
              + "|Dr|St|Gen|Sen|Rep|Gov|Jr|Sr|Inc|Co|Corp|Art|Sec|Stat|Pub|L|e\\.g|i\\.e|cf|al|EE|UU|Sra)\\.$");

  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*\\p{L}|\\d+");

  private static final Map<String, List<String>> SENTENCES = new ConcurrentHashMap<>();

  private Reasons() {}

  /**
   * The card's sentence that joins {@code articleSentence} to the concept, if one does; none that
   * tells of a time after {@code published}.
   */
  static Optional<String> of(
      ConceptCard card, String articleSentence, Optional<LocalDate> published) {
    return of(card, articleSentence, "", published);
  }

  /**
   * The card's sentence that joins {@code articleSentence} to the concept, preferring one that
   * speaks of what the article's {@code span} names when that is one part of the concept: "a
   * temporary restraining order" is explained by the card's sentence on restraining orders, not by
   * its sentence on preliminary injunctions (R17), though both share the fact's other words.
   */
  static Optional<String> of(
      ConceptCard card, String articleSentence, String span, Optional<LocalDate> published) {
    Set<String> name = words(card.name(), STOP);
    Set<String> part = words(span, STOP);
    if (!COVERS_SEVERAL.matcher(card.name()).matches()
        || name.containsAll(part) && part.containsAll(name)) {
      // One thing, or its whole name: every sentence of the card is about what the article names.
      // ("the Fourteenth Amendment" is no part of a card on its Section 3; it holds it.)
      part = Set.of();
    }
    // A card may cover a second thing under an alias ("Stay pending appeal", also "administrative
    // stay"): when the article names the card's own thing in full, a sentence on the alias's thing
    // explains something the article did not speak of (a stay pending appeal explained by the
    // administrative stay's sentence, for sharing the word "request").
    Set<String> fact = words(articleSentence, STOP);
    List<Set<String>> otherParts = new ArrayList<>();
    if (!name.isEmpty() && fact.containsAll(name)) {
      for (String alias : card.aliases()) {
        Set<String> a = words(alias, STOP);
        // A kind of the same thing (it shares the name's word: "administrative stay", "stay
        // pending appeal"), not another name for it ("reserved powers" for the Tenth Amendment).
        boolean kind = a.stream().anyMatch(name::contains);
        if (a.size() >= 2 && kind && !name.containsAll(a) && !fact.containsAll(a)) {
          otherParts.add(a);
        }
      }
    }
    Optional<String> found = Optional.empty();
    Optional<String> rule = Optional.empty();
    int bestScore = 0;
    boolean later = false;
    // The fact's act, not what a clause says of a thing it names in passing ("…not to enforce the
    // Act, which was signed in April"): the card's history sentence would answer the aside.
    String act = NAMING_CLAUSE.matcher(articleSentence).replaceAll("");
    List<String> all = sentences(card);
    for (int index = 0; index < all.size(); index++) {
      String sentence = all.get(index);
      // A card tells its history in order: once it tells of a time after the article, the
      // sentences that follow without a year of their own go on with that account ("Which acts
      // count as official was left for the lower courts", after the ruling, beside a story
      // written before it).
      boolean dated = YEAR.matcher(sentence).find();
      later =
          published.isPresent()
              && (CardDates.describesLater(sentence, published.get()) || later && !dated);
      // "It requires …" right after the card's first sentence speaks of the card's own thing, and
      // when it states the rule it is the reason ("It makes it unlawful to distribute …"); the
      // item joins it as "…, which requires …".
      boolean ruleOfTheCard =
          index == 1
              && IT.matcher(sentence).find()
              && RULE.matcher(sentence).find()
              && namesTheCard(all.get(0), card);
      if (later
          || LEANS.matcher(sentence).find() && !ruleOfTheCard
          || PLURAL_PRONOUN.matcher(sentence).find()) {
        continue;
      }
      Set<String> said = words(sentence, STOP);
      if (otherParts.stream().anyMatch(said::containsAll)) {
        continue;
      }
      int score = score(nameOf(card), card.gloss(), sentence, act, published, STOP);
      if (score >= 0 && rule.isEmpty() && RULE.matcher(sentence).find()) {
        rule = Optional.of(sentence);
      }
      if (score >= 0 && !part.isEmpty() && words(sentence, STOP).containsAll(part)) {
        score += PART_NAMED;
      }
      if (score > bestScore) {
        found = Optional.of(sentence);
        bestScore = score;
      }
    }
    // No sentence shares the fact's words: the card's first sentence that says what the rule
    // requires or allows still joins the fact to it better than a definition does (R17: "a
    // glossary line"); a card that states no rule leaves the gloss alone, and so does a card that
    // covers several things, whose first rule may be about another of them.
    return found.isPresent() || COVERS_SEVERAL.matcher(card.name()).matches() ? found : rule;
  }

  /** A sentence that opens on the card's own thing as "It" or "Its". */
  static final Pattern IT = Pattern.compile("^Its? ");

  /**
   * A clause set off by a comma that describes a thing the sentence names: ", which …", ", who …".
   */
  private static final Pattern NAMING_CLAUSE = Pattern.compile(",\\s+(?:which|who)\\b[^,;:—–]*");

  /**
   * The card's name and the aliases that are proper names ("Protecting Americans from Foreign
   * Adversary Controlled Applications Act" for the TikTok law): their words name the card, and a
   * card sentence that shares only them with the fact says nothing of its matter.
   */
  private static String nameOf(ConceptCard card) {
    StringBuilder out = new StringBuilder(card.name());
    for (String alias : card.aliases()) {
      String[] w = alias.split(" ");
      boolean proper =
          w.length >= 3
              && java.util.Arrays.stream(w)
                  .allMatch(x -> NAME_JOINERS.contains(x) || Character.isUpperCase(x.charAt(0)));
      if (proper) {
        out.append(' ').append(alias);
      }
    }
    return out.toString();
  }

  /** Lower-case words inside a proper name: "Protecting Americans from Foreign …". */
  private static final Set<String> NAME_JOINERS =
      Set.of("of", "from", "the", "and", "for", "to", "on", "in", "against");

  /**
   * Whether {@code sentence} names the card by its name or an alias, so "It" after it is the card.
   */
  private static boolean namesTheCard(String sentence, ConceptCard card) {
    String lower = sentence.toLowerCase(Locale.ROOT);
    if (lower.contains(card.name().toLowerCase(Locale.ROOT))) {
      return true;
    }
    return card.aliases().stream()
        .anyMatch(a -> a.length() > 3 && lower.contains(a.toLowerCase(Locale.ROOT)));
  }

  /** A year: a sentence that has one dates itself. */
  private static final Pattern YEAR = Pattern.compile("\\b(?:1[789]|20)\\d\\d\\b");

  /** A sentence that states a rule: what must, may or may not be done, and by whom. */
  private static final Pattern RULE =
      Pattern.compile(
          "\\b(?:must|may|cannot|can|requires?|required|bars?|barred|lets|allows?|allowed"
              + "|prohibits?|prohibited|forbids?|only|unlawful|authorizes)\\b");

  /**
   * A card that covers several things under a common name ("Temporary restraining orders and
   * injunctions", "Filibuster and cloture"), as against a proper name with "and" in it.
   */
  private static final Pattern COVERS_SEVERAL =
      Pattern.compile("\\p{Lu}?[^\\p{Lu}]* (?:and|or) [^\\p{Lu}]*");

  /**
   * What speaking of the part of the concept the article names is worth, in shared words: more than
   * a few words in common with the rest of the article's sentence.
   */
  private static final int PART_NAMED = 3;

  /**
   * How many words {@code sentence} shares with the article's, beyond the concept's name; -1 when
   * it may not be shown (it tells of a time after the article, or the gloss says it already).
   */
  private static int score(
      String conceptName,
      String conceptGloss,
      String sentence,
      String articleSentence,
      Optional<LocalDate> published,
      Set<String> stop) {
    if (published.isPresent() && CardDates.describesLater(sentence, published.get())) {
      return -1;
    }
    Set<String> name = words(conceptName, stop);
    Set<String> own = words(sentence, stop);
    own.removeAll(name);
    Set<String> beyondGloss = new HashSet<>(own);
    beyondGloss.removeAll(words(conceptGloss, stop));
    if (beyondGloss.size() * 2 < own.size()) {
      return -1; // the gloss said it already
    }
    Set<String> fact = words(articleSentence, stop);
    fact.removeAll(name);
    // A term the sentence introduces ("a charging document called a Notice to Appear") is shared
    // only when the article names it: one of its words in another phrase ("the final notice of
    // removal") makes the sentence a glossary line beside the fact, not its reason (R20).
    Matcher term = INTRODUCED_TERM.matcher(sentence);
    while (term.find()) {
      if (!articleSentence
          .toLowerCase(Locale.ROOT)
          .contains(term.group(1).toLowerCase(Locale.ROOT))) {
        own.removeAll(words(term.group(1), stop));
      }
    }
    own.retainAll(fact);
    return own.size();
  }

  /** A term a sentence introduces by name: "… called a Notice to Appear", "known as the X". */
  private static final Pattern INTRODUCED_TERM =
      Pattern.compile("\\b(?:called|known as|termed)\\s+(?:an?\\s+|the\\s+)?([^,.;:]+)");

  /** The card's explanation, a sentence each; cut once per card. */
  static List<String> sentences(ConceptCard card) {
    return SENTENCES.computeIfAbsent(card.explanation(), Reasons::split);
  }

  static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = END.matcher(text);
    int from = 0;
    while (m.find()) {
      String before = text.substring(from, m.start(1) + 1);
      if (ABBREVIATION.matcher(before).find()) {
        continue;
      }
      out.add(text.substring(from, m.end()).strip());
      from = m.end();
    }
    if (from < text.length()) {
      out.add(text.substring(from).strip());
    }
    return out;
  }

  /**
   * The content words of {@code text}, lower case, with a plural's or a past tense's ending cut.
   */
  private static Set<String> words(String text, Set<String> stop) {
    Set<String> out = new HashSet<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String w = m.group().toLowerCase(Locale.ROOT).replace('’', '\'');
      if (w.length() < 3 || stop.contains(w) || Character.isDigit(w.charAt(0))) {
        continue;
      }
      out.add(stem(w));
    }
    return out;
  }

  private static String stem(String w) {
    if (w.endsWith("'s")) {
      w = w.substring(0, w.length() - 2);
    }
    if (w.length() > 5 && w.endsWith("ing")) {
      return w.substring(0, w.length() - 3);
    }
    if (w.length() > 7 && w.endsWith("able")) {
      return w.substring(0, w.length() - 4); // "deportable" speaks of what "deport" does
    }
    if (w.length() > 4 && w.endsWith("ed")) {
      return w.substring(0, w.length() - 2);
    }
    if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }
}
