package org.civicbrief.core.values;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.civicbrief.core.text.AnnotatedArticle;
import org.civicbrief.core.text.EntityMention;
import org.civicbrief.core.text.EntityType;
import org.civicbrief.core.text.Sentence;
import org.civicbrief.core.text.WordList;

/**
 * Adds date, money, percent and number mentions to an annotated article.
 *
 * <p>A date mention's normalized value is ISO 8601 at its precision, with a leading {@code ~} when
 * approximate, or empty when unresolved. A number mention's value is plain decimal notation.
 */
public final class AddValueMentions {

  private final RecognizeDates dates = new RecognizeDates();
  private final RecognizeQuantities quantities = new RecognizeQuantities();
  private final RecognizeSpanishDates spanishDates = new RecognizeSpanishDates();
  private final RecognizeSpanishQuantities spanishQuantities = new RecognizeSpanishQuantities();

  /** Returns the article with its value mentions replaced by the recognizers' findings. */
  public AnnotatedArticle apply(AnnotatedArticle in) {
    String text = in.text();
    List<EntityMention> mentions = new ArrayList<>();
    List<int[]> people = new ArrayList<>();
    for (EntityMention m : in.mentions()) {
      if (m.type().isName()) {
        EntityMention named =
            m.type() == EntityType.PERSON ? withHyphenatedSurname(in, withMonthName(in, m)) : m;
        mentions.add(named);
        if (named.type() == EntityType.PERSON) {
          people.add(new int[] {named.start(), named.end()});
        }
      }
    }
    List<int[]> taken = new ArrayList<>();
    boolean spanish = in.article().language().equals("es");
    List<DateExpression> found =
        spanish
            ? spanishDates.find(text, in.article().published())
            : dates.find(text, in.article().published());
    for (DateExpression d : found) {
      if (people.stream().anyMatch(p -> d.start() < p[1] && d.end() > p[0])) {
        continue; // "Judge April M. Perry": the month is her first name
      }
      Optional<EntityMention> m = mention(in, d.start(), d.end(), EntityType.DATE, d.normalized());
      if (m.isPresent()) {
        mentions.add(m.get());
        taken.add(new int[] {d.start(), d.end()});
      }
    }
    List<RecognizeQuantities.Quantity> amounts =
        spanish ? spanishQuantities.find(text, taken) : quantities.find(text, taken);
    for (RecognizeQuantities.Quantity q : amounts) {
      mention(in, q.start(), q.end(), q.type(), q.value())
          .filter(m -> !q.word() || beforeNoun(in.sentence(m.sentence()), m.lastToken()))
          .ifPresent(mentions::add);
    }
    mentions.sort(
        Comparator.comparingInt(EntityMention::sentence).thenComparingInt(EntityMention::start));
    return new AnnotatedArticle(in.article(), in.sentences(), mentions);
  }

  /** Months that are also first names. */
  private static final Set<String> MONTH_NAMES = Set.of("April", "May", "June", "August");

  private static final Set<String> TITLES = WordList.of("titles");

  /**
   * "U.S. District Judge April M. Perry": the tagger takes "April" for a date and the person for
   * "M. Perry". A month that can be a first name, between a title and a person's name, is the
   * name's first word; so is one right before a name that opens with an initial.
   */
  private static EntityMention withMonthName(AnnotatedArticle in, EntityMention m) {
    Sentence s = in.sentence(m.sentence());
    int month = m.firstToken() - 1;
    if (month < 1 || !MONTH_NAMES.contains(s.token(month).text())) {
      return m;
    }
    String title = s.token(month - 1).text().toLowerCase(Locale.ROOT);
    // After a title ("Judge April Perry"), or before an initial ("The judge, April M. Perry"): a
    // date has neither.
    boolean initial = m.text().matches("\\p{Lu}\\.\\s.*");
    if (!(TITLES.contains(title) || initial)
        || s.token(month).end() + 1 != s.token(m.firstToken()).start()) {
      return m;
    }
    int start = s.token(month).start();
    return new EntityMention(
        m.sentence(),
        month,
        m.lastToken(),
        start,
        m.end(),
        in.text().substring(start, m.end()),
        m.type(),
        m.normalized());
  }

  /**
   * "Winsome Earle-Sears": the tagger ends the name before a hyphenated surname it does not know
   * (R15: a candidate listed as "Winsome"). A capitalized hyphenated word right after a person's
   * name, one space on, written without spaces ("Earle-Sears" as one token or as three), that no
   * other name claims, is the name's last word.
   */
  private static EntityMention withHyphenatedSurname(AnnotatedArticle in, EntityMention m) {
    Sentence s = in.sentence(m.sentence());
    int next = m.lastToken() + 1;
    if (next >= s.size() || s.token(next).start() != m.end() + 1) {
      return m;
    }
    int last = -1;
    if (HYPHENATED.matcher(s.token(next).text()).matches()) {
      last = next;
    } else if (next + 2 < s.size()
        && CAPITALIZED.matcher(s.token(next).text()).matches()
        && s.token(next + 1).text().equals("-")
        && CAPITALIZED.matcher(s.token(next + 2).text()).matches()
        && s.token(next + 1).start() == s.token(next).end()
        && s.token(next + 2).start() == s.token(next + 1).end()) {
      last = next + 2;
    }
    if (last < 0) {
      return m;
    }
    int end = s.token(last).end();
    for (EntityMention other : in.mentionsIn(m.sentence())) {
      if (other != m && other.type().isName() && other.start() < end && other.end() > m.end()) {
        return m;
      }
    }
    return new EntityMention(
        m.sentence(),
        m.firstToken(),
        last,
        m.start(),
        end,
        in.text().substring(m.start(), end),
        m.type(),
        m.normalized());
  }

  private static final java.util.regex.Pattern HYPHENATED =
      java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}+-\\p{Lu}\\p{Ll}+");

  private static final java.util.regex.Pattern CAPITALIZED =
      java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}+");

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
