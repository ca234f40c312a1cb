package org.civicbrief.core.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Stories on two levels. An <em>event</em> is one happening reported by several outlets over a few
 * days; a <em>story line</em> is the question followed over months (a case from filing to ruling, a
 * bill from introduction to signing, a deployment from order to withdrawal). An article is first
 * scored against the earlier events ({@link StoryModel#lineDefaults()}: a slower time decay, places
 * and the matter weighed); the line of the nearest one that reaches the line threshold claims it
 * (single link: a line followed over months is a chain of events, each close to one before it, not
 * to their average); an event about other places than the article's is never its line's link,
 * unless both are mostly about the same rare person. Then the article joins an event ({@link
 * StoryModel#eventDefaults()}: the ECB+ event model, within days) of the line that claimed it, or
 * starts one there: events nest in lines. An article no line claims joins any event within days and
 * takes its line, or starts an event and a line. An article that reaches a second line at the line
 * model's merge threshold joins the two (single link across lines: a line split at its start,
 * because its first reports read unlike its later ones, is joined by the report that speaks of
 * both); the older line keeps its id. Readers follow story lines; events order the line's page.
 *
 * <p>Deterministic: the same articles in the same order give the same events and lines with the
 * same ids. Not thread-safe: one writer, as {@link StoryIndex}.
 */
public final class FollowStoryLines {

  private final StoryIndex events;
  private final StoryModel lineModel;
  private final AssignStory assignEvent;
  private final AssignStory scoreLine;
  private final Map<Long, Long> lineOfEvent = new HashMap<>();
  // A line merged into another: the line it lives in now (followed to the end, see lineOf).
  private final Map<Long, Long> mergedInto = new HashMap<>();
  private final java.util.Set<Long> lines = new java.util.HashSet<>();
  private long nextLine = 1;

  /** Empty events and lines for embeddings of {@code dimensions}. */
  public FollowStoryLines(int dimensions, StoryModel eventModel, StoryModel lineModel) {
    this(new StoryIndex(dimensions, eventModel), eventModel, lineModel);
  }

  /** Events kept in {@code events} (empty, or to be restored), lines by {@code lineModel}. */
  public FollowStoryLines(StoryIndex events, StoryModel eventModel, StoryModel lineModel) {
    this.events = Objects.requireNonNull(events, "events");
    this.lineModel = Objects.requireNonNull(lineModel, "lineModel");
    this.assignEvent = new AssignStory(eventModel);
    this.scoreLine = new AssignStory(lineModel);
  }

  /** Places the article described by {@code features}: its story line, and its event in it. */
  public Placement assign(StoryFeatures features) {
    StoryIndex.Doc d = events.count(features);
    // One lookup serves both steps: the events the article's keys propose are the candidates of its
    // line and of its event.
    int[] candidates = events.candidates(d);
    // The line first, by the nearest earlier event that reaches the line threshold (single link).
    long bestLine = -1;
    double best = -1;
    // Each line's best score, for lines the article joins together (see below).
    Map<Long, Double> lineScores = new java.util.TreeMap<>();
    for (int s : candidates) {
      double cosine = events.embeddingCosine(d, s);
      if (cosine < lineModel.embeddingGate()) {
        continue;
      }
      Long stored = lineOfEvent.get(events.id(s));
      if (stored == null) {
        continue;
      }
      long candidateLine = lineOf(stored);
      double[] f = events.features(d, s, cosine, lineModel.dateScaleDays());
      // A line is followed in its places: an event about other places is never its next link,
      // however alike the reports (two cities' deployments, two states' maps). As a weight this
      // is learned only from stories of one kind in two places, which a fit may not have seen.
      // A line about one rare person follows that person to wherever the next report is filed.
      if (StoryIndex.elsewhere(f) && !events.sameRareProtagonist(d, s)) {
        continue;
      }
      double score = scoreLine.score(f);
      lineScores.merge(candidateLine, score, Math::max);
      if (score > best || (score == best && candidateLine < bestLine)) {
        best = score;
        bestLine = candidateLine;
      }
    }
    boolean inLine = best >= lineModel.joinThreshold();
    // Single link across lines: a line split early (its first reports in words its later ones no
    // longer use) is joined again by the report that links to both. Lines the article reaches at
    // the merge threshold become one, the older keeping its id.
    List<Long> merged = new ArrayList<>();
    if (inLine) {
      long keep = bestLine;
      for (var e : lineScores.entrySet()) {
        if (e.getKey() != bestLine && e.getValue() >= lineModel.mergeThreshold()) {
          long other = e.getKey();
          long gone = Math.max(keep, other);
          keep = Math.min(keep, other);
          mergedInto.put(gone, keep);
          lines.remove(gone);
          merged.add(gone);
        }
      }
      bestLine = keep;
    }
    // Events nest in lines: when a line claims the article, it joins an event of that line or
    // starts one there. Without this, a report whose own event lies outside the event window (a
    // ruling four weeks after the argument) joins whatever event of the same court and the same
    // person happens to be within the week, and takes that event's line.
    int[] eventCandidates = inLine ? ofLine(candidates, bestLine) : candidates;
    Assignment event = assignEvent.assign(d, events, eventCandidates);
    if (!event.started()) {
      return new Placement(event, lineOf(lineOfEvent.get(event.storyId())), false, 0, merged);
    }
    long joined = inLine ? bestLine : nextLine++;
    lineOfEvent.put(event.storyId(), joined);
    lines.add(joined);
    return new Placement(event, joined, !inLine, inLine ? best : 0, merged);
  }

  /** The candidate events that belong to line {@code line}, in the same order. */
  private int[] ofLine(int[] candidates, long line) {
    return java.util.Arrays.stream(candidates)
        .filter(
            s -> {
              Long stored = lineOfEvent.get(events.id(s));
              return stored != null && lineOf(stored) == line;
            })
        .toArray();
  }

  /** The line that line {@code line} lives in now: itself, or the line it was merged into. */
  public long lineOf(long line) {
    long l = line;
    for (Long into = mergedInto.get(l); into != null; into = mergedInto.get(l)) {
      l = into;
    }
    return l;
  }

  /** Replays a stored merge of line {@code from} into line {@code into}. */
  public void restoreMerge(long into, long from) {
    long keep = lineOf(into);
    long gone = lineOf(from);
    if (keep != gone) {
      mergedInto.put(gone, keep);
      lines.remove(gone);
    }
  }

  /** Replays a stored placement without scoring anything (see {@link StoryIndex#restore}). */
  public void restore(long eventId, long lineId, StoryFeatures features) {
    events.restore(eventId, features);
    lineOfEvent.putIfAbsent(events.resolve(eventId).orElse(eventId), lineId);
    if (!mergedInto.containsKey(lineId)) {
      lines.add(lineId);
    }
    nextLine = Math.max(nextLine, lineId + 1);
  }

  /** How many events there are. */
  public int events() {
    return events.size();
  }

  /** How many story lines there are. */
  public int lines() {
    return lines.size();
  }

  /**
   * Where an article went.
   *
   * @param event its event
   * @param lineId the story line it belongs to
   * @param startedLine true when it started the story line
   * @param lineScore its score against the line it joined, 0 when it started one or came with its
   *     event
   * @param mergedLines the lines merged into {@code lineId} because this article reached them too
   */
  public record Placement(
      Assignment event,
      long lineId,
      boolean startedLine,
      double lineScore,
      List<Long> mergedLines) {
    public Placement {
      Objects.requireNonNull(event, "event");
      mergedLines = List.copyOf(mergedLines);
    }

    /** A placement that merged no lines. */
    public Placement(Assignment event, long lineId, boolean startedLine, double lineScore) {
      this(event, lineId, startedLine, lineScore, List.of());
    }

    /** The event's id. */
    public long eventId() {
      return event.storyId();
    }
  }
}
