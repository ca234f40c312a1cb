package org.civicbrief.spark.story;

import java.io.Serializable;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.civicbrief.core.briefing.Actor;
import org.civicbrief.core.briefing.Briefing;

/**
 * Takes from a briefing what story clustering compares: its date, its key actors and its content
 * words, hashed into a fixed number of buckets so that no vocabulary has to be shared between
 * executors.
 */
public final class ExtractFeatures implements Serializable {

  // Titles an article may or may not put before a name; the name alone is the key. Only words
  // that are never the start of an organization's name ("General Motors" keeps its "General").
  private static final Set<String> TITLES =
      Set.of(
          "mayor",
          "governor",
          "gov",
          "president",
          "senator",
          "sen",
          "representative",
          "rep",
          "judge",
          "justice",
          "dr",
          "mr",
          "mrs",
          "ms",
          "councilmember",
          "councilman",
          "councilwoman",
          "chair",
          "chairman",
          "chairwoman",
          "secretary",
          "minister",
          "superintendent",
          "commissioner",
          "sheriff",
          "speaker",
          "gen",
          "colonel",
          "col",
          "lt",
          "sgt",
          "rev",
          "sir",
          "dame",
          "premier",
          "chancellor",
          "ambassador",
          "deputy",
          "assemblyman",
          "assemblywoman",
          "former",
          "acting");

  private static final Set<String> TWO_WORD_TITLES =
      Set.of(
          "attorney general",
          "prime minister",
          "vice president",
          "lieutenant governor",
          "chief justice",
          "secretary general",
          "state senator",
          "state representative");

  /** Term hash buckets: 2^18, so a document-frequency table is one megabyte. */
  public static final int BUCKETS = 1 << 18;

  /** Actors kept per article. */
  static final int MAX_ACTORS = 6;

  // The terms that carry most of the weight are enough to compare two articles, and fewer terms
  // keep the blocks small when features are shuffled.
  private static final int MAX_TERMS = 150;

  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*[\\p{L}]");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Set<String> STOP =
      Set.of(
          "the", "and", "for", "that", "with", "was", "were", "are", "has", "have", "had", "his",
          "her", "its", "their", "they", "she", "him", "them", "this", "these", "those", "from",
          "but", "not", "who", "which", "what", "when", "where", "will", "would", "could", "should",
          "said", "says", "say", "been", "being", "also", "than", "then", "there", "into", "over",
          "after", "before", "about", "more", "most", "some", "such", "only", "other", "our", "out",
          "one", "two", "all", "any", "can", "may", "just", "new", "year", "years", "last", "you",
          "your", "did", "does", "told", "while", "because", "during", "since", "under");

  /** The features of {@code briefing}, identified by {@code position} and {@code id}. */
  public StoryFeatures extract(long position, String id, Briefing briefing) {
    long day =
        briefing.article().published().map(LocalDate::toEpochDay).orElse(StoryFeatures.UNDATED);
    List<String> actors =
        briefing.actors().stream()
            .map(Actor::name)
            .map(ExtractFeatures::actorKey)
            .filter(k -> !k.isEmpty())
            .distinct()
            .limit(MAX_ACTORS)
            .toList();
    TreeMap<Integer, Integer> counts = new TreeMap<>();
    var m = WORD.matcher(briefing.article().text());
    while (m.find()) {
      String w = m.group().toLowerCase(Locale.ROOT);
      if (w.length() >= 3 && !STOP.contains(w)) {
        counts.merge(bucket(w), 1, Integer::sum);
      }
    }
    // Keep the most frequent terms; ties go to the lower bucket so every JVM keeps the same ones.
    List<Integer> kept =
        counts.entrySet().stream()
            .sorted(
                Map.Entry.<Integer, Integer>comparingByValue()
                    .reversed()
                    .thenComparing(Map.Entry.comparingByKey()))
            .limit(MAX_TERMS)
            .map(Map.Entry::getKey)
            .sorted()
            .toList();
    int[] terms = new int[kept.size()];
    float[] weights = new float[kept.size()];
    for (int i = 0; i < terms.length; i++) {
      terms[i] = kept.get(i);
      weights[i] = counts.get(kept.get(i));
    }
    return new StoryFeatures(position, id, day, actors, terms, weights);
  }

  /**
   * An actor's name as a blocking key: lower case, accents, punctuation and leading titles removed,
   * so "Mayor Dana Whitfield", "Dana Whitfield" and "José Álvarez", "Jose Alvarez" meet.
   */
  public static String actorKey(String name) {
    String folded = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
    String key = folded.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    while (true) {
      String[] words = key.split(" ", 3);
      if (words.length == 3 && TWO_WORD_TITLES.contains(words[0] + " " + words[1])) {
        key = words[2];
      } else if (words.length >= 2 && TITLES.contains(words[0])) {
        key = key.substring(words[0].length() + 1);
      } else {
        return key;
      }
    }
  }

  /** The hash bucket of a term; {@link String#hashCode} is the same in every JVM. */
  static int bucket(String term) {
    return Math.floorMod(term.hashCode(), BUCKETS);
  }
}
