package org.civicbrief.store.search;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.civicbrief.core.briefing.Actor;
import org.civicbrief.core.briefing.BriefItem;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.store.briefing.StoredBriefing;

/**
 * What search keeps of a published briefing, the same for both search engines: the texts it matches
 * (headline weighed most, then dek and summary, facts, article text), the actor keys it filters on
 * and the day it is dated by.
 */
record SearchDocument(
    long briefingId,
    long articleId,
    String headline,
    String summary,
    String facts,
    String text,
    List<String> actorNames,
    Set<String> actorKeys,
    LocalDate day) {

  SearchDocument {
    actorNames = List.copyOf(actorNames);
    actorKeys = Set.copyOf(actorKeys);
  }

  /** The document of a published briefing. */
  static SearchDocument of(StoredBriefing stored) {
    Briefing b = stored.briefing();
    List<String> names = new ArrayList<>();
    Set<String> keys = new LinkedHashSet<>();
    for (Actor a : b.actors()) {
      names.add(a.name());
      keys.add(actorKey(a.name()));
      a.aliases().forEach(alias -> keys.add(actorKey(alias)));
    }
    return new SearchDocument(
        stored.id(),
        stored.articleId(),
        b.headline().text(),
        join(b.dek(), b.summary()),
        b.coreFacts().stream().map(BriefItem::text).collect(Collectors.joining("\n")),
        b.article().text(),
        names,
        keys,
        date(stored));
  }

  /** The day a hit is dated and filtered by: see {@link SearchHit#date()}. */
  static LocalDate date(StoredBriefing stored) {
    return stored
        .briefing()
        .article()
        .published()
        .orElseGet(
            () ->
                LocalDate.ofInstant(
                    stored.publishedAt().orElse(stored.updatedAt()), ZoneOffset.UTC));
  }

  /** An actor name as the filter compares it: NFC, lower case, single spaces. */
  static String actorKey(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFC)
        .toLowerCase(Locale.ROOT)
        .replaceAll("\\s+", " ")
        .strip();
  }

  private static String join(BriefItem dek, List<BriefItem> summary) {
    StringBuilder out = new StringBuilder(dek.text());
    for (BriefItem item : summary) {
      out.append('\n').append(item.text());
    }
    return out.toString();
  }
}
