package org.civicbrief.core.civic;

import java.util.List;
import java.util.Objects;
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
 * @param quizFacts background questions about the concept itself
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
    List<QuizFact> quizFacts) {

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
    if (quizFacts.isEmpty()) {
      throw new IllegalArgumentException("card " + id + " has no quiz facts");
    }
    if (related.contains(id)) {
      throw new IllegalArgumentException("card " + id + " lists itself as related");
    }
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
