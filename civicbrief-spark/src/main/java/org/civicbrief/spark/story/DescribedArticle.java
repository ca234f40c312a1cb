package org.civicbrief.spark.story;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.civicbrief.core.story.StoryFeatures;

/**
 * One briefed article as story clustering carries it between executors: where it stands in the
 * batch, the actors it is blocked by, and the online clusterer's features ({@link StoryFeatures})
 * in a form Java serialization can ship (the core record is not serializable).
 *
 * @param position the article's input position, which identifies it within the job
 * @param id the record's id
 * @param day the date the online clusterer gives the article (publication date, else a dateline) as
 *     an epoch day, or {@link #UNDATED}
 * @param actors the briefing's key actors, most central first, normalized by {@link
 *     ExtractFeatures#actorKey}
 * @param embedding the unit sentence embedding
 * @param terms content words and their weights, as {@link StoryFeatures#terms()}
 * @param names name words and their weights
 * @param numbers numbers and their counts
 * @param persons surnames and their mention counts
 * @param places places and their weights
 */
public record DescribedArticle(
    long position,
    String id,
    long day,
    List<String> actors,
    float[] embedding,
    Map<String, Float> terms,
    Map<String, Float> names,
    Map<String, Float> numbers,
    Map<String, Float> persons,
    Map<String, Float> places)
    implements Serializable {

  /** The {@code day} of an article without a date. */
  public static final long UNDATED = Long.MIN_VALUE;

  public DescribedArticle {
    Objects.requireNonNull(id, "id");
    actors = List.copyOf(actors);
    embedding = embedding.clone();
    // Sorted, so the map serializes and iterates the same way on every executor.
    terms = new TreeMap<>(terms);
    names = new TreeMap<>(names);
    numbers = new TreeMap<>(numbers);
    persons = new TreeMap<>(persons);
    places = new TreeMap<>(places);
  }

  /** The article at {@code position} with record id {@code id}, described by {@code features}. */
  public static DescribedArticle of(
      long position, String id, List<String> actors, StoryFeatures features) {
    return new DescribedArticle(
        position,
        id,
        features.date().map(LocalDate::toEpochDay).orElse(UNDATED),
        actors,
        features.embedding(),
        features.terms(),
        features.names(),
        features.numbers(),
        features.persons(),
        features.places());
  }

  /** True when the article has a date. */
  public boolean dated() {
    return day != UNDATED;
  }

  @Override
  public float[] embedding() {
    return embedding.clone();
  }

  @Override
  public Map<String, Float> terms() {
    return Collections.unmodifiableMap(terms);
  }

  @Override
  public Map<String, Float> names() {
    return Collections.unmodifiableMap(names);
  }

  @Override
  public Map<String, Float> numbers() {
    return Collections.unmodifiableMap(numbers);
  }

  @Override
  public Map<String, Float> persons() {
    return Collections.unmodifiableMap(persons);
  }

  @Override
  public Map<String, Float> places() {
    return Collections.unmodifiableMap(places);
  }

  /** The online clusterer's features of this article, named by its record id. */
  public StoryFeatures features() {
    return features(id);
  }

  /** The online clusterer's features of this article, named {@code name}. */
  public StoryFeatures features(String name) {
    return new StoryFeatures(
        name,
        embedding,
        terms,
        names,
        numbers,
        persons,
        places,
        dated() ? Optional.of(LocalDate.ofEpochDay(day)) : Optional.empty());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DescribedArticle a
        && position == a.position
        && day == a.day
        && id.equals(a.id)
        && actors.equals(a.actors)
        && Arrays.equals(embedding, a.embedding)
        && terms.equals(a.terms)
        && names.equals(a.names)
        && numbers.equals(a.numbers)
        && persons.equals(a.persons)
        && places.equals(a.places);
  }

  @Override
  public int hashCode() {
    return Objects.hash(position, id, day, actors, Arrays.hashCode(embedding), terms, names);
  }

  @Override
  public String toString() {
    return "DescribedArticle["
        + position
        + ", "
        + id
        + ", "
        + (dated() ? LocalDate.ofEpochDay(day) : "undated")
        + ", "
        + actors
        + "]";
  }
}
