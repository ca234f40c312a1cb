package org.civicbrief.spark.story;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.civicbrief.core.briefing.Actor;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.pipeline.Timed;
import org.civicbrief.core.story.DescribeArticle;
import org.civicbrief.core.story.Embed;
import org.civicbrief.core.text.WordList;

/**
 * Takes from a briefing what story clustering needs: the online clusterer's features ({@link
 * DescribeArticle}: embedding, words, names, numbers, people, date) and the key actors that block
 * it.
 */
public final class ExtractFeatures {

  // Titles an article may or may not put before a name; the name alone is the key.
  private static final Set<String> TITLES = WordList.of("name-key-titles");

  private static final Set<String> TWO_WORD_TITLES = WordList.of("name-key-two-word-titles");

  /** Actors kept per article. */
  static final int MAX_ACTORS = 6;

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private final DescribeArticle describe;

  /** Describes articles with {@code embed}. */
  public ExtractFeatures(Embed embed) {
    this.describe = new DescribeArticle(embed);
  }

  /** Describes articles with this executor's embedding model, loaded on first use. */
  public static ExtractFeatures onThisExecutor() {
    return new ExtractFeatures(ExecutorEmbed.get());
  }

  /**
   * The features of a briefed article, identified by {@code position} and {@code id}, from its
   * briefing and the annotations it was made from.
   */
  public DescribedArticle extract(long position, String id, Timed briefed) {
    Briefing briefing = briefed.briefing();
    List<String> actors =
        briefing.actors().stream()
            .map(Actor::name)
            .map(ExtractFeatures::actorKey)
            .filter(k -> !k.isEmpty())
            .distinct()
            .limit(MAX_ACTORS)
            .toList();
    return DescribedArticle.of(
        position, id, actors, describe.describe(id, briefing, briefed.annotated()));
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
}
