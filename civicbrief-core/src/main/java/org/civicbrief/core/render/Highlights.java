package org.civicbrief.core.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.civicbrief.core.briefing.Actor;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.briefing.Evidence;
import org.civicbrief.core.briefing.Quote;
import org.civicbrief.core.briefing.SourceRef;
import org.civicbrief.core.briefing.TimelineEvent;

/**
 * The spans of the article text that some item of a briefing rests on, merged where they overlap so
 * that each can become one highlighted, linkable mark.
 *
 * @param text the article text
 * @param spans non-overlapping spans in text order
 */
record Highlights(String text, List<Span> spans) {

  /**
   * A highlighted span of the article text.
   *
   * @param start offset of the first character
   * @param end offset just past the last character
   */
  record Span(int start, int end) {

    /** The fragment id of the span's mark in the page. */
    String id() {
      return "ev-" + start + "-" + end;
    }
  }

  Highlights {
    spans = List.copyOf(spans);
  }

  /**
   * Collects and merges every evidence span of {@code briefing}.
   *
   * @throws IllegalArgumentException when an evidence span lies outside the article text, which is
   *     a bug in the stage that made the briefing
   */
  static Highlights of(Briefing briefing) {
    String text = briefing.article().text();
    List<Evidence> all = evidenceOf(briefing);
    for (Evidence e : all) {
      if (e.end() > text.length()) {
        throw new IllegalArgumentException(
            "evidence sentence %d, %d-%d lies outside the article text of %d characters"
                .formatted(e.sentence(), e.start(), e.end(), text.length()));
      }
    }
    // A blank span has nothing to highlight, and a mark made of line breaks would fall between
    // paragraphs where no reader could see it.
    List<Evidence> visible =
        all.stream()
            .filter(e -> !e.in(text).isBlank())
            .sorted(Comparator.comparingInt(Evidence::start))
            .toList();
    List<Span> merged = new ArrayList<>();
    for (Evidence e : visible) {
      Span last = merged.isEmpty() ? null : merged.getLast();
      if (last != null && e.start() < last.end()) {
        merged.set(merged.size() - 1, new Span(last.start(), Math.max(last.end(), e.end())));
      } else {
        merged.add(new Span(e.start(), e.end()));
      }
    }
    return new Highlights(text, merged);
  }

  /** The span that holds {@code evidence}, or empty when the evidence has nothing to show. */
  Optional<Span> around(Evidence evidence) {
    int low = 0;
    int high = spans.size() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      Span span = spans.get(mid);
      if (span.end() <= evidence.start()) {
        low = mid + 1;
      } else if (span.start() > evidence.start()) {
        high = mid - 1;
      } else {
        return evidence.end() <= span.end() ? Optional.of(span) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static List<Evidence> evidenceOf(Briefing b) {
    List<Evidence> all = new ArrayList<>();
    b.headline().evidence().ifPresent(all::add);
    all.add(b.dek().evidence());
    b.summary().forEach(item -> all.add(item.evidence()));
    b.coreFacts().forEach(item -> all.add(item.evidence()));
    for (Actor actor : b.actors()) {
      all.add(actor.evidence());
      actor.role().ifPresent(role -> all.add(role.evidence()));
      actor.stance().ifPresent(stance -> all.add(stance.evidence()));
    }
    for (Quote quote : b.quotes()) {
      all.add(quote.evidence());
      all.add(quote.speakerEvidence());
    }
    for (TimelineEvent event : b.timeline()) {
      all.add(event.evidence());
      all.add(event.dateEvidence());
    }
    for (SourceRef source : b.sources()) {
      all.addAll(source.evidence());
    }
    b.legalCitations().forEach(c -> all.add(c.evidence()));
    return all;
  }
}
