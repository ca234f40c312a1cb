package org.civicbrief.core.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.civicbrief.core.briefing.DatePrecision;
import org.civicbrief.core.briefing.TimelineEvent;

/**
 * Merges the timelines of a story's articles: two events are one when their dates agree at the
 * precision both state (2025-01 and 2025-01-20 agree) and their wording is similar (most content
 * words of the shorter, date words aside, are in the longer). The merged event keeps the first
 * report's words and lists every outlet that reported it, carriers included.
 */
final class MergeTimeline {

  /** Share of the shorter event's content words that the longer must have. */
  static final double MIN_OVERLAP = 0.5;

  /** Content words two reports of one event must share at least. */
  static final int MIN_COMMON = 2;

  private static final class Group {
    final List<TimelineEvent> events = new ArrayList<>();
    final List<StoryEvidence> reports = new ArrayList<>();
    final Set<String> outlets = new LinkedHashSet<>();
    final Set<String> words;
    final int order;

    Group(TimelineEvent e, int order) {
      this.words = words(e);
      this.order = order;
    }
  }

  private MergeTimeline() {}

  /** The merged timeline of {@code members}, given in publication order. */
  static MergedTimeline merge(List<StoryMember> members) {
    List<Group> groups = new ArrayList<>();
    for (StoryMember m : members) {
      List<String> outlets = m.toArticle().outlets();
      for (TimelineEvent e : m.briefing().timeline()) {
        Group g = find(groups, e);
        if (g == null) {
          g = new Group(e, groups.size());
          groups.add(g);
        }
        g.events.add(e);
        g.reports.add(new StoryEvidence(m.articleId(), e.evidence()));
        g.outlets.addAll(outlets);
      }
    }
    List<StoryEvent> out = new ArrayList<>();
    groups.sort(
        Comparator.comparing((Group g) -> mostPrecise(g).date()).thenComparingInt(g -> g.order));
    for (Group g : groups) {
      TimelineEvent first = g.events.getFirst();
      TimelineEvent precise = mostPrecise(g);
      boolean approximate = g.events.stream().allMatch(TimelineEvent::approximate);
      out.add(
          new StoryEvent(
              precise.date(),
              precise.precision(),
              approximate,
              first.text(),
              g.reports.getFirst(),
              g.reports,
              List.copyOf(g.outlets)));
    }
    return new MergedTimeline(out);
  }

  private static Group find(List<Group> groups, TimelineEvent e) {
    Set<String> w = words(e);
    Group best = null;
    double bestOverlap = 0;
    for (Group g : groups) {
      if (!compatible(g.events.getFirst(), e)) {
        continue;
      }
      double o = ContentWords.overlap(g.words, w);
      if (o >= MIN_OVERLAP && ContentWords.common(g.words, w) >= MIN_COMMON && o > bestOverlap) {
        best = g;
        bestOverlap = o;
      }
    }
    return best;
  }

  /** True when one date is the other at a coarser precision, or the same. */
  static boolean compatible(TimelineEvent a, TimelineEvent b) {
    return a.date().startsWith(b.date()) || b.date().startsWith(a.date());
  }

  /** The content words of the event's text without those of its date expression. */
  private static Set<String> words(TimelineEvent e) {
    Set<String> w = new LinkedHashSet<>(ContentWords.of(e.text()));
    w.removeAll(ContentWords.of(e.dateText()));
    return w;
  }

  private static TimelineEvent mostPrecise(Group g) {
    TimelineEvent best = g.events.getFirst();
    for (TimelineEvent e : g.events) {
      if (rank(e.precision()) > rank(best.precision())
          || (rank(e.precision()) == rank(best.precision())
              && best.approximate()
              && !e.approximate())) {
        best = e;
      }
    }
    return best;
  }

  private static int rank(DatePrecision p) {
    return switch (p) {
      case YEAR -> 0;
      case MONTH -> 1;
      case DAY -> 2;
    };
  }
}
