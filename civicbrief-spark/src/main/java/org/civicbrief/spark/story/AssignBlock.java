package org.civicbrief.spark.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.civicbrief.core.story.AssignStory;
import org.civicbrief.core.story.Assignment;
import org.civicbrief.core.story.DocumentFrequencies;
import org.civicbrief.core.story.StoryIndex;
import org.civicbrief.core.story.StoryModel;
import scala.Tuple2;

/**
 * Runs the online clusterer over one block of candidate articles: a fresh {@link StoryIndex}
 * weighted by the whole batch's document frequencies, and {@link AssignStory} fed the block's
 * articles in publication order (date, then input position). An article that joins a story is
 * linked to that story's first article in the block, with the model's score.
 *
 * <p>A block larger than twice {@link StorySettings#neighbors()} is assigned in overlapping windows
 * of twice that many articles, one starting every {@code neighbors}, so each article meets at least
 * the {@code neighbors} articles before it and the work of a block grows linearly with its size.
 */
final class AssignBlock {

  static final Comparator<DescribedArticle> PUBLICATION_ORDER =
      Comparator.comparingLong(DescribedArticle::day).thenComparingLong(DescribedArticle::position);

  private final int neighbors;
  private final StoryModel model;
  private final DocumentFrequencies frequencies;

  AssignBlock(StorySettings settings, DocumentFrequencies frequencies) {
    this.neighbors = settings.neighbors();
    this.model = settings.model();
    this.frequencies = Objects.requireNonNull(frequencies, "frequencies");
  }

  /** The links the block gives, keyed by the position of the article that joined. */
  List<Tuple2<Long, Candidate>> links(Iterable<DescribedArticle> block) {
    List<DescribedArticle> members = new ArrayList<>();
    block.forEach(members::add);
    members.sort(PUBLICATION_ORDER);
    List<Tuple2<Long, Candidate>> out = new ArrayList<>();
    for (int start = 0; ; start += neighbors) {
      int end = Math.min(members.size(), start + 2 * neighbors);
      assign(members.subList(start, end), out);
      if (end == members.size()) {
        return out;
      }
    }
  }

  private void assign(List<DescribedArticle> window, List<Tuple2<Long, Candidate>> out) {
    if (window.size() < 2) {
      return;
    }
    StoryIndex index = new StoryIndex(window.getFirst().embedding().length, model, frequencies);
    AssignStory assign = new AssignStory(model);
    Map<Long, DescribedArticle> firsts = new HashMap<>();
    for (DescribedArticle a : window) {
      Assignment r = assign.assign(a.features(), index);
      if (r.started()) {
        firsts.put(r.storyId(), a);
      } else {
        DescribedArticle first = firsts.get(index.resolve(r.storyId()).orElseThrow());
        out.add(new Tuple2<>(a.position(), new Candidate(first.position(), first.id(), r.score())));
      }
    }
  }
}
