package org.civicbrief.store.search;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.civicbrief.core.briefing.Actor;
import org.civicbrief.core.briefing.BriefItem;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.store.briefing.StoredBriefing;

/** The fields of a briefing in the index, and how a briefing becomes a Lucene document. */
final class IndexFields {

  static final String ID = "id";
  static final String ARTICLE = "article";
  static final String HEADLINE = "headline";
  static final String SUMMARY = "summary";
  static final String FACTS = "facts";
  static final String TEXT = "text";
  static final String ACTOR = "actor";
  static final String ACTOR_NAME = "actor_name";
  static final String DATE = "date";
  static final String DATE_SORT = "date_sort";

  // Offsets in the postings let the highlighter find passages without analyzing the text again.
  private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

  private IndexFields() {}

  private static FieldType textWithOffsets() {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }

  /** The index document of a published briefing. */
  static Document document(StoredBriefing stored) {
    Briefing b = stored.briefing();
    Document doc = new Document();
    doc.add(new StringField(ID, Long.toString(stored.id()), Field.Store.YES));
    doc.add(new StoredField(ARTICLE, stored.articleId()));
    doc.add(new Field(HEADLINE, b.headline().text(), TEXT_WITH_OFFSETS));
    doc.add(new Field(SUMMARY, join(b.dek(), b.summary()), TEXT_WITH_OFFSETS));
    doc.add(
        new Field(
            FACTS,
            b.coreFacts().stream().map(BriefItem::text).collect(Collectors.joining("\n")),
            TEXT_WITH_OFFSETS));
    doc.add(new Field(TEXT, b.article().text(), TEXT_WITH_OFFSETS));
    Set<String> keys = new LinkedHashSet<>();
    for (Actor a : b.actors()) {
      doc.add(new StoredField(ACTOR_NAME, a.name()));
      keys.add(actorKey(a.name()));
      a.aliases().forEach(alias -> keys.add(actorKey(alias)));
    }
    keys.forEach(k -> doc.add(new StringField(ACTOR, k, Field.Store.NO)));
    long day = date(stored).toEpochDay();
    doc.add(new LongPoint(DATE, day));
    doc.add(new StoredField(DATE, day));
    doc.add(new NumericDocValuesField(DATE_SORT, day));
    return doc;
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
