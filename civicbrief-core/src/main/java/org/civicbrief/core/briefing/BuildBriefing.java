package org.civicbrief.core.briefing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.civicbrief.core.article.Article;
import org.civicbrief.core.civic.CivicContext;
import org.civicbrief.core.civic.ClassifyStatements;
import org.civicbrief.core.civic.ExplainContext;
import org.civicbrief.core.civic.MatchConcepts;
import org.civicbrief.core.civic.Officeholders;
import org.civicbrief.core.civic.Statement;
import org.civicbrief.core.text.AnnotatedArticle;
import org.civicbrief.core.text.Sentence;
import org.civicbrief.core.text.Token;
import org.civicbrief.core.text.WordList;

/**
 * Builds the civic briefing of one annotated article. Stateless and thread-safe: the same article
 * always gives the same briefing.
 */
public final class BuildBriefing {

  private final NameGender genders;
  private final String pipelineVersion;
  private final Optional<MatchConcepts> concepts;
  private final Officeholders officeholders;
  private final ClassifyStatements statements = new ClassifyStatements();
  private final ExplainContext explain = new ExplainContext();

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
    this.genders = Objects.requireNonNull(genders, "genders");
    this.pipelineVersion = Objects.requireNonNull(pipelineVersion, "pipelineVersion");
    this.concepts = Objects.requireNonNull(concepts, "concepts");
    this.officeholders = Objects.requireNonNull(officeholders, "officeholders");
  }

  /** Builds the briefing. */
  public Briefing build(AnnotatedArticle annotated) {
    List<Statement> voices = statements.classify(annotated);
    CivicContext civic =
        concepts
            .map(c -> explain.explain(annotated, c.match(annotated), voices))
            .orElseGet(() -> CivicContext.empty(voices));
    // Opinion and advocacy never become summary lines, facts or quiz keys.
    Analysis a = new Analysis(annotated, civic::isOpinion);
    FindActors.Result actors = new FindActors(genders).find(a);
    List<AttributeQuotes.Attributed> attributed = new AttributeQuotes().attribute(a, actors);
    Map<Cluster, Role> roles = new FindRoles(officeholders).find(a, actors.actors());
    List<List<FindAttributions.Attribution>> attributions = new ArrayList<>();
    FindAttributions findAttributions = new FindAttributions();
    for (Sentence s : a.sentences) {
      attributions.add(a.isBody(s.index()) ? findAttributions.find(a, actors, s) : List.of());
    }

    Headline headline = headline(a);
    Sentence lead = lead(a);
    BriefItem dek = item(a, lead, attributions);

    int words = a.bodyWords();
    Set<String> actorWords = new HashSet<>();
    actors.actors().stream()
        .sorted((x, y) -> y.mentionCount() - x.mentionCount())
        .limit(4)
        .forEach(c -> actorWords.addAll(Cluster.tokens(c.name)));
    List<Sentence> candidates = new ArrayList<>();
    for (Sentence s : a.body()) {
      if (s.index() != lead.index()
          && !a.opinion[s.index()]
          && !a.mostlyQuoted(s)
          && ExtractFacts.wordCount(s) >= 8
          && !EDITORS_NOTE.matcher(s.text()).find()
          && !CONTINUES.contains(s.token(0).text())) {
        candidates.add(s);
      }
    }
    int summaryCount = words < 300 ? 3 : words < 900 ? 4 : 5;
    List<Integer> summaryIdx = new RankSentences().select(a, candidates, summaryCount, actorWords);
    List<BriefItem> summary = new ArrayList<>();
    for (int i : summaryIdx) {
      summary.add(item(a, a.sentence(i), attributions));
    }

    ExtractFacts facts = new ExtractFacts();
    int factCount = Math.max(5, Math.min(10, Math.round(words / 200f)));
    List<Integer> avoid = new ArrayList<>(summaryIdx);
    avoid.add(lead.index());
    List<BriefItem> coreFacts = new ArrayList<>();
    for (Sentence s : facts.select(a, facts.rank(a, actors), factCount, avoid)) {
      coreFacts.add(item(a, s, attributions));
    }

    List<Quote> quotes = new ArrayList<>();
    Map<Cluster, List<Quote>> byActor = new HashMap<>();
    for (AttributeQuotes.Attributed q : attributed) {
      Quote quote =
          new Quote(
              "q" + (quotes.size() + 1),
              a.text.substring(q.span().innerStart(), q.span().innerEnd()),
              new Evidence(sentenceOf(a, q.span().start()), q.span().start(), q.span().end()),
              q.speaker().name,
              "",
              q.speakerEvidence(),
              q.verb().isEmpty() ? Optional.empty() : Optional.of(q.verb()));
      quotes.add(quote);
      byActor.computeIfAbsent(q.speaker(), k -> new ArrayList<>()).add(quote);
    }
    List<Actor> ranked = new DescribeActors().describe(a, actors.actors(), roles, byActor);
    quotes = withSpeakerIds(quotes, ranked);

    List<TimelineEvent> timeline = new BuildTimeline().build(a);
    List<SourceRef> sources = new FindSources().find(a, attributions, attributed);
    return new Briefing(
            Briefing.SCHEMA_VERSION,
            pipelineVersion,
            annotated.article(),
            headline,
            dek,
            summary,
            coreFacts,
            ranked,
            quotes,
            timeline,
            sources)
        .withCivic(civic);
  }

  /**
   * Quotes by actors outside the ranked list keep their speaker's name; ids link the ranked ones.
   */
  private static List<Quote> withSpeakerIds(List<Quote> quotes, List<Actor> actors) {
    List<Quote> out = new ArrayList<>();
    for (Quote q : quotes) {
      String id = "";
      for (Actor actor : actors) {
        if (actor.quoteIds().contains(q.id())) {
          id = actor.id();
        }
      }
      out.add(
          new Quote(
              q.id(), q.text(), q.evidence(), q.speaker(), id, q.speakerEvidence(), q.verb()));
    }
    return out;
  }

  private static int sentenceOf(Analysis a, int offset) {
    for (Sentence s : a.sentences) {
      if (offset < s.end()) {
        return s.index();
      }
    }
    return a.sentences.size() - 1;
  }

  private static Headline headline(Analysis a) {
    Article article = a.annotated.article();
    if (article.titleInText() && !a.sentences.isEmpty()) {
      int end = a.text.indexOf('\n');
      end = end < 0 ? a.text.length() : end;
      String title = a.text.substring(0, end).strip();
      int start = a.text.indexOf(title);
      return new Headline(title, Optional.of(new Evidence(0, start, start + title.length())));
    }
    if (article.title().isPresent()) {
      return new Headline(article.title().get(), Optional.empty());
    }
    Sentence first = lead(a);
    int[] span = a.displaySpan(first);
    List<Token> tokens = first.tokens();
    if (tokens.size() > 16) {
      span[1] = tokens.get(12).start() > span[0] ? tokens.get(11).end() : span[1];
      return new Headline(
          a.text.substring(span[0], span[1]) + "…",
          Optional.of(new Evidence(first.index(), span[0], span[1])));
    }
    return new Headline(
        a.text.substring(span[0], span[1]),
        Optional.of(new Evidence(first.index(), span[0], span[1])));
  }

  /**
   * "But the victory may be reversed": a sentence that answers the one before it is no summary line
   * on its own.
   */
  private static final Set<String> CONTINUES = WordList.of("continuing-openers");

  /** "Editor's note: …", "UPDATE (June 12): …": the outlet speaking about the story. */
  private static final java.util.regex.Pattern EDITORS_NOTE =
      java.util.regex.Pattern.compile(
          "^(?i:editor['’]s note|update|correction|clarification)\\b[^:]{0,60}:");

  /** The first body sentence that reads as a statement of the story. */
  private static Sentence lead(Analysis a) {
    for (Sentence s : a.body()) {
      if (!a.mostlyQuoted(s)
          && ExtractFacts.wordCount(s) >= 6
          && !EDITORS_NOTE.matcher(s.text()).find()) {
        return s;
      }
    }
    return a.body().isEmpty() ? a.sentences.getFirst() : a.body().getFirst();
  }

  private static BriefItem item(
      Analysis a, Sentence s, List<List<FindAttributions.Attribution>> attributions) {
    int[] span = a.displaySpan(s);
    List<String> sources = new ArrayList<>();
    for (FindAttributions.Attribution at : attributions.get(s.index())) {
      String name = at.actor() != null ? at.actor().name : at.text();
      if (!sources.contains(name)) {
        sources.add(name);
      }
    }
    return new BriefItem(
        a.display(span, s),
        new Evidence(s.index(), span[0], span[1]),
        sources,
        a.hedged[s.index()]);
  }
}
