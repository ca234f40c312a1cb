package org.civicbrief.core.story;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicbrief.core.article.Article;
import org.civicbrief.core.briefing.Actor;
import org.civicbrief.core.briefing.ActorKind;
import org.civicbrief.core.briefing.BriefItem;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.briefing.DatePrecision;
import org.civicbrief.core.briefing.Evidence;
import org.civicbrief.core.briefing.Headline;
import org.civicbrief.core.briefing.Role;
import org.civicbrief.core.briefing.TestBriefing;
import org.civicbrief.core.briefing.TimelineEvent;
import org.civicbrief.core.quiz.Difficulty;
import org.civicbrief.core.quiz.Question;
import org.civicbrief.core.quiz.QuestionKind;
import org.civicbrief.core.quiz.Quiz;

/**
 * Builds a briefing by hand from a test article: each item is named by a span of the article text,
 * whose offsets the builder finds, so the evidence is real without running the NLP pipeline.
 */
final class HandBriefing {

  private final String text;
  private final String outlet;
  private final LocalDate published;
  private final String origin;
  private BriefItem dek;
  private final List<BriefItem> summary = new ArrayList<>();
  private final List<BriefItem> facts = new ArrayList<>();
  private final List<Actor> actors = new ArrayList<>();
  private final List<TimelineEvent> timeline = new ArrayList<>();
  private final List<Question> questions = new ArrayList<>();

  private HandBriefing(String resource, String outlet, LocalDate published) {
    this.text = read(resource);
    this.outlet = outlet;
    this.published = published;
    this.origin = resource;
  }

  /** A briefing of test article {@code resource} (under {@code /stories/}). */
  static HandBriefing of(String resource, String outlet, String published) {
    return new HandBriefing(resource, outlet, LocalDate.parse(published));
  }

  HandBriefing dek(String span) {
    dek = item(span, false);
    return this;
  }

  HandBriefing summary(String span) {
    summary.add(item(span, false));
    return this;
  }

  HandBriefing fact(String span) {
    facts.add(item(span, false));
    return this;
  }

  HandBriefing hedgedFact(String span) {
    facts.add(item(span, true));
    return this;
  }

  HandBriefing person(String name, String mention, int mentions) {
    return actor(name, ActorKind.PERSON, mention, mentions, null);
  }

  HandBriefing person(String name, String mention, int mentions, String role) {
    return actor(name, ActorKind.PERSON, mention, mentions, role);
  }

  HandBriefing actor(String name, ActorKind kind, String mention, int mentions, String role) {
    Evidence at = find(mention);
    Optional<Role> r =
        role == null ? Optional.empty() : Optional.of(new Role(role, find(role, at.start())));
    actors.add(
        new Actor(
            "a" + (actors.size() + 1),
            name,
            kind,
            r,
            mentions,
            List.of(),
            Optional.empty(),
            at,
            List.of()));
    return this;
  }

  HandBriefing event(String date, DatePrecision precision, String dateText, String span) {
    Evidence e = find(span);
    int d = text.indexOf(dateText, e.start());
    Evidence de = new Evidence(e.sentence(), d, d + dateText.length());
    timeline.add(new TimelineEvent(date, precision, false, dateText, span, e, de));
    return this;
  }

  HandBriefing question(String stem, String answer, List<String> options, String span) {
    questions.add(
        new Question(
            origin + "-q" + (questions.size() + 1),
            QuestionKind.HOW_MANY,
            stem,
            options,
            answer,
            "The article says: " + span,
            find(span),
            Difficulty.EASY,
            "coreFacts[" + questions.size() + "]",
            false,
            Optional.empty()));
    return this;
  }

  /** The briefing. */
  Briefing build() {
    String title = text.lines().findFirst().orElseThrow();
    Article a =
        new Article(
            text,
            Optional.of(title),
            true,
            Optional.empty(),
            Optional.of(outlet),
            Optional.of(published),
            Optional.empty(),
            Optional.of("https://" + outlet.toLowerCase().replace(' ', '-') + ".example/" + origin),
            "en",
            origin);
    BriefItem d = dek != null ? dek : facts.getFirst();
    return TestBriefing.of(
            a, new Headline(title, Optional.of(new Evidence(0, 0, title.length()))), d)
        .schemaVersion(1)
        .summary(summary)
        .coreFacts(facts)
        .actors(actors)
        .timeline(timeline)
        .build()
        .withQuiz(new Quiz(questions, 5, questions.size(), Map.of()));
  }

  /** A member of a story, arriving {@code arrival}th. */
  StoryMember member(long arrival) {
    return new StoryMember(origin.replace(".txt", ""), build(), arrival);
  }

  private BriefItem item(String span, boolean hedged) {
    return new BriefItem(span, find(span), List.of(), hedged);
  }

  private Evidence find(String span) {
    return find(span, 0);
  }

  /** The first occurrence of {@code span} from {@code from} on. */
  private Evidence find(String span, int from) {
    int start = text.indexOf(span, from);
    if (start < 0) {
      throw new IllegalArgumentException("not in " + origin + ": " + span);
    }
    int sentence = text.substring(0, start).split("(?<=[.!?\"”])\\s+").length - 1;
    return new Evidence(Math.max(0, sentence), start, start + span.length());
  }

  private static String read(String resource) {
    try (InputStream in = HandBriefing.class.getResourceAsStream("/stories/" + resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no test article " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
