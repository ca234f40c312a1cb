package org.civicbrief.core.pipeline;

import java.util.List;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.common.Outcome;
import org.civicbrief.core.story.StoryFeatures;

/**
 * Keeps briefings made away from the server (a batch job) in the database the server reads, as
 * drafts for an editor, and places their articles in stories: the port the store implements, so
 * that a batch writes the same rows, with the same rules, as the server's own workers.
 */
public interface KeepBriefings extends AutoCloseable {

  /**
   * Keeps the briefing's article (once per content), the briefing (once per article and pipeline
   * version) and its quiz. Keeping it again keeps nothing twice and says so.
   *
   * @return what was kept, or a failed outcome with the reason when the database refuses this
   *     briefing (the next one may still be kept)
   * @throws RuntimeException when the database cannot be reached at all
   */
  Outcome<Kept> keep(Briefing briefing);

  /**
   * Places kept articles, in the order given, in one story: the story the first of them already
   * lives in, or a new one. An article already in a story stays where it is.
   *
   * @param members the articles' story features, each named by its kept article id
   * @return the story they are in
   */
  long placeInStory(List<StoryFeatures> members);

  @Override
  void close();
}
