package org.civicbrief.web.story;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.civicbrief.core.story.Change;
import org.civicbrief.core.story.Statement;
import org.civicbrief.core.story.Story;
import org.civicbrief.core.story.StoryArticle;
import org.civicbrief.core.story.StoryEvent;
import org.civicbrief.core.story.StoryFact;
import org.civicbrief.web.briefing.ReaderDates;
import org.civicbrief.web.briefing.SafeUrl;

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
    List<Outlet> outlets) {

  /** A timeline event: its date for readers and machines, what happened, and who reported it. */
  public record Event(String date, Optional<String> iso, String text, String outlets) {}

  /** One side of a change: the statement, its outlet and its date. */
  public record Side(String text, String outlet, String date) {}

  /** A change with both pieces of evidence. */
  public record ChangeRow(String kind, String description, Optional<Side> before, Side after) {}

  /** A statement of the story briefing and the outlets that reported it. */
  public record Fact(String text, String outlets, boolean superseded) {}

  /** An article of the story. */
  public record Article(
      String title, Optional<String> href, String date, Optional<String> url, String carriedBy) {}

  /** The articles of one outlet. */
  public record Outlet(String name, List<Article> articles) {}

  /** The view of {@code story}; {@code briefingPage} links an article id to its briefing page. */
  public static StoryView of(Story story, Function<String, Optional<String>> briefingPage) {
    List<Event> events = new ArrayList<>();
    for (StoryEvent e : story.timeline().events()) {
      events.add(
          new Event(
              ReaderDates.human(e.date(), e.precision()),
              ReaderDates.machine(e.date()),
              e.text(),
              String.join(", ", e.outlets())));
    }
    List<ChangeRow> changes = new ArrayList<>();
    String changedBy = "";
    if (story.whatChanged().isPresent()) {
      for (Change c : story.whatChanged().get().changes()) {
        changes.add(
            new ChangeRow(
                label(c), c.description(), c.before().map(StoryView::side), side(c.after())));
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
        story.briefing().summary().stream().map(StoryView::fact).toList(),
        story.briefing().facts().stream().map(StoryView::fact).toList(),
        outlets);
  }

  private static Fact fact(StoryFact f) {
    return new Fact(f.text(), String.join(", ", f.outlets()), f.superseded());
  }

  private static Side side(Statement s) {
    return new Side(s.text(), s.outlet(), s.published().map(ReaderDates::day).orElse("undated"));
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
