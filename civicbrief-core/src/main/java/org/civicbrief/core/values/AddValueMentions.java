package org.civicbrief.core.values;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.civicbrief.core.text.AnnotatedArticle;
import org.civicbrief.core.text.EntityMention;
import org.civicbrief.core.text.EntityType;
import org.civicbrief.core.text.Sentence;

/**
 * Adds date, money, percent and number mentions to an annotated article.
 *
 * <p>A date mention's normalized value is ISO 8601 at its precision, with a leading {@code ~} when
 * approximate, or empty when unresolved. A number mention's value is plain decimal notation.
 */
public final class AddValueMentions {

  private final RecognizeDates dates = new RecognizeDates();
  private final RecognizeQuantities quantities = new RecognizeQuantities();

  /** Returns the article with its value mentions replaced by the recognizers' findings. */
  public AnnotatedArticle apply(AnnotatedArticle in) {
    String text = in.text();
    List<EntityMention> mentions = new ArrayList<>();
    for (EntityMention m : in.mentions()) {
      if (m.type().isName()) {
        mentions.add(m);
      }
    }
    List<int[]> taken = new ArrayList<>();
    for (DateExpression d : dates.find(text, in.article().published())) {
      Optional<EntityMention> m = mention(in, d.start(), d.end(), EntityType.DATE, d.normalized());
      if (m.isPresent()) {
        mentions.add(m.get());
        taken.add(new int[] {d.start(), d.end()});
      }
    }
    for (RecognizeQuantities.Quantity q : quantities.find(text, taken)) {
      mention(in, q.start(), q.end(), q.type(), q.value())
          .filter(m -> !q.word() || beforeNoun(in.sentence(m.sentence()), m.lastToken()))
          .ifPresent(mentions::add);
    }
    mentions.sort(
        Comparator.comparingInt(EntityMention::sentence).thenComparingInt(EntityMention::start));
    return new AnnotatedArticle(in.article(), in.sentences(), mentions);
  }

  /**
   * A number word counts when a plural noun follows within three tokens ("six Mexican cartels").
   */
  private static boolean beforeNoun(Sentence s, int last) {
    for (int i = last + 1; i < Math.min(s.size(), last + 4); i++) {
      String pos = s.token(i).pos();
      if (pos.equals("NNS") || pos.equals("NNPS")) {
        return true;
      }
      if (!(pos.startsWith("JJ") || pos.startsWith("NN") || pos.equals("HYPH"))) {
        return false;
      }
    }
    return false;
  }

  private static Optional<EntityMention> mention(
      AnnotatedArticle in, int start, int end, EntityType type, String normalized) {
    for (Sentence s : in.sentences()) {
      if (start < s.start() || start >= s.end()) {
        continue;
      }
      if (end > s.end()) {
        return Optional.empty();
      }
      int first = -1;
      int last = -1;
      for (int i = 0; i < s.size(); i++) {
        if (s.token(i).end() > start && s.token(i).start() < end) {
          if (first < 0) {
            first = i;
          }
          last = i;
        }
      }
      if (first < 0) {
        return Optional.empty();
      }
      return Optional.of(
          new EntityMention(
              s.index(),
              first,
              last,
              start,
              end,
              in.text().substring(start, end),
              type,
              normalized));
    }
    return Optional.empty();
  }
}
