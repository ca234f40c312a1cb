package org.civicbrief.core.story;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.civicbrief.core.dedupe.DuplicateVerdict;
import org.civicbrief.core.dedupe.FindDuplicate;
import org.civicbrief.core.dedupe.FingerprintText;
import org.civicbrief.core.dedupe.InMemoryDuplicateIndex;

/**
 * Composes a story from its articles' briefings: the title, the articles in publication order, the
 * merged timeline, key actors, briefing and quiz, and what the newest article changed. Every item
 * keeps the evidence of the article it came from. A member that copies an earlier one (the same
 * text, or a wire copy with small edits) becomes a carrier of that one instead of an article of its
 * own. Deterministic: the same members give the same story whatever order they are passed in.
 */
public final class ComposeStory {

  private final FingerprintText fingerprints = new FingerprintText();
  private final FindDuplicate duplicates;

  /** Composes with the default duplicate thresholds. */
  public ComposeStory() {
    this(new FindDuplicate());
  }

  /** Composes with {@code duplicates} deciding which members copy an earlier one. */
  public ComposeStory(FindDuplicate duplicates) {
    this.duplicates = Objects.requireNonNull(duplicates, "duplicates");
  }

  /** The story {@code storyId} made of {@code members}, which must not be empty. */
  public Story compose(long storyId, List<StoryMember> members) {
    if (members.isEmpty()) {
      throw new IllegalArgumentException("story " + storyId + " has no articles");
    }
    List<StoryMember> ordered = inPublicationOrder(foldCopies(members));
    StoryMember newest = ordered.getLast();
    Optional<FindChanges.Found> found = FindChanges.find(ordered);
    Set<StoryEvidence> superseded = found.map(FindChanges.Found::superseded).orElse(Set.of());
    List<LocalDate> dates = ordered.stream().flatMap(m -> m.published().stream()).sorted().toList();
    return new Story(
        storyId,
        newest.briefing().headline().text(),
        ordered.stream().map(StoryMember::toArticle).toList(),
        MergeTimeline.merge(ordered),
        MergeActors.merge(ordered),
        MergeBriefing.merge(ordered, superseded),
        MergeQuiz.merge(ordered, superseded),
        found.map(FindChanges.Found::whatChanged),
        dates.isEmpty() ? Optional.empty() : Optional.of(dates.getFirst()),
        dates.isEmpty() ? Optional.empty() : Optional.of(dates.getLast()));
  }

  /** By publication date (undated last), then arrival, then id. */
  static List<StoryMember> inPublicationOrder(List<StoryMember> members) {
    List<StoryMember> out = new ArrayList<>(members);
    out.sort(
        Comparator.comparing(
                (StoryMember m) -> m.published().orElse(null),
                Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingLong(StoryMember::arrival)
            .thenComparing(StoryMember::articleId));
    return out;
  }

  /**
   * The members without copies: in arrival order, a member whose text copies an earlier member's is
   * added to that member's carriers.
   */
  private List<StoryMember> foldCopies(List<StoryMember> members) {
    List<StoryMember> byArrival = new ArrayList<>(members);
    byArrival.sort(
        Comparator.comparingLong(StoryMember::arrival).thenComparing(StoryMember::articleId));
    InMemoryDuplicateIndex index = new InMemoryDuplicateIndex();
    Map<String, StoryMember> originals = new HashMap<>();
    List<String> order = new ArrayList<>();
    Set<String> seen = new java.util.HashSet<>();
    for (StoryMember m : byArrival) {
      if (!seen.add(m.articleId())) {
        throw new IllegalArgumentException("article " + m.articleId() + " is in the story twice");
      }
      var fp = fingerprints.fingerprint(m.briefing().article().text());
      DuplicateVerdict v = duplicates.check(fp, index);
      Optional<String> original = v.original();
      if (original.isPresent()) {
        StoryMember o = originals.get(original.get());
        Carrier c =
            new Carrier(
                m.articleId(),
                m.outlet(),
                m.briefing().article().canonicalUrl(),
                m.published(),
                v instanceof DuplicateVerdict.Exact);
        StoryMember folded = o.withCarrier(c);
        for (Carrier more : m.carriers()) {
          folded = folded.withCarrier(more);
        }
        originals.put(o.articleId(), folded);
        continue;
      }
      index.add(m.articleId(), fp);
      originals.put(m.articleId(), m);
      order.add(m.articleId());
    }
    return order.stream().map(originals::get).toList();
  }
}
