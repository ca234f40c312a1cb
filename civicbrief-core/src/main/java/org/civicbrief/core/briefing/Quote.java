package org.civicbrief.core.briefing;

import java.util.Objects;
import java.util.Optional;

/**
 * A direct quotation and who said it.
 *
 * @param id stable identifier within the briefing ({@code q1}, ...)
 * @param text the words inside the quotation marks
 * @param evidence the span of the quotation, marks included
 * @param speaker the speaker's canonical name (never a pronoun)
 * @param speakerId the id of the speaking actor
 * @param speakerEvidence the mention that names or refers to the speaker (a name, title or pronoun)
 * @param verb the reporting verb ("said", "warned"), when there is one
 */
public record Quote(
    String id,
    String text,
    Evidence evidence,
    String speaker,
    String speakerId,
    Evidence speakerEvidence,
    Optional<String> verb) {

  public Quote {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(speakerId, "speakerId");
    Objects.requireNonNull(speakerEvidence, "speakerEvidence");
    Objects.requireNonNull(verb, "verb");
  }
}
