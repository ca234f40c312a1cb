package org.civicbrief.web.story;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.civicbrief.web.http.Layout;
import org.civicbrief.web.http.Params;
import org.civicbrief.web.http.Templates;

/**
 * {@code GET /stories/{id}}: a story for readers; a merged story redirects to the one it joined.
 */
public final class StoryRoutes {

  private final ReadStory stories;
  private final Templates templates;
  private final Layout layout;

  /** The routes over {@code stories}. */
  public StoryRoutes(ReadStory stories, Templates templates, Layout layout) {
    this.stories = stories;
    this.templates = templates;
    this.layout = layout;
  }

  /** Registers the route. */
  public void register(RoutesConfig routes) {
    routes.get("/stories/{id}", this::story);
  }

  private void story(Context ctx) {
    switch (stories.require(Params.id(ctx, "id"))) {
      case ReadStory.Found.Moved m ->
          ctx.redirect(ReadStory.link(m.storyId()), io.javalin.http.HttpStatus.MOVED_PERMANENTLY);
      case ReadStory.Found.Composed c -> {
        ctx.header("Cache-Control", "no-cache");
        templates.send(
            ctx,
            "story.jte",
            new StoryPage(
                // A story joins outlets of both languages: its frame speaks the reader's choice
                // (?lang=), English by default (issue 19).
                layout
                    .page(c.story().title(), "home")
                    .withLanguage(org.civicbrief.web.http.ReaderLanguage.of(ctx, "en")),
                StoryView.of(c.story(), stories::publishedBriefing)));
      }
    }
  }
}
