package org.civicbrief.store.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.civicbrief.store.briefing.Briefings;
import org.civicbrief.store.briefing.StoredBriefing;
import org.civicbrief.store.db.StoreException;
import org.civicbrief.store.db.Transaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Lucene index of published briefings, in the data folder's {@code index/}: search for the
 * single-server SQLite store. It follows publication once each change commits and can be rebuilt
 * from the database at any time; the database stays the record. One process writes an index at a
 * time.
 */
public final class SearchIndex implements Search {

  private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);
  private static final Map<String, Float> WEIGHTS =
      Map.of(
          IndexFields.HEADLINE, 3f,
          IndexFields.SUMMARY, 2f,
          IndexFields.FACTS, 1.5f,
          IndexFields.TEXT, 1f);

  private final Path folder;
  private final Directory directory;
  private final Analyzer analyzer;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final Snippets snippets;

  private SearchIndex(Path folder, Directory directory, Analyzer analyzer, IndexWriter writer)
      throws IOException {
    this.folder = folder;
    this.directory = directory;
    this.analyzer = analyzer;
    this.writer = writer;
    this.searchers = new SearcherManager(writer, null);
    this.snippets = new Snippets(analyzer);
  }

  /**
   * Opens the index in {@code folder}, creating it when missing.
   *
   * @throws StoreException when another process holds the index or it cannot be read
   */
  public static SearchIndex open(Path folder) {
    Directory directory = null;
    try {
      directory = FSDirectory.open(folder);
      Analyzer analyzer = new EnglishAnalyzer();
      IndexWriterConfig config = new IndexWriterConfig(analyzer);
      config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      return new SearchIndex(folder, directory, analyzer, new IndexWriter(directory, config));
    } catch (LockObtainFailedException e) {
      closeQuietly(directory);
      throw new StoreException(
          "the search index in "
              + folder
              + " is in use by another civicbrief process; give each process its own data folder",
          e);
    } catch (IOException e) {
      closeQuietly(directory);
      throw new StoreException("cannot open the search index in " + folder, e);
    }
  }

  @Override
  public boolean isEmpty() {
    return writer.getDocStats().numDocs == 0;
  }

  @Override
  public void published(Transaction tx, StoredBriefing briefing) {
    tx.afterCommit(() -> index(briefing));
  }

  private void index(StoredBriefing briefing) {
    try {
      writer.updateDocument(
          new Term(IndexFields.ID, Long.toString(briefing.id())), IndexFields.document(briefing));
      commit();
    } catch (IOException | UncheckedIOException e) {
      // The publication has committed; the database stays right and a rebuild repairs the index.
      LOG.error("cannot index briefing {}; rebuild the index: {}", briefing.id(), e.getMessage());
    }
  }

  @Override
  public void withdrawn(Transaction tx, long briefingId) {
    tx.afterCommit(() -> remove(briefingId));
  }

  private void remove(long briefingId) {
    try {
      writer.deleteDocuments(new Term(IndexFields.ID, Long.toString(briefingId)));
      commit();
    } catch (IOException | UncheckedIOException e) {
      LOG.error("cannot remove briefing {}; rebuild the index: {}", briefingId, e.getMessage());
    }
  }

  @Override
  public int rebuild(Briefings briefings) {
    try {
      writer.deleteAll();
      int[] count = {0};
      briefings.forEachPublished(
          b -> {
            try {
              // Update, not add: a briefing published while this runs may be indexed twice.
              writer.updateDocument(
                  new Term(IndexFields.ID, Long.toString(b.id())), IndexFields.document(b));
              count[0]++;
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
      commit();
      return count[0];
    } catch (IOException | UncheckedIOException e) {
      throw new StoreException("cannot rebuild the search index in " + folder, e);
    }
  }

  @Override
  public SearchResults search(SearchQuery query) {
    try {
      searchers.maybeRefresh();
      IndexSearcher searcher = searchers.acquire();
      try {
        return search(searcher, query);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new StoreException("cannot search the index in " + folder, e);
    }
  }

  private SearchResults search(IndexSearcher searcher, SearchQuery query) throws IOException {
    Query words = words(query.text());
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    all.add(words, BooleanClause.Occur.MUST);
    query
        .actor()
        .ifPresent(
            a ->
                all.add(
                    new TermQuery(new Term(IndexFields.ACTOR, IndexFields.actorKey(a))),
                    BooleanClause.Occur.FILTER));
    if (query.from().isPresent() || query.to().isPresent()) {
      long from = query.from().map(d -> d.toEpochDay()).orElse(Long.MIN_VALUE);
      long to = query.to().map(d -> d.toEpochDay()).orElse(Long.MAX_VALUE);
      all.add(LongPoint.newRangeQuery(IndexFields.DATE, from, to), BooleanClause.Occur.FILTER);
    }
    SortField newest = new SortField(IndexFields.DATE_SORT, SortField.Type.LONG, true);
    Sort sort =
        words instanceof MatchAllDocsQuery
            ? new Sort(newest)
            : new Sort(SortField.FIELD_SCORE, newest);
    TopFieldDocs top = searcher.search(all.build(), query.offset() + query.limit(), sort, false);
    List<Integer> page = new ArrayList<>();
    for (int i = query.offset(); i < top.scoreDocs.length; i++) {
      page.add(top.scoreDocs[i].doc);
    }
    List<String> marked = snippets.highlight(searcher, words, page);
    StoredFields stored = searcher.storedFields();
    List<SearchHit> hits = new ArrayList<>();
    for (int i = 0; i < page.size(); i++) {
      hits.add(hit(stored.document(page.get(i)), marked.get(i)));
    }
    return new SearchResults(top.totalHits.value(), hits);
  }

  private Query words(String text) {
    if (text.isBlank()) {
      return MatchAllDocsQuery.INSTANCE;
    }
    SimpleQueryParser parser = new SimpleQueryParser(analyzer, WEIGHTS);
    parser.setDefaultOperator(BooleanClause.Occur.MUST);
    Query parsed = parser.parse(text);
    // Only stop words ("the"): match nothing rather than everything.
    return parsed == null ? new BooleanQuery.Builder().build() : parsed;
  }

  private static SearchHit hit(Document doc, String marked) {
    String snippet =
        marked != null ? marked : Snippets.escape(Snippets.firstLine(doc.get(IndexFields.SUMMARY)));
    return new SearchHit(
        Long.parseLong(doc.get(IndexFields.ID)),
        doc.getField(IndexFields.ARTICLE).numericValue().longValue(),
        doc.get(IndexFields.HEADLINE),
        LocalDate.ofEpochDay(doc.getField(IndexFields.DATE).numericValue().longValue()),
        List.of(doc.getValues(IndexFields.ACTOR_NAME)),
        snippet);
  }

  private void commit() throws IOException {
    writer.commit();
    searchers.maybeRefreshBlocking();
  }

  private static void closeQuietly(Directory directory) {
    if (directory != null) {
      try {
        directory.close();
      } catch (IOException ignored) {
        // Already failing with a better message.
      }
    }
  }

  @Override
  public void close() {
    try {
      searchers.close();
      writer.close();
      directory.close();
    } catch (IOException e) {
      throw new StoreException("cannot close the search index in " + folder, e);
    }
  }
}
