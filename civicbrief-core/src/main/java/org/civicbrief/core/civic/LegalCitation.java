package org.civicbrief.core.civic;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.civicbrief.core.briefing.Evidence;

/**
 * A law, regulation, constitutional provision, case or executive order the article cites, with a
 * link to its primary text when an official address is known for it.
 *
 * @param kind what is cited
 * @param text the citation in a standard form, such as {@code 8 U.S.C. § 1182(f)} or {@code U.S.
 *     Constitution, Fourteenth Amendment}; the words as they stand are {@code evidence.in(text)}
 * @param key a stable identity, the same for every way of writing the same provision, such as
 *     {@code usc/8/1182/f}; a citation's key starts with the key of any provision that contains it
 * @param url the official address of the text (Cornell LII, congress.gov, govinfo, the Federal
 *     Register, supremecourt.gov), absent when no address is known for sure
 * @param evidence where the article cites it (the first time, when it does so more than once)
 * @param cardId the knowledge-base card about the cited provision, when the article touches it
 */
public record LegalCitation(
    CitationKind kind,
    String text,
    String key,
    Optional<String> url,
    Evidence evidence,
    Optional<String> cardId) {

  private static final Pattern KEY = Pattern.compile("[a-z0-9.'’&-]+(?:[ /][a-z0-9.'’&-]+)*");

  public LegalCitation {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(cardId, "cardId");
    if (text.isBlank()) {
      throw new IllegalArgumentException("citation text is blank");
    }
    if (!KEY.matcher(key).matches()) {
      throw new IllegalArgumentException("citation key '" + key + "' is not lowercase segments");
    }
    if (url.isPresent() && !Https.isHttps(url.get())) {
      throw new IllegalArgumentException("citation url must be an https address: " + url.get());
    }
  }

  /** A copy tied to the card {@code id}. */
  public LegalCitation withCard(String id) {
    return new LegalCitation(kind, text, key, url, evidence, Optional.of(id));
  }

  /** True when this citation is the provision {@code other} or a part of it. */
  public boolean isWithin(String other) {
    return key.equals(other) || key.startsWith(other + "/");
  }
}
