package org.civicbrief.web.story;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.civicbrief.core.story.ComposeStory;
import org.civicbrief.core.story.Story;
import org.civicbrief.core.story.StoryMember;
import org.civicbrief.store.Store;
import org.civicbrief.store.briefing.ReviewState;
import org.civicbrief.web.http.HttpProblem;
import org.civicbrief.web.http.Links;

/**
 * Reads a story for readers: follows merges to the story it lives in now and composes it from its
 * published articles only, so nothing an editor has not published shows.
 */
public final class ReadStory {

  /** A story that was found, or where a merged one lives now. */
  public sealed interface Found {
    /** The story, composed. */
    record Composed(Story story) implements Found {}

    /** The story was merged into another. */
    record Moved(long storyId) implements Found {}
  }

  private final Store store;
  private final ComposeStory compose = new ComposeStory();

  /** Stories from {@code store}. */
  public ReadStory(Store store) {
    this.store = store;
  }

  /** Story {@code id}, if it exists and has a published article. */
  public Optional<Found> find(long id) {
    OptionalLong current = store.stories().resolve(id);
    if (current.isEmpty()) {
      return Optional.empty();
    }
    if (current.getAsLong() != id) {
      return Optional.of(new Found.Moved(current.getAsLong()));
    }
    List<StoryMember> members = store.stories().publishedMembers(id);
    if (members.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Found.Composed(compose.compose(id, members)));
  }

  /** Story {@code id} as {@link #find} finds it, or a 404 problem when there is none to read. */
  public Found require(long id) {
    return find(id)
        .orElseThrow(() -> HttpProblem.notFound("There is no published story " + id + "."));
  }

  /** The reader's page of the published briefing of article {@code articleId}. */
  public Optional<String> briefingPage(String articleId) {
    return publishedBriefing(articleId).map(Links::briefing);
  }

  /** The id of the published briefing of article {@code articleId}, if it has one. */
  public Optional<Long> publishedBriefing(String articleId) {
    try {
      return store
          .briefings()
          .latestFor(Long.parseLong(articleId))
          .filter(b -> b.state() == ReviewState.PUBLISHED)
          .map(b -> b.id());
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** The address of story {@code id}. */
  public static String link(long id) {
    return "/stories/" + id;
  }
}
