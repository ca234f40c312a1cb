package org.civicbrief.store.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
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
    SearchDocument d = SearchDocument.of(stored);
    Document doc = new Document();
    doc.add(new StringField(ID, Long.toString(d.briefingId()), Field.Store.YES));
    doc.add(new StoredField(ARTICLE, d.articleId()));
    doc.add(new Field(HEADLINE, d.headline(), TEXT_WITH_OFFSETS));
    doc.add(new Field(SUMMARY, d.summary(), TEXT_WITH_OFFSETS));
    doc.add(new Field(FACTS, d.facts(), TEXT_WITH_OFFSETS));
    doc.add(new Field(TEXT, d.text(), TEXT_WITH_OFFSETS));
    d.actorNames().forEach(name -> doc.add(new StoredField(ACTOR_NAME, name)));
    d.actorKeys().forEach(k -> doc.add(new StringField(ACTOR, k, Field.Store.NO)));
    long day = d.day().toEpochDay();
    doc.add(new LongPoint(DATE, day));
    doc.add(new StoredField(DATE, day));
    doc.add(new NumericDocValuesField(DATE_SORT, day));
    return doc;
  }

  /** An actor name as the filter compares it: NFC, lower case, single spaces. */
  static String actorKey(String name) {
    return SearchDocument.actorKey(name);
  }
}
