package org.civicbrief.core.story;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.civicbrief.core.briefing.Actor;
import org.civicbrief.core.briefing.ActorKind;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.text.AnnotatedArticle;
import org.civicbrief.core.text.EntityMention;
import org.civicbrief.core.text.EntityType;

/**
 * Describes a briefed article for story assignment: its embedding, its words, names and numbers,
 * the people of its briefing and its date.
 */
public final class DescribeArticle {

  private static final int DATELINE_LINES = 3;

  private final Embed embed;

  /** Describes articles with {@code embed}. */
  public DescribeArticle(Embed embed) {
    this.embed = Objects.requireNonNull(embed, "embed");
  }

  /**
   * The features of article {@code articleId}, whose briefing is {@code briefing}, from the
   * annotations the briefing was made from: the words are CoreNLP's tokens and the dateline a date
   * the annotator recognized; only the embedding reads the text again, with its own tokenizer.
   */
  public StoryFeatures describe(String articleId, Briefing briefing, AnnotatedArticle annotated) {
    var article = briefing.article();
    Optional<String> title = ArticleWords.separateTitle(annotated);
    String text = title.map(t -> t + "\n" + article.text()).orElse(article.text());
    ArticleWords.Counts counts = ArticleWords.of(annotated);
    return new StoryFeatures(
        articleId,
        embed.embed(
            annotated.article().language().equals("es") ? ArticleWords.inEnglish(annotated) : text),
        counts.terms(),
        counts.names(),
        counts.numbers(),
        persons(briefing.actors()),
        placesNotPeople(counts.places(), briefing.actors()),
        article.published().or(() -> dateline(annotated, title.isPresent() ? 1 : 0)));
  }

  /** People by surname, weighted by how often the article refers to them. */
  private static Map<String, Float> persons(List<Actor> actors) {
    Map<String, Float> out = new HashMap<>();
    for (Actor a : actors) {
      if (a.kind() != ActorKind.PERSON) {
        continue;
      }
      String[] words = ArticleWords.plain(a.name()).split("[^\\p{L}'-]+");
      String surname = words.length == 0 ? "" : words[words.length - 1];
      if (surname.length() > 1) {
        out.merge(surname, (float) Math.max(1, a.mentions()), Float::sum);
      }
    }
    return out;
  }

  /**
   * The places, without the words of the briefing's people: the recognizer tags a surname as a
   * place now and then ("the Trump administration").
   */
  private static Map<String, Float> placesNotPeople(Map<String, Float> places, List<Actor> actors) {
    java.util.Set<String> people = new java.util.HashSet<>();
    for (Actor a : actors) {
      if (a.kind() == ActorKind.PERSON) {
        people.addAll(List.of(ArticleWords.plain(a.name()).split("[^\\p{L}'-]+")));
      }
    }
    Map<String, Float> out = new HashMap<>(places);
    out.keySet().removeIf(people::contains);
    return out;
  }

  /**
   * A full date in the first lines ("Posted: May 24, 2005"), which dates an article that came
   * without a publication date.
   */
  private static Optional<LocalDate> dateline(AnnotatedArticle annotated, int titleLines) {
    ArticleWords.Lines lines = new ArticleWords.Lines(annotated.text());
    for (EntityMention m : annotated.mentions()) {
      if (titleLines + lines.of(m.start()) >= DATELINE_LINES) {
        break;
      }
      if (m.type() == EntityType.DATE && m.normalized().length() == 10) {
        try {
          return Optional.of(LocalDate.parse(m.normalized()));
        } catch (java.time.DateTimeException e) {
          // Not a calendar date after all; keep looking.
        }
      }
    }
    return Optional.empty();
  }
}
