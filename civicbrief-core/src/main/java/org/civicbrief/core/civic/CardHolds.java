package org.civicbrief.core.civic;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A part of a card's text that holds only from a date: a ruling from the day it was decided, a law
 * from the day it was signed, a ballot measure from the day voters approved it. A briefing of an
 * article written before that date shows the text true then (what was pending or argued), or leaves
 * the card out; it never states as settled what was not yet so (R19: a 2024 ruling told beside an
 * article written before it, a measure described as in force before its vote).
 *
 * @param from the first day the text holds
 * @param event what happened that day: {@code decided}, {@code signed}, {@code enacted}, {@code
 *     adopted} (by a legislature), {@code approved} (by voters), {@code ratified}, {@code
 *     effective} or {@code issued}
 * @param source the primary source that gives the date
 * @param text the words that mark the parts holding only from {@code from}: a gloss, explanation
 *     sentence or quiz fact holding one of them (in the card's English or Spanish text) is not
 *     shown before that day; empty when the whole card holds only from then
 * @param gloss the gloss true before {@code from}, used in place of a gloss that does not hold yet
 *     (for a whole card, with {@code explanation}); without it, such a card is left out
 * @param explanation the sentences true before {@code from}, shown in place of those that do not
 *     hold yet
 * @param beforeSource the primary source of the text true before {@code from}, cited in place of
 *     the card's own when that text is shown: a card whose text before a ruling tells of an older
 *     case cites that case, not the ruling still to come (R20: "a card citing the wrong case")
 */
public record CardHolds(
    LocalDate from,
    String event,
    PrimarySource source,
    List<String> text,
    Optional<String> gloss,
    Optional<String> explanation,
    Optional<PrimarySource> beforeSource) {

  /** The events a date can mark. */
  public static final Set<String> EVENTS =
      Set.of(
          "decided", "signed", "enacted", "adopted", "approved", "ratified", "effective", "issued");

  public CardHolds {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(source, "source");
    text = text == null ? List.of() : List.copyOf(text);
    gloss = gloss == null ? Optional.empty() : gloss;
    explanation = explanation == null ? Optional.empty() : explanation;
    beforeSource = beforeSource == null ? Optional.empty() : beforeSource;
    if (!EVENTS.contains(event)) {
      throw new IllegalArgumentException(
          "event '" + event + "' is not one of " + EVENTS.stream().sorted().toList());
    }
    if (text.stream().anyMatch(String::isBlank)) {
      throw new IllegalArgumentException("a marked text is blank");
    }
    if (text.isEmpty() && gloss.isPresent() != explanation.isPresent()) {
      throw new IllegalArgumentException(
          "a whole card's text before " + from + " needs both a gloss and an explanation");
    }
  }

  /** Dates whose text before cites the card's own source. */
  public CardHolds(
      LocalDate from,
      String event,
      PrimarySource source,
      List<String> text,
      Optional<String> gloss,
      Optional<String> explanation) {
    this(from, event, source, text, gloss, explanation, Optional.empty());
  }

  /** Whether the whole card, not some of its parts, holds only from {@link #from}. */
  public boolean wholeCard() {
    return text.isEmpty();
  }

  /** Whether {@code words} hold one of the marked parts. */
  boolean marks(String words) {
    return text.stream().anyMatch(words::contains);
  }
}
