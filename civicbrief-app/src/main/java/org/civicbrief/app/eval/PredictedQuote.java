package org.civicbrief.app.eval;

import java.util.Objects;
import java.util.Optional;

/**
 * A quotation the detector found, with its speaker when it named one.
 *
 * @param span the quotation, marks included
 * @param speaker the speaker's name
 * @param speakerSpan the mention that names or refers to the speaker (a name or a pronoun)
 */
record PredictedQuote(Span span, Optional<String> speaker, Optional<Span> speakerSpan) {

  PredictedQuote {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(speakerSpan, "speakerSpan");
  }
}
