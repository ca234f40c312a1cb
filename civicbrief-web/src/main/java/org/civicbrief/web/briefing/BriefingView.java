package org.civicbrief.web.briefing;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the briefing page shows, ready for the template: text from the article and the links
 * to where each statement stands in it.
 *
 * @param id the briefing id
 * @param headline the headline
 * @param dek the sentence under the headline, if any
 * @param byline the article's byline, if any
 * @param publisher the outlet, if known
 * @param published the article's publication date for readers ("March 3, 2026"), if known
 * @param publishedIso the same date for machines
 * @param originalUrl the address of the original article (http or https), if known
 * @param summary the summary statements with their credits
 * @param whyItMatters the civic context from the knowledge base; shown only when it has something
 *     to say
 * @param coreFacts the core facts
 * @param actors the key actors
 * @param quotes the quotations
 * @param timeline the dated events
 * @param sources the sources
 * @param questions how many quiz questions readers get
 * @param quizHref the quiz page
 * @param articleHref the article view without a highlight
 * @param pipelineVersion the version of the pipeline that made the briefing
 */
public record BriefingView(
    long id,
    String headline,
    Optional<Linked> dek,
    Optional<String> byline,
    Optional<String> publisher,
    Optional<String> published,
    Optional<String> publishedIso,
    Optional<String> originalUrl,
    List<Linked> summary,
    WhyItMatters whyItMatters,
    List<Linked> coreFacts,
    List<ActorCard> actors,
    List<QuoteLine> quotes,
    List<TimelineEntry> timeline,
    List<SourceEntry> sources,
    int questions,
    String quizHref,
    String articleHref,
    String pipelineVersion) {

  public BriefingView {
    Objects.requireNonNull(headline, "headline");
    Objects.requireNonNull(dek, "dek");
    Objects.requireNonNull(byline, "byline");
    Objects.requireNonNull(publisher, "publisher");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(publishedIso, "publishedIso");
    Objects.requireNonNull(originalUrl, "originalUrl");
    summary = List.copyOf(summary);
    Objects.requireNonNull(whyItMatters, "whyItMatters");
    coreFacts = List.copyOf(coreFacts);
    actors = List.copyOf(actors);
    quotes = List.copyOf(quotes);
    timeline = List.copyOf(timeline);
    sources = List.copyOf(sources);
    Objects.requireNonNull(quizHref, "quizHref");
    Objects.requireNonNull(articleHref, "articleHref");
    Objects.requireNonNull(pipelineVersion, "pipelineVersion");
  }

  /** "8 questions", "1 question". */
  public String questionCount() {
    return questions == 1 ? "1 question" : questions + " questions";
  }

  /** The line under the headline, without the date: byline and publisher, as far as known. */
  public String metaLine() {
    StringBuilder b = new StringBuilder();
    byline.ifPresent(b::append);
    publisher.ifPresent(p -> b.append(b.isEmpty() ? "" : " · ").append(p));
    return b.toString();
  }
}
