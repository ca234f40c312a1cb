package org.civicbrief.core.briefing;

import java.util.List;
import org.civicbrief.core.article.Article;
import org.civicbrief.core.civic.ActionItem;
import org.civicbrief.core.civic.ConceptMatch;
import org.civicbrief.core.civic.ContextItem;
import org.civicbrief.core.civic.LegalCitation;
import org.civicbrief.core.quiz.Quiz;

/**
 * A briefing written by hand for a test, naming only the sections the test is about: the others
 * stay empty, as they are for an article that has none.
 */
public final class TestBriefing {

  private final Article article;
  private final Headline headline;
  private final BriefItem dek;
  private int schemaVersion = Briefing.SCHEMA_VERSION;
  private String pipelineVersion = "test";
  private List<BriefItem> summary = List.of();
  private List<BriefItem> coreFacts = List.of();
  private List<Actor> actors = List.of();
  private List<Quote> quotes = List.of();
  private List<TimelineEvent> timeline = List.of();
  private List<SourceRef> sources = List.of();
  private Quiz quiz = Quiz.empty();
  private List<ContextItem> whyItMatters = List.of();
  private List<LegalCitation> legalCitations = List.of();
  private List<ConceptMatch> concepts = List.of();
  private List<ActionItem> whatYouCanDo = List.of();

  private TestBriefing(Article article, Headline headline, BriefItem dek) {
    this.article = article;
    this.headline = headline;
    this.dek = dek;
  }

  /** A briefing of {@code article} with {@code headline} and {@code dek}. */
  public static TestBriefing of(Article article, Headline headline, BriefItem dek) {
    return new TestBriefing(article, headline, dek);
  }

  public TestBriefing schemaVersion(int value) {
    schemaVersion = value;
    return this;
  }

  public TestBriefing pipelineVersion(String value) {
    pipelineVersion = value;
    return this;
  }

  public TestBriefing summary(List<BriefItem> value) {
    summary = value;
    return this;
  }

  public TestBriefing coreFacts(List<BriefItem> value) {
    coreFacts = value;
    return this;
  }

  public TestBriefing actors(List<Actor> value) {
    actors = value;
    return this;
  }

  public TestBriefing quotes(List<Quote> value) {
    quotes = value;
    return this;
  }

  public TestBriefing timeline(List<TimelineEvent> value) {
    timeline = value;
    return this;
  }

  public TestBriefing sources(List<SourceRef> value) {
    sources = value;
    return this;
  }

  public TestBriefing whyItMatters(List<ContextItem> value) {
    whyItMatters = value;
    return this;
  }

  public TestBriefing legalCitations(List<LegalCitation> value) {
    legalCitations = value;
    return this;
  }

  public TestBriefing whatYouCanDo(List<ActionItem> value) {
    whatYouCanDo = value;
    return this;
  }

  public TestBriefing concepts(List<ConceptMatch> value) {
    concepts = value;
    return this;
  }

  public TestBriefing quiz(Quiz value) {
    quiz = value;
    return this;
  }

  /** The briefing. */
  public Briefing build() {
    // The builder's fields, in the record's order.
    return new Briefing(
        this.schemaVersion,
        this.pipelineVersion,
        this.article,
        this.headline,
        this.dek,
        this.summary,
        this.coreFacts,
        this.actors,
        this.quotes,
        this.timeline,
        this.sources,
        this.quiz,
        this.whyItMatters,
        this.whatYouCanDo,
        this.concepts,
        false,
        this.legalCitations);
  }
}
