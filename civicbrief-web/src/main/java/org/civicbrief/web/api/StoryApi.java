package org.civicbrief.web.api;

import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.civicbrief.core.story.Change;
import org.civicbrief.core.story.Statement;
import org.civicbrief.core.story.Story;
import org.civicbrief.core.story.StoryFact;
import org.civicbrief.store.Store;
import org.civicbrief.store.story.StorySummary;
import org.civicbrief.web.http.JsonBody;
import org.civicbrief.web.http.Params;
import org.civicbrief.web.story.ReadStory;

/**
 * {@code /api/v1/stories}: published stories, open to everyone like the story pages. A merged story
 * answers 301 to the story it joined.
 */
final class StoryApi {

  static final String STORIES = "/api/v1/stories";

  private final Store store;
  private final ReadStory stories;
  private final JsonBody json;

  StoryApi(Store store, JsonBody json) {
    this.store = store;
    this.stories = new ReadStory(store);
    this.json = json;
  }

  void register(ApiRouter r) {
    r.get(STORIES, this::list);
    r.get(STORIES + "/{id}", this::one);
  }

  record StoryItem(
      long id,
      String title,
      int articles,
      Optional<LocalDate> first,
      Optional<LocalDate> last,
      Instant updatedAt) {}

  record StoryList(int offset, List<StoryItem> items) {}

  record ArticleDoc(
      String articleId,
      String title,
      String outlet,
      List<String> outlets,
      Optional<String> url,
      Optional<LocalDate> published,
      Optional<String> briefing) {}

  record EventDoc(String date, String precision, String text, List<String> outlets) {}

  record StatementDoc(
      String articleId, String outlet, Optional<LocalDate> published, String text) {}

  record ChangeDoc(
      String kind, String description, Optional<StatementDoc> before, StatementDoc after) {}

  record FactDoc(String text, List<String> outlets, boolean superseded) {}

  record BriefingDoc(
      String dek, List<FactDoc> summary, List<FactDoc> facts, List<String> outlets) {}

  record ActorDoc(
      String name,
      String kind,
      Optional<String> role,
      List<String> aliases,
      int articles,
      int mentions) {}

  record QuestionDoc(
      String articleId,
      String id,
      String kind,
      String stem,
      List<String> options,
      String answer,
      String explanation) {}

  record StoryDocument(
      long id,
      String title,
      Optional<LocalDate> first,
      Optional<LocalDate> last,
      List<EventDoc> timeline,
      List<ChangeDoc> whatChanged,
      BriefingDoc briefing,
      List<ActorDoc> actors,
      List<QuestionDoc> quiz,
      List<ArticleDoc> articles) {}

  private void list(Context ctx) {
    int limit = Params.queryInt(ctx, "limit", 20, 1, 100);
    int offset = Params.queryInt(ctx, "offset", 0, 0, 100_000);
    List<StoryItem> items =
        store.stories().published(limit, offset).stream().map(StoryApi::item).toList();
    ctx.header("Cache-Control", "no-cache");
    json.send(ctx, 200, new StoryList(offset, items));
  }

  private static StoryItem item(StorySummary s) {
    return new StoryItem(s.id(), s.title(), s.articles(), s.first(), s.last(), s.updatedAt());
  }

  private void one(Context ctx) {
    switch (stories.require(Params.id(ctx, "id"))) {
      case ReadStory.Found.Moved m -> {
        ctx.header("Location", STORIES + "/" + m.storyId());
        ctx.status(301);
      }
      case ReadStory.Found.Composed c -> {
        ctx.header("Cache-Control", "no-cache");
        json.send(ctx, 200, document(c.story()));
      }
    }
  }

  private StoryDocument document(Story s) {
    List<ChangeDoc> changes =
        s.whatChanged()
            .map(w -> w.changes().stream().map(StoryApi::change).toList())
            .orElse(List.of());
    return new StoryDocument(
        s.id(),
        s.title(),
        s.first(),
        s.last(),
        s.timeline().events().stream()
            .map(
                e ->
                    new EventDoc(
                        e.date(),
                        e.precision().name().toLowerCase(java.util.Locale.ROOT),
                        e.text(),
                        e.outlets()))
            .toList(),
        changes,
        new BriefingDoc(
            s.briefing().dek().text(),
            s.briefing().summary().stream().map(StoryApi::fact).toList(),
            s.briefing().facts().stream().map(StoryApi::fact).toList(),
            s.briefing().outlets()),
        s.actors().stream()
            .map(
                a ->
                    new ActorDoc(
                        a.name(),
                        a.kind().name().toLowerCase(java.util.Locale.ROOT),
                        a.role().map(r -> r.text()),
                        a.aliases(),
                        a.articles(),
                        a.mentions()))
            .toList(),
        s.quiz().questions().stream()
            .map(
                q ->
                    new QuestionDoc(
                        q.articleId(),
                        q.question().id(),
                        q.question().kind().name().toLowerCase(java.util.Locale.ROOT),
                        q.question().stem(),
                        q.question().options(),
                        q.question().answer(),
                        q.question().explanation()))
            .toList(),
        s.articles().stream()
            .map(
                a ->
                    new ArticleDoc(
                        a.articleId(),
                        a.title(),
                        a.outlet(),
                        a.outlets(),
                        a.url(),
                        a.published(),
                        stories.briefingPage(a.articleId())))
            .toList());
  }

  private static ChangeDoc change(Change c) {
    return new ChangeDoc(
        c.kind().name().toLowerCase(java.util.Locale.ROOT),
        c.description(),
        c.before().map(StoryApi::statement),
        statement(c.after()));
  }

  private static StatementDoc statement(Statement s) {
    return new StatementDoc(s.articleId(), s.outlet(), s.published(), s.text());
  }

  private static FactDoc fact(StoryFact f) {
    return new FactDoc(f.text(), f.outlets(), f.superseded());
  }
}
