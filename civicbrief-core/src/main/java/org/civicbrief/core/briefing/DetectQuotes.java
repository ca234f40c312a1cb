package org.civicbrief.core.briefing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.civicbrief.core.text.AnnotatedArticle;

/**
 * Finds every direct quotation of an article with its speaker when one can be named, for evaluation
 * and for callers that need more than the briefing's quotes (which keep only named speakers).
 */
public final class DetectQuotes {

  private final NameGender genders;

  /** A detector resolving pronoun speakers with {@code genders}. */
  public DetectQuotes(NameGender genders) {
    this.genders = Objects.requireNonNull(genders, "genders");
  }

  /**
   * A detected quotation.
   *
   * @param start offset of the opening mark
   * @param end offset just past the closing mark
   * @param speaker the speaker's canonical name, when one was found
   * @param speakerStart offset of the speaker mention (name or pronoun), or -1
   * @param speakerEnd offset just past the speaker mention, or -1
   */
  public record Detected(
      int start, int end, Optional<String> speaker, int speakerStart, int speakerEnd) {
    public Detected {
      Objects.requireNonNull(speaker, "speaker");
    }
  }

  /** Every quotation that is not a scare quote, in text order. */
  public List<Detected> detect(AnnotatedArticle annotated) {
    Analysis a = new Analysis(annotated);
    FindActors.Result actors = new FindActors(genders).find(a);
    List<AttributeQuotes.Attributed> attributed = new AttributeQuotes().attribute(a, actors);
    List<Detected> out = new ArrayList<>();
    int next = 0;
    for (QuoteSpan q : a.quotes) {
      if (q.label()) {
        continue;
      }
      AttributeQuotes.Attributed match = null;
      while (next < attributed.size() && attributed.get(next).span().start() < q.start()) {
        next++;
      }
      if (next < attributed.size() && attributed.get(next).span().equals(q)) {
        match = attributed.get(next);
      }
      out.add(
          match == null
              ? new Detected(q.start(), q.end(), Optional.empty(), -1, -1)
              : new Detected(
                  q.start(),
                  q.end(),
                  Optional.of(match.speaker().name),
                  match.speakerEvidence().start(),
                  match.speakerEvidence().end()));
    }
    return out;
  }
}
