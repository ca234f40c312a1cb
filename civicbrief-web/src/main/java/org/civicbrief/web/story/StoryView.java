package org.civicbrief.web.story;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.civicbrief.core.briefing.Evidence;
import org.civicbrief.core.render.SafeUrl;
import org.civicbrief.core.story.Change;
import org.civicbrief.core.story.Statement;
import org.civicbrief.core.story.Story;
import org.civicbrief.core.story.StoryActor;
import org.civicbrief.core.story.StoryArticle;
import org.civicbrief.core.story.StoryEvent;
import org.civicbrief.core.story.StoryFact;
import org.civicbrief.core.story.StoryQuestion;
import org.civicbrief.web.briefing.ReaderDates;
import org.civicbrief.web.http.Links;

/**
 * A story as its page shows it: timeline first, then what changed, then the story briefing, then
 * the articles by outlet. Every text comes from the articles and is escaped by the template.
 *
 * @param id the story
 * @param title its title
 * @param dates the span of its articles' dates, for readers
 * @param events the timeline, earliest first
 * @param changes what the newest article changed
 * @param changedBy the newest article's outlet and date, when there are changes
 * @param dek the story's one-sentence summary
 * @param summary the summary sentences, each with its outlets
 * @param facts the core facts, each with its outlets
 * @param actors the key actors merged across the articles
 * @param quiz the story quiz: questions from the articles' quizzes, each with its answer
 * @param outlets the articles grouped by outlet
 */
