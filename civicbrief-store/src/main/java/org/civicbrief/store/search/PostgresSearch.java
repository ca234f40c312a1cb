package org.civicbrief.store.search;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicbrief.store.briefing.Briefings;
import org.civicbrief.store.briefing.StoredBriefing;
import org.civicbrief.store.db.Database;
import org.civicbrief.store.db.Row;
import org.civicbrief.store.db.StoreException;
import org.civicbrief.store.db.Transaction;

/**
 * Search in PostgreSQL itself: the table {@code search_documents} with a weighted {@code tsvector}
 * (headline A, dek and summary B, facts C, article text D) under a GIN index, ranked by {@code
 * ts_rank} and highlighted by {@code ts_headline}. It is written in the transaction that publishes
 * or withdraws a briefing, so every server on the database finds a briefing the moment any of them
 * publishes it, and nothing lives outside the database. The user syntax is that of the Lucene index
 * as far as {@code websearch_to_tsquery} goes: words must all match, quotes make a phrase, {@code
 * -word} excludes, {@code word*} is a prefix.
 */
public final class PostgresSearch implements Search {

  // Any constant; the same in every process, so two servers starting together rebuild in turn.
  private static final long REBUILD_LOCK = 0x63627365617263L;
  // Characters no article uses (private use), removed from the text before ts_headline marks
  // matches with them; the snippet is then escaped and they become <mark> and </mark>. Angle
  // brackets stand in for themselves meanwhile, or the parser would drop "<fares>" as a tag.
  private static final char START = '\uE000';
  private static final char STOP = '\uE001';
  private static final char LT = '\uE002';
  private static final char GT = '\uE003';
  private static final String PLAIN_FROM = "<>" + START + STOP;
  private static final String PLAIN_TO = "" + LT + GT;
  private static final String HEADLINE_OPTIONS =
      "StartSel=\""
          + START
          + "\", StopSel=\""
          + STOP
          + "\", MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter=\" … \"";
  // Weights of D, C, B, A: text 1, facts 1.5, summary 2, headline 3 as in the Lucene index, scaled
  // into ts_rank's range; normalization 1 divides by the log of the document's length.
  private static final String RANK =
      "ts_rank('{0.33,0.5,0.67,1.0}'::float4[], d.words, query.q, 1)";
  private static final Pattern PREFIX = Pattern.compile("[\\p{L}\\p{N}]+\\*");
  private static final Pattern TOKENS = Pattern.compile("\"[^\"]*\"?|\\S+");

  private final Database db;

  /** Search in {@code db}, whose schema has the {@code search_documents} table. */
  public PostgresSearch(Database db) {
    this.db = db;
  }

  @Override
  public void published(Transaction tx, StoredBriefing briefing) throws SQLException {
    SearchDocument d = SearchDocument.of(briefing);
    tx.update(
        "INSERT INTO search_documents (briefing_id, article_id, headline, summary, facts, text,"
            + " actor_names, actor_keys, day) VALUES (?, ?, ?, ?, ?, ?, ?, string_to_array(?,"
            + " chr(10)), ?) ON CONFLICT (briefing_id) DO UPDATE SET article_id ="
            + " EXCLUDED.article_id, headline = EXCLUDED.headline, summary = EXCLUDED.summary,"
            + " facts = EXCLUDED.facts, text = EXCLUDED.text, actor_names = EXCLUDED.actor_names,"
            + " actor_keys = EXCLUDED.actor_keys, day = EXCLUDED.day",
        d.briefingId(),
        d.articleId(),
        d.headline(),
        d.summary(),
        d.facts(),
        d.text(),
        String.join("\n", d.actorNames()),
        String.join("\n", d.actorKeys()),
        d.day().toEpochDay());
  }

  @Override
  public void withdrawn(Transaction tx, long briefingId) throws SQLException {
    tx.update("DELETE FROM search_documents WHERE briefing_id = ?", briefingId);
  }

  @Override
  public boolean isEmpty() {
    return db.read(
        "look into the search table",
        tx ->
            tx.one(
                        "SELECT COUNT(*) AS n FROM (SELECT 1 FROM search_documents LIMIT 1) AS any_row",
                        r -> r.number("n"))
                    .orElse(0L)
                == 0);
  }

  @Override
  public int rebuild(Briefings briefings) {
    return db.write(
        "rebuild the search table",
        tx -> {
          tx.one("SELECT pg_advisory_xact_lock(?) AS id", r -> 0L, REBUILD_LOCK);
          tx.update("DELETE FROM search_documents");
          int[] count = {0};
          briefings.forEachPublished(
              b -> {
                try {
                  published(tx, b);
                  count[0]++;
                } catch (SQLException e) {
                  throw new StoreException("cannot add briefing " + b.id() + " to search", e);
                }
              });
          return count[0];
        });
  }

