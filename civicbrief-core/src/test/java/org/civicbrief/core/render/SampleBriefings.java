package org.civicbrief.core.render;

import java.time.LocalDate;
import java.util.List;
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
import org.civicbrief.core.civic.Citation;
import org.civicbrief.core.civic.CitationKind;
import org.civicbrief.core.civic.ContextItem;
import org.civicbrief.core.civic.LegalCitation;
import org.civicbrief.core.civic.StatementKind;

/** Briefings built by hand from short articles written for these tests. */
final class SampleBriefings {

  static final String BRIDGE_TEXT =
      """
      Riverton council votes to close Mill Street bridge

      The Riverton city council voted 5-2 on Tuesday to close the Mill Street bridge to cars. \
      Inspectors found cracked supports under the eastern span last month, according to the state \
      transport office.
      Mayor Ana Ruiz said the closure would last until repairs are finished. "We cannot gamble with \
      people's safety," Ruiz told reporters after the vote.
      Repairs could cost as much as $4 million, the transport office said. Work is expected to begin \
      in early June.""";

  static final String HOSTILE_TITLE = "<script>alert(1)</script> Council race heats up";
  static final String HOSTILE_QUOTE = "\"><img src=x onerror=alert(1)>";

  static final String HOSTILE_TEXT =
      HOSTILE_TITLE
          + "\n\nCandidate Jo Park said \""
          + HOSTILE_QUOTE
          + "\" was printed on her flyer by mistake. She said the printer apologised.";

  private SampleBriefings() {}

  /** The span of the first {@code fragment} in {@code text}, at or after {@code from}. */
  static Evidence at(String text, int sentence, String fragment) {
    int start = text.indexOf(fragment);
    if (start < 0) {
      throw new IllegalArgumentException("not in the text: " + fragment);
    }
    return new Evidence(sentence, start, start + fragment.length());
  }

  static BriefItem item(
      String text, int sentence, String fragment, List<String> by, boolean hedged) {
    return new BriefItem(fragment, at(text, sentence, fragment), by, hedged);
  }

  static Article bridgeArticle() {
    return new Article(
        BRIDGE_TEXT,
        Optional.of("Riverton council votes to close Mill Street bridge"),
        true,
        Optional.of("By Dana Whitfield"),
        Optional.of("Riverton Ledger"),
        Optional.of(LocalDate.of(2025, 3, 12)),
        Optional.empty(),
        Optional.of("https://ledger.example/news/mill-street-bridge"),
        "en",
        "bridge.txt");
  }

  /** A complete briefing: every section has something in it. */
  static Briefing bridge() {
    String t = BRIDGE_TEXT;
    String vote =
        "The Riverton city council voted 5-2 on Tuesday to close the Mill Street bridge to cars.";
    String cracks = "Inspectors found cracked supports under the eastern span last month";
    String closure = "Mayor Ana Ruiz said the closure would last until repairs are finished.";
    String quote = "\"We cannot gamble with people's safety,\"";
    String cost = "Repairs could cost as much as $4 million";
    String work = "Work is expected to begin in early June.";
    Actor ruiz =
        new Actor(
            "a1",
            "Ana Ruiz",
            ActorKind.PERSON,
            Optional.of(new Role("Mayor", at(t, 3, "Mayor"))),
            2,
            List.of("q1"),
            Optional.of(item(t, 3, closure, List.of(), false)),
            at(t, 3, "Ana Ruiz"),
            List.of("Ruiz"));
    Actor council =
        new Actor(
            "a2",
            "Riverton city council",
            ActorKind.ORGANIZATION,
            Optional.empty(),
            1,
            List.of(),
            Optional.empty(),
            at(t, 1, "Riverton city council"),
            List.of());
    return TestBriefing.of(
            bridgeArticle(),
            new Headline(
                "Riverton council votes to close Mill Street bridge",
                Optional.of(at(t, 0, "Riverton council votes to close Mill Street bridge"))),
            item(t, 1, vote, List.of(), false))
        .summary(
            List.of(
                item(t, 1, vote, List.of(), false),
                item(t, 2, cracks, List.of("the state transport office"), false),
                item(t, 3, closure, List.of(), false)))
        .coreFacts(List.of(item(t, 5, cost, List.of("the transport office"), true)))
        .actors(List.of(ruiz, council))
        .quotes(
            List.of(
                new Quote(
                    "q1",
                    "We cannot gamble with people's safety,",
                    at(t, 4, quote),
                    "Ana Ruiz",
                    "a1",
                    at(t, 4, "Ruiz told"),
                    Optional.of("told"))))
        .timeline(
            List.of(
                new TimelineEvent(
                    "2025-03-11",
                    DatePrecision.DAY,
                    false,
                    "Tuesday",
                    vote,
                    at(t, 1, vote),
                    at(t, 1, "Tuesday")),
                new TimelineEvent(
                    "2025-06",
                    DatePrecision.MONTH,
                    true,
                    "early June",
                    work,
                    at(t, 6, work),
                    at(t, 6, "early June"))))
        .sources(
            List.of(
                new SourceRef("Riverton Ledger", SourceKind.PUBLISHER, Optional.empty(), List.of()),
                new SourceRef(
                    "the state transport office",
                    SourceKind.OFFICIAL,
                    Optional.empty(),
                    List.of(
                        at(t, 2, "the state transport office"), at(t, 5, "the transport office")))))
        .build();
  }

