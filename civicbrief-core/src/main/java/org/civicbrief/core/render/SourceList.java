package org.civicbrief.core.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.briefing.SourceKind;
import org.civicbrief.core.briefing.SourceRef;

/** The sources a reader sees: those the article cites, and its publisher with a link to it. */
final class SourceList {

  private SourceList() {}

  /**
   * The briefing's sources, the publisher linked to the canonical URL when it has no link of its
   * own, and a publisher entry made from the article's metadata when the briefing lists none.
   */
  static List<SourceRef> of(Briefing briefing) {
    Optional<String> canonical = briefing.article().canonicalUrl();
    List<SourceRef> shown = new ArrayList<>();
    boolean hasPublisher = false;
    for (SourceRef source : briefing.sources()) {
      boolean isPublisher = source.kind() == SourceKind.PUBLISHER;
      hasPublisher |= isPublisher;
      shown.add(
          isPublisher && source.url().isEmpty()
              ? new SourceRef(source.name(), source.kind(), canonical, source.evidence())
              : source);
    }
    Optional<String> publisher = Attribution.publisher(briefing);
    if (!hasPublisher && (publisher.isPresent() || canonical.isPresent())) {
      shown.addFirst(
          new SourceRef(
              publisher.orElse(Labels.of(briefing.article().language()).get("originalArticle")),
              SourceKind.PUBLISHER,
              canonical,
              List.of()));
    }
    return shown;
  }
}