  @Override
  public SearchResults search(SearchQuery query) {
    return db.read(
        "search the briefings",
        tx -> {
          List<Object> filterParams = new ArrayList<>();
          String filters = filters(query, filterParams);
          if (query.text().isBlank()) {
            return newestFirst(tx, query, filters, filterParams);
          }
          List<Object> params = new ArrayList<>();
          String words = tsquery(query.text(), params);
          String from = "WITH query AS (SELECT " + words + " AS q)";
          List<Object> countParams = new ArrayList<>(params);
          countParams.addAll(filterParams);
          long total =
              tx.one(
                      from
                          + " SELECT COUNT(*) AS n FROM search_documents d, query WHERE d.words @@"
                          + " query.q"
                          + filters,
                      r -> r.number("n"),
                      countParams.toArray())
                  .orElse(0L);
          List<Object> pageParams = new ArrayList<>(params);
          pageParams.addAll(filterParams);
          pageParams.add(query.limit());
          pageParams.add(query.offset());
          for (int field = 0; field < 3; field++) {
            pageParams.addAll(List.of(PLAIN_FROM, PLAIN_TO, HEADLINE_OPTIONS));
          }
          List<SearchHit> hits =
              tx.list(
                  from
                      + ", page AS (SELECT d.briefing_id, d.article_id, d.headline, d.actor_names,"
                      + " d.day, d.summary, d.facts, d.text, "
                      + RANK
                      + " AS rank FROM search_documents d, query WHERE d.words @@ query.q"
                      + filters
                      + " ORDER BY rank DESC, d.day DESC, d.briefing_id DESC LIMIT ? OFFSET ?)"
                      + " SELECT page.*, ts_headline('english', translate(page.summary, ?, ?),"
                      + " query.q, ?) AS summary_marked, ts_headline('english',"
                      + " translate(page.facts, ?, ?), query.q, ?) AS facts_marked,"
                      + " ts_headline('english', translate(left(page.text, 262144), ?, ?),"
                      + " query.q, ?) AS text_marked FROM page, query"
                      + " ORDER BY page.rank DESC, page.day DESC, page.briefing_id DESC",
                  PostgresSearch::marked,
                  pageParams.toArray());
          return new SearchResults(total, hits);
        });
  }

  private static SearchResults newestFirst(
      Transaction tx, SearchQuery query, String filters, List<Object> filterParams)
      throws SQLException {
    long total =
        tx.one(
                "SELECT COUNT(*) AS n FROM search_documents d WHERE TRUE" + filters,
                r -> r.number("n"),
                filterParams.toArray())
            .orElse(0L);
    List<Object> params = new ArrayList<>(filterParams);
    params.add(query.limit());
    params.add(query.offset());
    List<SearchHit> hits =
        tx.list(
            "SELECT d.briefing_id, d.article_id, d.headline, d.actor_names, d.day, d.summary FROM"
                + " search_documents d WHERE TRUE"
                + filters
                + " ORDER BY d.day DESC, d.briefing_id DESC LIMIT ? OFFSET ?",
            r -> hit(r, null),
            params.toArray());
    return new SearchResults(total, hits);
  }

  /** The actor and date filters, each starting with {@code AND}. */
  private static String filters(SearchQuery query, List<Object> params) {
    StringBuilder sql = new StringBuilder();
    query
        .actor()
        .ifPresent(
            a -> {
              sql.append(" AND d.actor_keys @> ARRAY[?]::text[]");
              params.add(SearchDocument.actorKey(a));
            });
    query
        .from()
        .ifPresent(
            day -> {
              sql.append(" AND d.day >= ?");
              params.add(day.toEpochDay());
            });
    query
        .to()
        .ifPresent(
            day -> {
              sql.append(" AND d.day <= ?");
              params.add(day.toEpochDay());
            });
    return sql.toString();
  }

  /**
   * The {@code tsquery} of the user's words: {@code websearch_to_tsquery} for words, phrases and
   * exclusions, AND a prefix query for each {@code word*} outside quotes (which it would ignore).
   */
  static String tsquery(String text, List<Object> params) {
    StringBuilder rest = new StringBuilder();
    List<String> prefixes = new ArrayList<>();
    Matcher m = TOKENS.matcher(text);
    while (m.find()) {
      String token = m.group();
      if (PREFIX.matcher(token).matches()) {
        prefixes.add(token.substring(0, token.length() - 1) + ":*");
      } else {
        rest.append(token).append(' ');
      }
    }
    List<String> parts = new ArrayList<>();
    if (!rest.isEmpty() || prefixes.isEmpty()) {
      parts.add("websearch_to_tsquery('english', ?)");
      params.add(rest.toString().strip());
    }
    for (String prefix : prefixes) {
      parts.add("to_tsquery('english', ?)");
      params.add(prefix);
    }
    return "(" + String.join(" && ", parts) + ")";
  }

  /** A hit with the first of summary, facts and text that has a match as its snippet. */
  private static SearchHit marked(Row r) throws SQLException {
    for (String column : List.of("summary_marked", "facts_marked", "text_marked")) {
      String marked = r.optText(column).orElse("");
      if (marked.indexOf(START) >= 0) {
        return hit(r, mark(marked));
      }
    }
    return hit(r, null);
  }

  /** A hit with {@code snippet}, or the summary's first line when it is null. */
  private static SearchHit hit(Row r, String snippet) throws SQLException {
    String shown =
        snippet != null ? snippet : Snippets.escape(Snippets.firstLine(r.text("summary")));
    List<String> actors =
        Arrays.stream(r.text("actor_names").split("\n")).filter(s -> !s.isEmpty()).toList();
    return new SearchHit(
        r.number("briefing_id"),
        r.number("article_id"),
        r.text("headline"),
        LocalDate.ofEpochDay(r.number("day")),
        actors,
        shown);
  }

  private static String mark(String marked) {
    return Snippets.escape(marked.strip())
        .replace(String.valueOf(START), "<mark>")
        .replace(String.valueOf(STOP), "</mark>")
        .replace(String.valueOf(LT), "&lt;")
        .replace(String.valueOf(GT), "&gt;");
  }

  @Override
  public void close() {
    // The database is closed with the store.
  }
}