  /** The same article with only a headline, a dek and a summary. */
  static Briefing bridgeSummaryOnly() {
    Briefing full = bridge();
    return TestBriefing.of(full.article(), full.headline(), full.dek())
        .schemaVersion(full.schemaVersion())
        .pipelineVersion(full.pipelineVersion())
        .summary(full.summary())
        .build();
  }

  /** An article that tries to inject markup and script through every field a page shows. */
  static Briefing hostile() {
    String t = HOSTILE_TEXT;
    String said = "Candidate Jo Park said";
    Article article =
        new Article(
            t,
            Optional.of(HOSTILE_TITLE),
            true,
            Optional.of("By <b onmouseover=alert(1)>Staff</b>"),
            Optional.of("Gazette " + HOSTILE_QUOTE),
            Optional.empty(),
            Optional.empty(),
            Optional.of("javascript://ledger.example/%0Aalert(1)"),
            "en\"><script>alert(1)</script>",
            "hostile.txt");
    Actor park =
        new Actor(
            "a1\"><img src=x onerror=alert(1)>",
            "Jo Park " + HOSTILE_QUOTE,
            ActorKind.PERSON,
            Optional.of(new Role("Candidate", at(t, 1, "Candidate"))),
            2,
            List.of("q1"),
            Optional.empty(),
            at(t, 1, "Jo Park"),
            List.of());
    return TestBriefing.of(
            article,
            new Headline(HOSTILE_TITLE, Optional.of(at(t, 0, HOSTILE_TITLE))),
            item(t, 1, said, List.of(HOSTILE_QUOTE), false))
        .pipelineVersion("test <script>")
        .summary(List.of(item(t, 1, said, List.of("<script>alert(1)</script>"), false)))
        .actors(List.of(park))
        .quotes(
            List.of(
                new Quote(
                    "q1",
                    HOSTILE_QUOTE,
                    at(t, 1, "\"" + HOSTILE_QUOTE + "\""),
                    park.name(),
                    park.id(),
                    at(t, 1, "Jo Park"),
                    Optional.of("said <script>"))))
        .timeline(
            List.of(
                new TimelineEvent(
                    "2025\"><script>",
                    DatePrecision.YEAR,
                    true,
                    "<script>",
                    HOSTILE_QUOTE,
                    at(t, 1, HOSTILE_QUOTE),
                    at(t, 1, "Candidate"))))
        .sources(
            List.of(
                new SourceRef(
                    "Gazette",
                    SourceKind.PUBLISHER,
                    Optional.of("JavaScript:alert(document.cookie)"),
                    List.of()),
                new SourceRef(
                    "Flyer",
                    SourceKind.DOCUMENT,
                    Optional.of("https://example.org/a\"onmouseover=\"alert(1)"),
                    List.of(at(t, 1, "her flyer")))))
        .build();
  }

  /** A briefing that cites a statute a card covers and a case no card covers. */
  static Briefing cited() {
    String text =
        "The president invoked the Insurrection Act under 10 U.S.C. 251 and Trump v. Ohio.";
    Article article = Article.ofText(text, "t.txt");
    Evidence all = new Evidence(0, 0, text.length());
    BriefItem fact = new BriefItem(text, all, List.of(), false);
    LegalCitation statute =
        new LegalCitation(
            CitationKind.US_CODE,
            "10 U.S.C. § 251",
            "usc/10/251",
            Optional.of("https://www.law.cornell.edu/uscode/text/10/251"),
            new Evidence(0, 49, 62),
            Optional.of("insurrection-act"));
    LegalCitation kase =
        new LegalCitation(
            CitationKind.CASE,
            "Trump v. Ohio",
            "case/trump-v.-ohio",
            Optional.empty(),
            new Evidence(0, 67, 80),
            Optional.empty());
    ContextItem item =
        new ContextItem(
            "Insurrection Act, a law, comes up where the article reports: “" + text + "”",
            all,
            new Citation(
                "insurrection-act",
                "10 U.S.C. §§ 251–255",
                "https://www.law.cornell.edu/uscode/text/10/251"),
            StatementKind.REPORTING,
            List.of(statute));
    return TestBriefing.of(article, new Headline(text, Optional.of(all)), fact)
        .whyItMatters(List.of(item))
        .legalCitations(List.of(kase))
        .build();
  }
}
