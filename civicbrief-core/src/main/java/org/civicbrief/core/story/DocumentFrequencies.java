package org.civicbrief.core.story;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Document frequencies known in advance, for an index that weighs words by a whole corpus instead
 * of by the articles it has counted so far: a batch job knows its corpus before it assigns, and
 * with fixed weights an article's score against a story no longer depends on what was assigned
 * before. Only words used by at least two articles need to be listed; a word that is not listed
 * counts as used by one article (the one in hand).
 *
 * @param articles how many articles the corpus has
 * @param terms content words and how many articles use each
 * @param names name words and how many articles use each
 * @param numbers numbers and how many articles use each
 * @param persons surnames and how many articles name each
 * @param places places and how many articles name each
 */
public record DocumentFrequencies(
    long articles,
    Map<String, Integer> terms,
    Map<String, Integer> names,
    Map<String, Integer> numbers,
    Map<String, Integer> persons,
    Map<String, Integer> places)
    implements Serializable {

  public DocumentFrequencies {
    if (articles < 1) {
      throw new IllegalArgumentException("a corpus has at least one article, got " + articles);
    }
    // Map.copyOf returns an unmodifiable map as it is, so a deserialized copy is not copied again.
    terms = Map.copyOf(terms);
    names = Map.copyOf(names);
    numbers = Map.copyOf(numbers);
    persons = Map.copyOf(persons);
    places = Map.copyOf(places);
    for (Map<String, Integer> m : List.of(terms, names, numbers, persons, places)) {
      for (var e : m.entrySet()) {
        int df = Objects.requireNonNull(e.getValue(), "frequency");
        if (df < 1 || df > articles) {
          throw new IllegalArgumentException(
              "the frequency of "
                  + e.getKey()
                  + " must be between 1 and "
                  + articles
                  + ", got "
                  + df);
        }
      }
    }
  }
}
