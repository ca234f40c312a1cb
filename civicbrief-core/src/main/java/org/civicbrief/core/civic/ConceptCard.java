package org.civicbrief.core.civic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A curated, cited explanation of one civic concept: a law, treaty, constitutional provision,
 * institution, process, office or right that news stories turn on.
 *
 * @param id stable lowercase identifier, such as {@code war-powers-resolution}
 * @param name the name readers know, such as {@code War Powers Resolution}
 * @param aliases other names it goes by (shown to readers; matching uses {@code triggers})
 * @param category what kind of concept it is
 * @param gloss a short noun phrase that says what it is, usable mid-sentence after the name
 * @param explanation two to four neutral, plain-language sentences written for the project
 * @param source the primary text the explanation rests on
 * @param triggers the forms of words that signal the concept in an article
 * @param related ids of related cards
 * @param committees congressional committees with jurisdiction; empty when none applies
 * @param quizFacts background questions about the concept itself; none in a card as of a date
 *     before its facts held ({@link #asOf})
 * @param holds the dates from which parts of the text hold, each with its source ({@link
 *     CardHolds}); empty when the whole text is timeless
 */
public record ConceptCard(
    String id,
    String name,
    List<String> aliases,
    Category category,
    String gloss,
    String explanation,
    PrimarySource source,
    List<Trigger> triggers,
    List<String> related,
    List<Committee> committees,
    List<QuizFact> quizFacts,
    List<CardHolds> holds) {

  private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

  public ConceptCard {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(gloss, "gloss");
    Objects.requireNonNull(explanation, "explanation");
    Objects.requireNonNull(source, "source");
    aliases = List.copyOf(aliases);
    triggers = List.copyOf(triggers);
    related = List.copyOf(related);
    committees = List.copyOf(committees);
    quizFacts = List.copyOf(quizFacts);
    holds = holds == null ? List.of() : List.copyOf(holds);
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "card id '" + id + "' must be lowercase words joined by hyphens");
    }
    if (name.isBlank() || gloss.isBlank() || explanation.isBlank()) {
      throw new IllegalArgumentException(
          "card " + id + " needs a name, a gloss and an explanation");
    }
    if (triggers.isEmpty()) {
      throw new IllegalArgumentException("card " + id + " has no triggers");
    }
    if (related.contains(id)) {
      throw new IllegalArgumentException("card " + id + " lists itself as related");
    }
  }

  /** A card whose whole text is timeless. */
  public ConceptCard(
      String id,
      String name,
      List<String> aliases,
      Category category,
      String gloss,
      String explanation,
      PrimarySource source,
      List<Trigger> triggers,
      List<String> related,
      List<Committee> committees,
      List<QuizFact> quizFacts) {
    this(
        id,
        name,
        aliases,
        category,
        gloss,
        explanation,
        source,
        triggers,
        related,
        committees,
        quizFacts,
        List.of());
  }

  /**
   * The card as it reads on {@code date}: the parts that hold only from a later day are left out,
   * and the text true then, when the card gives it, stands in their place. Empty when nothing of
   * the card held yet (its gloss, or the whole card, holds only from a later day and the card gives
   * no earlier text), so a story of that day is not told a ruling or a vote that came after it.
   */
  public Optional<ConceptCard> asOf(LocalDate date) {
    List<CardHolds> later =
        holds.stream()
            .filter(h -> h.from().isAfter(date))
            .sorted(Comparator.comparing(CardHolds::from))
            .toList();
    if (later.isEmpty()) {
      return Optional.of(this);
    }
    String shownGloss = gloss;
    // The text true on the date is told by the earliest later date's text before; its source, when
    // the card gives one, is what that text rests on.
    PrimarySource shownSource =
        later.stream().flatMap(h -> h.beforeSource().stream()).findFirst().orElse(source);
    List<String> sentences = new ArrayList<>(Reasons.split(explanation));
    List<QuizFact> facts = new ArrayList<>(quizFacts);
    Optional<CardHolds> whole = later.stream().filter(CardHolds::wholeCard).findFirst();
    if (whole.isPresent()) {
      if (whole.get().gloss().isEmpty()) {
        return Optional.empty();
      }
      shownGloss = whole.get().gloss().get();
      sentences = new ArrayList<>(Reasons.split(whole.get().explanation().get()));
      facts.clear(); // the card's questions ask what holds from that day
    }
    for (CardHolds h : later) {
      if (h.wholeCard()) {
        continue;
      }
      if (h.marks(shownGloss)) {
        if (h.gloss().isEmpty()) {
          return Optional.empty();
        }
        shownGloss = h.gloss().get();
      }
      int at = -1;
      for (int i = sentences.size() - 1; i >= 0; i--) {
        if (h.marks(sentences.get(i))) {
          sentences.remove(i);
          at = i;
        }
      }
      if (at >= 0 && h.explanation().isPresent()) {
        sentences.addAll(at, Reasons.split(h.explanation().get()));
      }
      facts.removeIf(
          f ->
              h.marks(f.question())
                  || h.marks(f.answer())
                  || f.distractors().stream().anyMatch(h::marks));
    }
    if (sentences.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new ConceptCard(
            id,
            name,
            aliases,
            category,
            shownGloss,
            String.join(" ", sentences),
            shownSource,
            triggers,
            related,
            committees,
            facts,
            holds));
  }

  /**
   * The civic situations the concept governs, as its situation triggers describe them, each once,
   * in the order of the triggers.
   */
  public List<String> situations() {
    return triggers.stream().flatMap(t -> t.situation().stream()).distinct().toList();
  }

  /** The citation a reader follows to check this card. */
  public Citation citation() {
    return new Citation(id, source.title(), source.url());
  }
}
