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
import org.civicbrief.core.values.DateExpression;
import org.civicbrief.core.values.RecognizeDates;

/**
 * Describes a briefed article for story assignment: its embedding, its words, names and numbers,
 * the people of its briefing and its date.
 */
public final class DescribeArticle {

  private static final int DATELINE_LINES = 3;

  private final Embed embed;
  private final RecognizeDates dates = new RecognizeDates();

  /** Describes articles with {@code embed}. */
  public DescribeArticle(Embed embed) {
    this.embed = Objects.requireNonNull(embed, "embed");
  }

  /** The features of article {@code articleId}, whose briefing is {@code briefing}. */
  public StoryFeatures describe(String articleId, Briefing briefing) {
    var article = briefing.article();
    String text =
        article.titleInText() || article.title().isEmpty()
            ? article.text()
            : article.title().get() + "\n" + article.text();
    return new StoryFeatures(
        articleId,
        embed.embed(text),
        ArticleWords.terms(text),
        ArticleWords.names(text),
        ArticleWords.numbers(text),
        persons(briefing.actors()),
        article.published().or(() -> dateline(text)));
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
   * A full date in the first lines ("Posted: May 24, 2005"), which dates an article that came
   * without a publication date.
   */
  private Optional<LocalDate> dateline(String text) {
    String head = ArticleWords.firstLines(text, DATELINE_LINES);
    for (DateExpression d : dates.find(head, Optional.empty())) {
      if (!d.approximate() && d.value().length() == 10) {
        try {
          return Optional.of(LocalDate.parse(d.value()));
        } catch (java.time.DateTimeException e) {
          // Not a calendar date after all; keep looking.
        }
      }
    }
    return Optional.empty();
  }
}
