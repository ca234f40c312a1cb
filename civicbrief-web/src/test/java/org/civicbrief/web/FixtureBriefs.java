package org.civicbrief.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

/**
 * A stand-in for the briefing pipeline in the server's tests: simple, deterministic rules over the
 * article text, so the server can be tested without loading CoreNLP. Every item it makes carries
 * real evidence offsets, which is what the pages and links depend on.
 */
final class FixtureBriefs {

  private static final Pattern SENTENCE =
      Pattern.compile("[^\\s][^\\n]*?(?:[.!?][”\"]?(?=\\s|$)|(?=\\n)|$)");
  private static final Pattern QUOTE = Pattern.compile("“([^”]{12,}?)[,.]?”");
  // "…,” Okafor said" and "…,” said Mayor Teresa Lindqvist": the speaker's last name.
  private static final Pattern SAID =
      Pattern.compile(
          "”\\s+(?:said\\s+(?:[A-Z][a-z]+\\s)*([A-Z][a-zA-Z-]+)|([A-Z][a-zA-Z-]+)\\s+said)");
  private static final Pattern DATE =
      Pattern.compile(
          "(January|February|March|April|May|June|July|August|September|October|November|December)"
              + " (\\d{1,2})(?:, (\\d{4}))?");
  private static final Pattern NUMBER = Pattern.compile("\\b\\d[\\d,]*\\b");
  private static final DateTimeFormatter LONG =
      DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);

  private FixtureBriefs() {}

  private record Span(int start, int end, int index) {
    Evidence evidence() {
      return new Evidence(index, start, end);
    }
  }

  /** The briefing of {@code article}, with a quiz of true/false questions on its facts. */
  static Briefing brief(Article article, String version) {
    String text = article.text();
    List<Span> sentences = sentences(text);
    int first = article.titleInText() ? 1 : 0;
    List<Span> body = sentences.subList(Math.min(first, sentences.size()), sentences.size());
    Span lead = body.isEmpty() ? sentences.getFirst() : body.getFirst();
    Headline headline =
        new Headline(
            article.title().orElse(slice(text, sentences.getFirst())),
            article.titleInText()
                ? Optional.of(sentences.getFirst().evidence())
                : Optional.empty());
    BriefItem dek = item(text, lead);
    List<BriefItem> summary = new ArrayList<>();
    for (int i = 1; i < body.size() && summary.size() < 3; i++) {
      if (!slice(text, body.get(i)).contains("“")) {
        summary.add(item(text, body.get(i)));
      }
    }
    List<BriefItem> facts = new ArrayList<>();
    for (Span s : body) {
      String t = slice(text, s);
      if (NUMBER.matcher(t).find() && !t.contains("“") && facts.size() < 4 && s != lead) {
        facts.add(item(text, s));
      }
    }
    Map<String, Actor> actors = new LinkedHashMap<>();
    List<Quote> quotes = new ArrayList<>();
    for (Span s : body) {
      String t = slice(text, s);
      Matcher q = QUOTE.matcher(t);
      Matcher said = SAID.matcher(t);
      if (q.find() && said.find(q.end() - 1)) {
        String last = said.group(1) != null ? said.group(1) : said.group(2);
        Matcher full =
            Pattern.compile("((?:[A-Z][a-z]+ )*)([A-Z][a-z]+ " + Pattern.quote(last) + ")\\b")
                .matcher(text);
        if (!full.find()) {
          continue;
        }
        String name = full.group(2);
        String title = full.group(1).strip();
        String id = actors.containsKey(name) ? actors.get(name).id() : "a" + (actors.size() + 1);
        String quoteId = "q" + (quotes.size() + 1);
        int lastAt = s.start() + said.start(said.group(1) != null ? 1 : 2);
        Evidence speakerEv = new Evidence(s.index(), lastAt, lastAt + last.length());
        Evidence nameEv =
            new Evidence(sentenceAt(sentences, full.start(2)), full.start(2), full.end(2));
        quotes.add(
            new Quote(
                quoteId,
                q.group(1),
                new Evidence(s.index(), s.start() + q.start(), s.start() + q.end()),
                name,
                id,
                speakerEv,
                Optional.of("said")));
        Actor old = actors.get(name);
        List<String> quoteIds = new ArrayList<>(old == null ? List.of() : old.quoteIds());
        quoteIds.add(quoteId);
        Optional<Role> role =
            old != null
                ? old.role()
                : title.isEmpty()
                    ? Optional.empty()
                    : Optional.of(
                        new Role(
                            title,
                            new Evidence(
                                sentenceAt(sentences, full.start(1)),
                                full.start(1),
                                full.start(1) + title.length())));
        actors.put(
            name,
            new Actor(
                id,
                name,
                ActorKind.PERSON,
                role,
                count(text, last),
                quoteIds,
                Optional.empty(),
                old == null ? nameEv : old.evidence(),
                List.of(last)));
      }
    }
    List<TimelineEvent> timeline = new ArrayList<>();
    for (Span s : body) {
      Matcher d = DATE.matcher(slice(text, s));
      if (d.find()) {
        try {
          int year =
              d.group(3) != null
                  ? Integer.parseInt(d.group(3))
                  : article.published().map(LocalDate::getYear).orElse(2026);
          LocalDate date = LocalDate.parse(d.group(1) + " " + d.group(2) + ", " + year, LONG);
          int at = s.start() + d.start();
          timeline.add(
              new TimelineEvent(
                  date.toString(),
                  DatePrecision.DAY,
                  false,
                  d.group(),
                  slice(text, s),
                  s.evidence(),
                  new Evidence(s.index(), at, at + d.group().length())));
        } catch (DateTimeParseException e) {
          // Not a real date; leave it out.
        }
      }
    }
    timeline.sort(java.util.Comparator.comparing(TimelineEvent::date));
    List<SourceRef> sources =
        List.of(
            new SourceRef(
                article.publisher().orElse("The publisher"),
                SourceKind.PUBLISHER,
                article.canonicalUrl(),
                List.of()));
    Briefing b =
        TestBriefing.of(article, headline, dek)
            .pipelineVersion(version)
            .summary(summary)
            .coreFacts(facts)
            .actors(List.copyOf(actors.values()))
            .quotes(quotes)
            .timeline(timeline)
            .sources(sources)
            .build();
    return b.withQuiz(quiz(text, facts, summary));
  }

  private static Quiz quiz(String text, List<BriefItem> facts, List<BriefItem> summary) {
    List<Question> questions = new ArrayList<>();
    List<BriefItem> pool = new ArrayList<>(facts);
    // A question per sentence: a fact that is also in the summary is asked once.
    summary.stream()
        .filter(s -> facts.stream().noneMatch(f -> f.evidence().equals(s.evidence())))
        .forEach(pool::add);
    for (int i = 0; i < pool.size() && questions.size() < 5; i++) {
      BriefItem item = pool.get(i);
      String statement = item.text();
      Matcher n = NUMBER.matcher(statement);
      boolean makeFalse = i % 2 == 1 && n.find();
      String shown = statement;
      if (makeFalse) {
        String number = n.group().replace(",", "");
        long changed = Long.parseLong(number) + 7;
        shown = statement.substring(0, n.start()) + changed + statement.substring(n.end());
      }
      String quoted = item.evidence().in(text).strip();
      questions.add(
          new Question(
              "fx-" + item.evidence().start(),
              QuestionKind.TRUE_FALSE,
              "True or false: " + shown,
              List.of("True", "False"),
              makeFalse ? "False" : "True",
              "The article says: “" + quoted + "”",
              item.evidence(),
              Difficulty.EASY,
              (i < facts.size() ? "coreFacts[" + i + "]" : "summary[" + (i - facts.size()) + "]"),
              false,
              Optional.empty()));
    }
    return new Quiz(questions, questions.size(), questions.size(), Map.of());
  }

  private static int sentenceAt(List<Span> sentences, int offset) {
    for (Span s : sentences) {
      if (offset >= s.start() && offset < s.end()) {
        return s.index();
      }
    }
    return 0;
  }

  private static int count(String text, String word) {
    int n = 0;
    for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      n++;
    }
    return Math.max(1, n);
  }

  private static BriefItem item(String text, Span s) {
    return new BriefItem(slice(text, s), s.evidence(), List.of(), false);
  }

  private static String slice(String text, Span s) {
    return text.substring(s.start(), s.end());
  }

  private static List<Span> sentences(String text) {
    List<Span> out = new ArrayList<>();
    Matcher m = SENTENCE.matcher(text);
    while (m.find()) {
      int start = m.start();
      int end = m.end();
      while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      if (end > start) {
        out.add(new Span(start, end, out.size()));
      }
    }
    if (out.isEmpty()) {
      out.add(new Span(0, text.length(), 0));
    }
    return out;
  }
}
