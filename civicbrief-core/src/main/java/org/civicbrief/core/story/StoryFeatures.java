package org.civicbrief.core.story;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What story assignment knows about one article. The weights are raw counts (sublinear term
 * frequencies, mention counts); inverse document frequencies are applied when articles are
 * compared, because they change as articles arrive.
 *
 * @param articleId the article
 * @param embedding the unit-length sentence embedding of the article text
 * @param terms content words and their weights, the lead counted three times
 * @param names capitalized name words ("sheinbaum", "mexico") and their weights, the lead counted
 *     three times
 * @param numbers numbers other than years ("1500", "81st") and their counts
 * @param persons the surnames of the briefing's people and how often the article mentions them
 * @param places the places the article names (cities, states, countries), the lead counted three
 *     times: what keeps two stories of the same kind in two places apart
 * @param date the publication date, else the date of a dateline; empty when the article has none
 */
public record StoryFeatures(
    String articleId,
    float[] embedding,
    Map<String, Float> terms,
    Map<String, Float> names,
    Map<String, Float> numbers,
    Map<String, Float> persons,
    Map<String, Float> places,
    Optional<LocalDate> date) {

  public StoryFeatures {
    Objects.requireNonNull(articleId, "articleId");
    embedding = embedding.clone();
    terms = sorted(terms);
    names = sorted(names);
    numbers = sorted(numbers);
    persons = sorted(persons);
    places = sorted(places);
    Objects.requireNonNull(date, "date");
  }

  /** Features without places, as articles described before places were counted. */
  public StoryFeatures(
      String articleId,
      float[] embedding,
      Map<String, Float> terms,
      Map<String, Float> names,
      Map<String, Float> numbers,
      Map<String, Float> persons,
      Optional<LocalDate> date) {
    this(articleId, embedding, terms, names, numbers, persons, Map.of(), date);
  }

  @Override
  public float[] embedding() {
    return embedding.clone();
  }

  /** The embedding without a copy, for the index's inner loops; callers must not change it. */
  float[] embeddingView() {
    return embedding;
  }

  /**
   * The surname the article mentions most (ties go to the alphabetically first), if it names a
   * person.
   */
  public Optional<String> protagonist() {
    String best = null;
    float weight = 0;
    for (var e : persons.entrySet()) {
      if (e.getValue() > weight) {
        best = e.getKey();
        weight = e.getValue();
      }
    }
    return Optional.ofNullable(best);
  }

  private static Map<String, Float> sorted(Map<String, Float> m) {
    TreeMap<String, Float> t = new TreeMap<>();
    for (var e : m.entrySet()) {
      float v = Objects.requireNonNull(e.getValue(), "weight");
      if (!(v > 0) || Float.isInfinite(v)) {
        throw new IllegalArgumentException("weight of " + e.getKey() + " must be positive: " + v);
      }
      t.put(Objects.requireNonNull(e.getKey(), "key"), v);
    }
    return Collections.unmodifiableMap(t);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StoryFeatures f
        && articleId.equals(f.articleId)
        && java.util.Arrays.equals(embedding, f.embedding)
        && terms.equals(f.terms)
        && names.equals(f.names)
        && numbers.equals(f.numbers)
        && persons.equals(f.persons)
        && places.equals(f.places)
        && date.equals(f.date);
  }

  @Override
  public int hashCode() {
    return Objects.hash(articleId, java.util.Arrays.hashCode(embedding), terms, names, date);
  }

  @Override
  public String toString() {
    return "StoryFeatures["
        + articleId
        + ", "
        + terms.size()
        + " terms, "
        + names.size()
        + " names, protagonist "
        + protagonist().orElse("none")
        + ", "
        + date.map(String::valueOf).orElse("undated")
        + "]";
  }
}
