package org.civicbrief.core.civic;

import java.util.Objects;
import java.util.Optional;
import org.civicbrief.core.briefing.Evidence;

/**
 * How one sentence of an article is classified, and why.
 *
 * @param sentence index of the sentence
 * @param kind reporting, opinion or advocacy
 * @param reason a short explanation a reader or reviewer can check, such as {@code call to action:
 *     "should urge"}
 * @param cue the words outside quotation marks that decided it, when there are any
 * @param speaker who the sentence attributes its claim to ("Mexican officials argue ..."), when
 *     anyone
 */
public record Statement(
    int sentence,
    StatementKind kind,
    String reason,
    Optional<Evidence> cue,
    Optional<Evidence> speaker) {

  public Statement {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(cue, "cue");
    Objects.requireNonNull(speaker, "speaker");
    if (sentence < 0) {
      throw new IllegalArgumentException("bad sentence index " + sentence);
    }
  }
}
