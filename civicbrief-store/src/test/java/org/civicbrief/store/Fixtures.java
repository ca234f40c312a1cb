package org.civicbrief.store;

import java.time.LocalDate;
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
import org.civicbrief.core.briefing.Quote;
import org.civicbrief.core.briefing.Role;
import org.civicbrief.core.briefing.SourceKind;
import org.civicbrief.core.briefing.SourceRef;
import org.civicbrief.core.briefing.TestBriefing;
import org.civicbrief.core.briefing.TimelineEvent;
import org.civicbrief.core.quiz.Difficulty;
import org.civicbrief.core.quiz.Question;
import org.civicbrief.core.quiz.QuestionKind;
import org.civicbrief.core.quiz.Quiz;

/** Small articles and briefings written for these tests. */
public final class Fixtures {

  private Fixtures() {}

  /** A short article about a fictional council vote; {@code topic} makes its text unique. */
  public static Article article(String topic, Optional<LocalDate> published) {
    String text =
        "Harbor Council Approves "
            + topic
            + "\n\nThe Harbor City Council voted 7 to 2 on Monday to approve the "
            + topic
            + ", Mayor Lena Ortiz said.\n\nCouncil member Omar Reyes opposed the plan.";
    Article a =
        new Article(
            text,
            Optional.of("Harbor Council Approves " + topic),
            true,
            Optional.of("By A. Writer"),
            Optional.of("Harbor Ledger"),
            Optional.empty(),
            Optional.empty(),
            Optional.of("https://ledger.example/" + topic.replace(' ', '-')),
            "en",
            "test:" + topic);
    return published.map(a::withPublished).orElse(a);
  }

  /** A briefing of {@code article} whose actors are the mayor and the council member. */
  public static Briefing briefing(Article article, String pipelineVersion, Quiz quiz) {
    String text = article.text();
    int lead = text.indexOf("The Harbor");
    int leadEnd = text.indexOf("said.") + 5;
    int second = text.indexOf("Council member");
    BriefItem dek =
        new BriefItem(text.substring(lead, leadEnd), ev(1, lead, leadEnd), List.of(), false);
    BriefItem fact =
        new BriefItem(text.substring(second), ev(2, second, text.length()), List.of(), false);
    int mayor = text.indexOf("Lena Ortiz");
    int reyes = text.indexOf("Omar Reyes");
    Actor ortiz =
        new Actor(
            "a1",
            "Lena Ortiz",
            ActorKind.PERSON,
            Optional.of(new Role("Mayor", ev(1, mayor - 6, mayor - 1))),
            1,
            List.of(),
            Optional.empty(),
            ev(1, mayor, mayor + 10),
            List.of("Ortiz"));
    Actor omar =
        new Actor(
            "a2",
            "Omar Reyes",
            ActorKind.PERSON,
            Optional.empty(),
            1,
            List.of(),
            Optional.empty(),
            ev(2, reyes, reyes + 10),
            List.of());
    Quote quote =
        new Quote(
            "q1",
            "approve",
            ev(1, lead, leadEnd),
            "Lena Ortiz",
            "a1",
            ev(1, mayor, mayor + 10),
            Optional.of("said"));
    TimelineEvent vote =
        new TimelineEvent(
            "2026-11-16",
            DatePrecision.DAY,
            true,
            "Monday",
            dek.text(),
            ev(1, lead, leadEnd),
            ev(1, lead, leadEnd));
    SourceRef source =
        new SourceRef("Harbor Ledger", SourceKind.PUBLISHER, article.canonicalUrl(), List.of());
    return TestBriefing.of(
            article,
            new Headline(article.title().orElseThrow(), Optional.of(ev(0, 0, text.indexOf('\n')))),
            dek)
        .pipelineVersion(pipelineVersion)
        .summary(List.of(dek))
        .coreFacts(List.of(fact))
        .actors(List.of(ortiz, omar))
        .quotes(List.of(quote))
        .timeline(List.of(vote))
        .sources(List.of(source))
        .build()
        .withQuiz(quiz);
  }

  /** A two-question quiz. */
  public static Quiz quiz() {
    Question who =
        new Question(
            "q-who",
            QuestionKind.WHO_IS,
            "Who is the mayor?",
            List.of("Lena Ortiz", "Omar Reyes", "Ada Park", "Ben Cole"),
            "Lena Ortiz",
            "The article calls Lena Ortiz the mayor.",
            ev(1, 0, 10),
            Difficulty.EASY,
            "actors/a1",
            false,
            Optional.empty());
    Question vote =
        new Question(
            "q-vote",
            QuestionKind.TRUE_FALSE,
            "The council approved the plan.",
            List.of("True", "False"),
            "True",
            "The council voted 7 to 2 to approve it.",
            ev(1, 0, 10),
            Difficulty.EASY,
            "coreFacts[0]",
            false,
            Optional.empty());
    return new Quiz(List.of(who, vote), 2, 3, Map.of("duplicate", 1));
  }

  private static Evidence ev(int sentence, int start, int end) {
    return new Evidence(sentence, start, end);
  }
}
