package org.civicbrief.core.briefing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.civicbrief.core.text.AnnotatedArticle;
import org.civicbrief.core.text.QuoteSpan;

/**
 * Finds every direct quotation of an article with its speaker when one can be named, for evaluation
 * and for callers that need more than the briefing's quotes (which keep only named speakers).
 *
 * <p>Only direct quotations count ({@link DirectQuotation}): not scare quotes, and not fragments
 * quoted inside a paraphrase, which the briefing still shows with their speaker.
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
   * @param speaker the speaker's canonical name, or the description of a speaker the article does
   *     not name ("the announcer"), when one was found
   * @param speakerStart offset of the speaker mention (name or pronoun), or -1
   * @param speakerEnd offset just past the speaker mention, or -1
   */
  public record Detected(
      int start, int end, Optional<String> speaker, int speakerStart, int speakerEnd) {
    public Detected {
      Objects.requireNonNull(speaker, "speaker");
    }
  }

  /** Every direct quotation, in text order. */
  public List<Detected> detect(AnnotatedArticle annotated) {
    Analysis a = new Analysis(annotated);
    FindActors.Result actors = new FindActors(genders).find(a);
    AttributeQuotes attribute = new AttributeQuotes();
    List<AttributeQuotes.Frame> frames = attribute.frames(a, actors);
    DirectQuotation direct = new DirectQuotation();
    List<Detected> out = new ArrayList<>();
    int next = 0;
    for (QuoteSpan q : a.quotes()) {
      if (!direct.test(a, q)) {
        continue;
      }
      while (next < frames.size() && frames.get(next).span().start() < q.start()) {
        next++;
      }
      AttributeQuotes.Frame match =
          next < frames.size() && frames.get(next).span().equals(q) ? frames.get(next) : null;
      if (match == null) {
        match = attribute.headline(a, actors, q);
      }
      if (match == null) {
        out.add(new Detected(q.start(), q.end(), Optional.empty(), -1, -1));
      } else {
        FindSpeaker.Speaker sp = match.speaker();
        out.add(
            new Detected(
                q.start(),
                q.end(),
                Optional.of(sp.named() ? sp.cluster().name : sp.description()),
                sp.evidence().start(),
                sp.evidence().end()));
      }
    }
    return out;
  }
}
