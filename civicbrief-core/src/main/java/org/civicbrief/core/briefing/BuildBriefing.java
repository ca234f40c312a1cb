package org.civicbrief.core.briefing;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.civicbrief.core.civic.CivicContext;
import org.civicbrief.core.civic.ClassifyStatements;
import org.civicbrief.core.civic.ExplainContext;
import org.civicbrief.core.civic.FindCitations;
import org.civicbrief.core.civic.MatchConcepts;
import org.civicbrief.core.civic.Officeholders;
import org.civicbrief.core.civic.SpanishCard;
import org.civicbrief.core.civic.SpanishContext;
import org.civicbrief.core.civic.Statement;
import org.civicbrief.core.quiz.Quiz;
import org.civicbrief.core.text.AnnotatedArticle;
import org.civicbrief.core.text.Layout;
import org.civicbrief.core.text.Sentence;

/**
 * Builds the civic briefing of one annotated article. Stateless and thread-safe: the same article
 * always gives the same briefing.
 */
public final class BuildBriefing {

  private final String pipelineVersion;
  private final Optional<MatchConcepts> concepts;
  private final ClassifyStatements statements = new ClassifyStatements();
  private final ExplainContext explain = new ExplainContext();
  private final FindCitations findCitations = new FindCitations();
  private final FindActors findActors;
  private final AttributeQuotes attributeQuotes = new AttributeQuotes();
  private final FindRoles findRoles;
  private final FindAttributions findAttributions = new FindAttributions();
  private final ChooseLead chooseLead = new ChooseLead();
  private final ChooseHeadline chooseHeadline = new ChooseHeadline();
  private final ChooseDek chooseDek = new ChooseDek();
  private final SelectSummary selectSummary = new SelectSummary();
  private final ExtractFacts extractFacts = new ExtractFacts();
  private final ListQuotes listQuotes = new ListQuotes();
  private final DescribeActors describeActors = new DescribeActors();
  private final BuildTimeline buildTimeline = new BuildTimeline();
  private final FindSources findSources = new FindSources();
  private final SpanishContext spanish;

  /** A builder without a knowledge base: briefings have no "why this matters". */
  public BuildBriefing(NameGender genders, String pipelineVersion) {
    this(genders, pipelineVersion, Optional.empty());
  }

  /**
   * A builder that resolves pronouns with {@code genders}, stamps {@code pipelineVersion} and ties
   * stories to the knowledge base's cards with {@code concepts}.
   */
  public BuildBriefing(
      NameGender genders, String pipelineVersion, Optional<MatchConcepts> concepts) {
    this(genders, pipelineVersion, concepts, Officeholders.none());
  }

  /**
   * A builder that also gives a person the article names without a role the office {@code
   * officeholders} says they held on the article's date.
   */
  public BuildBriefing(
      NameGender genders,
      String pipelineVersion,
      Optional<MatchConcepts> concepts,
      Officeholders officeholders) {
    this(genders, pipelineVersion, concepts, officeholders, java.util.Map.of());
  }

  /**
   * A builder that also says a Spanish article's civic context from the cards' Spanish text ({@code
   * spanishCards}, by card id; ADR 21).
   */
  public BuildBriefing(
      NameGender genders,
      String pipelineVersion,
      Optional<MatchConcepts> concepts,
      Officeholders officeholders,
      java.util.Map<String, SpanishCard> spanishCards) {
    this.spanish = new SpanishContext(spanishCards);
    this.pipelineVersion = Objects.requireNonNull(pipelineVersion, "pipelineVersion");
    this.concepts = Objects.requireNonNull(concepts, "concepts");
    this.findActors = new FindActors(Objects.requireNonNull(genders, "genders"));
    this.findRoles = new FindRoles(Objects.requireNonNull(officeholders, "officeholders"));
  }

  /** Builds the briefing of an article whose layout is found here. */
  public Briefing build(AnnotatedArticle annotated) {
    return build(annotated, Layout.of(annotated));
  }

  /**
   * Builds the briefing of an article whose {@code layout} was found already (the quiz reads the
   * same one): the stages in the order they run, each reading what it declares.
   */
  public Briefing build(AnnotatedArticle annotated, Layout layout) {
    return build(annotated, layout, statements.classify(annotated, layout));
  }

  /**
   * Builds the briefing of an article whose {@code layout} and {@code voices} (the one judgement of
   * opinion, {@link ClassifyStatements}) were found already; the quiz reads the same ones.
   */
  public Briefing build(AnnotatedArticle annotated, Layout layout, List<Statement> voices) {
    CivicContext civic = civic(annotated, layout, voices);
    Analysis a = new Analysis(annotated, layout, voices);
    FindActors.Result actors = findActors.find(a);
    List<AttributeQuotes.Attributed> attributed = attributeQuotes.attribute(a, actors);
    Map<Cluster, Role> roles = findRoles.find(a, actors.actors());
    List<List<FindAttributions.Attribution>> attributions = findAttributions.findAll(a, actors);
    CiteSentence cite = new CiteSentence(a, attributions);
    Sentence lead = chooseLead.choose(a);
    Headline headline = chooseHeadline.choose(a, lead);
    List<Sentence> summary = selectSummary.select(a, lead, actors);
    List<Sentence> facts = extractFacts.choose(a, actors, lead, summary);
    if (facts.isEmpty()) {
      Optional<Sentence> moved = extractFacts.fromSummary(a, actors, summary);
      if (moved.isPresent()) {
        summary = summary.stream().filter(s -> s != moved.get()).toList();
        facts = List.of(moved.get());
      }
    }
    ListQuotes.Listed quotes = listQuotes.list(a, attributed);
    List<Actor> ranked = describeActors.describe(a, actors.actors(), roles, quotes.byActor());
    List<TimelineEvent> timeline = buildTimeline.build(a);
    List<SourceRef> sources = findSources.find(a, attributions, attributed);
    return new Briefing(
        Briefing.SCHEMA_VERSION,
        pipelineVersion,
        annotated.article(),
        headline,
        chooseDek.choose(a, lead, headline, summary, cite.item(lead)),
        cite.items(summary),
        cite.items(facts),
        ranked,
        quotes.linkedTo(ranked),
        timeline,
        sources,
        Quiz.empty(),
        civic.whyItMatters(),
        civic.whatYouCanDo(),
        civic.concepts(),
        civic.opinionHeavy(),
        civic.citations());
  }

  /** The civic context; without a knowledge base, the statements and citations alone. */
  private CivicContext civic(AnnotatedArticle annotated, Layout layout, List<Statement> voices) {
    List<org.civicbrief.core.civic.LegalCitation> cites = findCitations.find(annotated);
    CivicContext civic =
        concepts
            .map(c -> explain.explain(annotated, layout, c.match(annotated, layout), voices, cites))
            .orElseGet(() -> CivicContext.empty(voices, cites));
    return annotated.article().language().equals("es")
        ? spanish.translate(civic, annotated.text(), annotated.article().published())
        : civic;
  }
}