public record StoryView(
    long id,
    String title,
    String dates,
    List<Event> events,
    List<ChangeRow> changes,
    String changedBy,
    String dek,
    List<Fact> summary,
    List<Fact> facts,
    List<ActorRow> actors,
    List<QuestionRow> quiz,
    List<Outlet> outlets) {

  /**
   * A timeline event: its date for readers and machines, what happened, who reported it, and the
   * article view at the sentence it comes from.
   */
  public record Event(
      String date, Optional<String> iso, String text, String outlets, Optional<String> href) {}

  /** One side of a change: the statement, its outlet, its date and its place in the article. */
  public record Side(String text, String outlet, String date, Optional<String> href) {}

  /** A change with both pieces of evidence. */
  public record ChangeRow(String kind, String description, Optional<Side> before, Side after) {}

  /** A statement of the story briefing, the outlets that reported it, and its evidence. */
  public record Fact(String text, String outlets, boolean superseded, Optional<String> href) {}

  /** "3 questions", "1 question". */
  public String questionCount() {
    return quiz.size() == 1 ? "1 question" : quiz.size() + " questions";
  }

  /** A key actor: name, role, in how many articles, and the article view at the first mention. */
  public record ActorRow(
      String name, Optional<String> role, String presence, Optional<String> href) {}

  /** A quiz question with its options, answer, explanation and source sentence. */
  public record QuestionRow(
      int number,
      String stem,
      List<String> options,
      String answer,
      String explanation,
      Optional<String> href) {}

  /** An article of the story. */
  public record Article(
      String title, Optional<String> href, String date, Optional<String> url, String carriedBy) {}

  /** The articles of one outlet. */
  public record Outlet(String name, List<Article> articles) {}

  /**
   * The view of {@code story}; {@code briefing} gives the published briefing of an article id,
   * whose article view each statement links to at its evidence.
   */
  public static StoryView of(Story story, Function<String, Optional<Long>> briefing) {
    // One lookup per article, however many of its statements the page links.
    Map<String, Optional<Long>> looked = new HashMap<>();
    Function<String, Optional<Long>> briefingOf = id -> looked.computeIfAbsent(id, briefing);
    Function<String, Optional<String>> briefingPage =
        id -> briefingOf.apply(id).map(Links::briefing);
    BiFunction<String, Evidence, Optional<String>> at =
        (id, evidence) -> briefingOf.apply(id).map(b -> Links.evidence(b, evidence));
    List<Event> events = new ArrayList<>();
    for (StoryEvent e : story.timeline().events()) {
      events.add(
          new Event(
              ReaderDates.human(e.date(), e.precision()),
              ReaderDates.machine(e.date()),
              e.text(),
              String.join(", ", e.outlets()),
              at.apply(e.evidence().articleId(), e.evidence().evidence())));
    }
    List<ChangeRow> changes = new ArrayList<>();
    String changedBy = "";
    if (story.whatChanged().isPresent()) {
      for (Change c : story.whatChanged().get().changes()) {
        changes.add(
            new ChangeRow(
                label(c), c.description(), c.before().map(b -> side(b, at)), side(c.after(), at)));
      }
      changedBy = story.whatChanged().get().published().map(ReaderDates::day).orElse("");
    }
    Map<String, List<Article>> byOutlet = new LinkedHashMap<>();
    for (StoryArticle a : story.articles()) {
      List<String> others = a.outlets().subList(1, a.outlets().size());
      byOutlet
          .computeIfAbsent(a.outlet(), k -> new ArrayList<>())
          .add(
              new Article(
                  a.title(),
                  briefingPage.apply(a.articleId()),
                  a.published().map(ReaderDates::day).orElse("undated"),
                  a.url().flatMap(SafeUrl::http),
                  String.join(", ", others)));
    }
    List<Outlet> outlets = new ArrayList<>();
    byOutlet.forEach((name, list) -> outlets.add(new Outlet(name, list)));
    return new StoryView(
        story.id(),
        story.title(),
        span(story.first(), story.last()),
        events,
        changes,
        changedBy,
        story.briefing().dek().text(),
        story.briefing().summary().stream().map(f -> fact(f, at)).toList(),
        story.briefing().facts().stream().map(f -> fact(f, at)).toList(),
        actors(story, at),
        quiz(story, at),
        outlets);
  }

  private static List<ActorRow> actors(
      Story story, BiFunction<String, Evidence, Optional<String>> at) {
    int count = story.articles().size();
    List<ActorRow> rows = new ArrayList<>();
    for (StoryActor a : story.actors()) {
      String presence =
          count == 1 ? "" : "Named in " + a.articles() + " of the " + count + " articles";
      Optional<String> href =
          a.evidence().isEmpty()
              ? Optional.empty()
              : at.apply(a.evidence().getFirst().articleId(), a.evidence().getFirst().evidence());
      rows.add(new ActorRow(a.name(), a.role().map(r -> r.text()), presence, href));
    }
    return rows;
  }

  private static List<QuestionRow> quiz(
      Story story, BiFunction<String, Evidence, Optional<String>> at) {
    List<QuestionRow> rows = new ArrayList<>();
    for (StoryQuestion q : story.quiz().questions()) {
      rows.add(
          new QuestionRow(
              rows.size() + 1,
              q.question().stem(),
              q.question().options(),
              q.question().answer(),
              q.question().explanation(),
              at.apply(q.articleId(), q.question().evidence())));
    }
    return rows;
  }

  private static Fact fact(StoryFact f, BiFunction<String, Evidence, Optional<String>> at) {
    return new Fact(
        f.text(),
        String.join(", ", f.outlets()),
        f.superseded(),
        at.apply(f.evidence().articleId(), f.evidence().evidence()));
  }

  private static Side side(Statement s, BiFunction<String, Evidence, Optional<String>> at) {
    return new Side(
        s.text(),
        s.outlet(),
        s.published().map(ReaderDates::day).orElse("undated"),
        at.apply(s.articleId(), s.evidence()));
  }

  private static String label(Change c) {
    return switch (c.kind()) {
      case NEW_FACT -> "New";
      case NUMBER_CHANGED -> "Number changed";
      case REVERSED -> "Reversed";
      case NEW_ACTOR -> "New in the story";
    };
  }

  /** The span of two dates for readers; empty without a first date. */
  public static String span(Optional<LocalDate> first, Optional<LocalDate> last) {
    if (first.isEmpty()) {
      return "";
    }
    if (last.isEmpty() || last.get().equals(first.get())) {
      return ReaderDates.day(first.get());
    }
    return ReaderDates.day(first.get()) + " – " + ReaderDates.day(last.get());
  }
}
