package org.civicbrief.store.story;

import com.fasterxml.jackson.core.type.TypeReference;
import java.nio.ByteBuffer;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.civicbrief.core.story.Assignment;
import org.civicbrief.core.story.FollowStoryLines;
import org.civicbrief.core.story.StoryFeatures;
import org.civicbrief.core.story.StoryMember;
import org.civicbrief.store.article.Articles;
import org.civicbrief.store.briefing.Briefings;
import org.civicbrief.store.briefing.StoredBriefing;
import org.civicbrief.store.db.Database;
import org.civicbrief.store.db.Dialect;
import org.civicbrief.store.db.Json;
import org.civicbrief.store.db.Row;
import org.civicbrief.store.db.Transaction;

/**
 * Story membership. Every assignment is stored with the features it was made from and its place in
 * the arrival order, and every merge with the assignment that caused it, so the story index can be
 * rebuilt by replaying them ({@link #replay}); the article's {@code story_id} always names the
 * story it lives in now, merges included, which is what pages read.
 */
public final class Stories {

  private static final TypeReference<Map<String, Map<String, Float>>> WORDS =
      new TypeReference<>() {};
  private static final int REPLAY_BATCH = 500;
  // Any constant; the same in every process that writes stories to this database.
  private static final long WRITERS_LOCK = 0x636273746f7279L;

  private final Database db;
  private final Json json;
  private final Articles articles;
  private final Briefings briefings;
  private final Clock clock;

  /** The stories in {@code db}. */
  public Stories(Database db, Json json, Articles articles, Briefings briefings, Clock clock) {
    this.db = db;
    this.json = json;
    this.articles = articles;
    this.briefings = briefings;
    this.clock = clock;
  }

  /**
   * Stores an assignment made from {@code features}: the article's membership and the merges it
   * caused. An article is a member once: recording it again changes nothing and returns false.
   */
  public boolean record(Assignment assignment, StoryFeatures features) {
    checkSameArticle(assignment, features);
    return db.write(
        "record the story of article " + assignment.articleId(),
        tx -> {
          takeTurn(tx);
          return recordIn(tx, assignment, OptionalLong.empty(), features).isPresent();
        });
  }

  /**
   * Makes one assignment in turn with every other writer of stories, on any server of the database:
   * with the writers' lock held (an advisory lock on PostgreSQL; SQLite's one writer), {@code
   * catchUp} first hears every assignment and merge stored after arrival {@code seen}, so the index
   * it feeds is what the database holds; then {@code assign} decides, and its assignment is stored
   * before the lock is let go. An article already assigned keeps its story and {@code assign} is
   * not called.
   *
   * @param seen the last arrival the caller's index holds, -1 for none
   * @return the article's story and the last arrival the caller's index now holds
   */
  public Placed assignInTurn(
      StoryFeatures features, long seen, StoryReplay catchUp, Supplier<Assignment> assign) {
    long articleId = Long.parseLong(features.articleId());
    return db.write(
        "assign article " + articleId + " to a story",
        tx -> {
          takeTurn(tx);
          long last = replay(tx, seen + 1, catchUp);
          Optional<Long> known = storyOf(tx, articleId);
          if (known.isPresent()) {
            return new Placed(known.get(), last, Optional.empty());
          }
          Assignment a = assign.get();
          checkSameArticle(a, features);
          long arrival = recordIn(tx, a, OptionalLong.empty(), features).orElseThrow();
          return new Placed(a.storyId(), arrival, Optional.of(a));
        });
  }

  /**
   * {@link #assignInTurn} for story lines ({@link FollowStoryLines}): the article is stored in the
   * placement's line, with its event, and the lines it merged into that line are stored as a
   * story's merges are. Merging events is not stored (story lines keep it off).
   */
  public Placed placeInTurn(
      StoryFeatures features,
      long seen,
      StoryReplay catchUp,
      Supplier<FollowStoryLines.Placement> place) {
    long articleId = Long.parseLong(features.articleId());
    return db.write(
        "assign article " + articleId + " to a story line",
        tx -> {
          takeTurn(tx);
          long last = replay(tx, seen + 1, catchUp);
          Optional<Long> known = storyOf(tx, articleId);
          if (known.isPresent()) {
            return new Placed(known.get(), last, Optional.empty());
          }
          FollowStoryLines.Placement p = place.get();
          Assignment event = p.event();
          checkSameArticle(event, features);
          if (!event.merged().isEmpty()) {
            throw new IllegalStateException("story lines do not merge events");
          }
          Assignment inLine =
              new Assignment(
                  event.articleId(),
                  p.lineId(),
                  p.startedLine(),
                  p.lineScore(),
                  p.mergedLines(),
                  event.candidates(),
                  event.scored());
          long arrival =
              recordIn(tx, inLine, OptionalLong.of(event.storyId()), features).orElseThrow();
          return new Placed(p.lineId(), arrival, Optional.of(inLine));
        });
  }

  /**
   * Where {@link #assignInTurn} left an article.
   *
   * @param storyId the story the article lives in
   * @param seen the last arrival the caller's index holds now
   * @param assignment the assignment made now, or empty when the article had its story already
   */
  public record Placed(long storyId, long seen, Optional<Assignment> assignment) {}

  private static void checkSameArticle(Assignment assignment, StoryFeatures features) {
    if (!features.articleId().equals(assignment.articleId())) {
      throw new IllegalArgumentException(
          "features of article "
              + features.articleId()
              + " recorded for article "
              + assignment.articleId());
    }
  }

  /**
   * Waits for this transaction's turn among the writers of stories, on every server of the
   * database, until it ends: arrivals and new story numbers are read and written under it.
   */
  private static void takeTurn(Transaction tx) throws SQLException {
    if (tx.dialect() == Dialect.POSTGRESQL) {
      tx.one("SELECT pg_advisory_xact_lock(?) AS id", r -> 0L, WRITERS_LOCK);
    }
    // SQLite: the transaction began IMMEDIATE, holding the database's one write lock.
  }

  /** Stores an assignment in {@code tx}; its arrival, or empty when the article had a story. */
  private Optional<Long> recordIn(
      Transaction tx, Assignment assignment, OptionalLong eventId, StoryFeatures features)
      throws SQLException {
    long articleId = Long.parseLong(assignment.articleId());
    Instant now = clock.instant();
    if (tx.one(
            "SELECT article_id FROM story_members WHERE article_id = ?",
            r -> r.number("article_id"),
            articleId)
        .isPresent()) {
      return Optional.empty();
    }
    long arrival =
        tx.one(
                "SELECT COALESCE(MAX(arrival), -1) + 1 AS id FROM story_members",
                r -> r.number("id"))
            .orElse(0L);
    long story = assignment.storyId();
    tx.update(
        "INSERT INTO story_members (article_id, assigned_story, event_id, arrival, embedding,"
            + " words, dated_on, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        articleId,
        story,
        eventId.isPresent() ? Optional.of(eventId.getAsLong()) : Optional.empty(),
        arrival,
        bytes(features.embedding()),
        json.write(words(features)),
        features.date(),
        now);
    moveArticle(tx, articleId, story);
    int position = 0;
    for (long gone : assignment.merged()) {
      tx.update(
          "INSERT INTO story_merges (arrival, position, into_story, from_story, merged_at)"
              + " VALUES (?, ?, ?, ?, ?)",
          arrival,
          position++,
          story,
          gone,
          now);
      tx.update("UPDATE articles SET story_id = ? WHERE story_id = ?", story, gone);
      tx.update("UPDATE briefings SET story_id = ? WHERE story_id = ?", story, gone);
    }
    return Optional.of(arrival);
  }

  /**
   * Places articles that a batch job grouped into one story, in the order given: they join the
   * story the first of them already lives in, or a story of its own numbered after every story
   * there is. An article already in a story stays there, so placing the group again changes
   * nothing. The group is placed in one transaction, in turn with the servers' assignments, which
   * see it before their next one.
   *
   * @return the story the group lives in
   */
  public long placeInStory(List<StoryFeatures> members) {
    if (members.isEmpty()) {
      throw new IllegalArgumentException("a story needs at least one article");
    }
    return db.write(
        "place a story of " + members.size() + " articles",
        tx -> {
          takeTurn(tx);
          OptionalLong known = OptionalLong.empty();
          for (StoryFeatures f : members) {
            Optional<Long> story = storyOf(tx, Long.parseLong(f.articleId()));
            if (story.isPresent()) {
              known = OptionalLong.of(story.get());
              break;
            }
          }
          long story =
              known.isPresent()
                  ? known.getAsLong()
                  : tx.one(
                          "SELECT COALESCE(MAX(assigned_story), 0) + 1 AS id FROM story_members",
                          r -> r.number("id"))
                      .orElse(1L);
          boolean started = known.isEmpty();
          for (StoryFeatures f : members) {
            recordIn(
                tx,
                new Assignment(f.articleId(), story, started, 0, List.of(), 0, 0),
                OptionalLong.empty(),
                f);
            started = false;
          }
          return story;
        });
  }

  private static void moveArticle(Transaction tx, long articleId, long story) throws SQLException {
    tx.update("UPDATE articles SET story_id = ? WHERE id = ?", story, articleId);
    tx.update("UPDATE briefings SET story_id = ? WHERE article_id = ?", story, articleId);
  }

  /** The story article {@code articleId} lives in now, if it has been assigned. */
  public Optional<Long> storyOf(long articleId) {
    return db.read("read the story of article " + articleId, tx -> storyOf(tx, articleId));
  }

  private static Optional<Long> storyOf(Transaction tx, long articleId) throws SQLException {
    return tx.one(
            "SELECT a.story_id FROM articles a JOIN story_members m ON m.article_id = a.id"
                + " WHERE a.id = ?",
            r -> r.optNumber("story_id"),
            articleId)
        .flatMap(o -> o);
  }

  /**
   * The story that story {@code storyId} lives in now: itself, or the story it was merged into;
   * empty when no article ever joined it.
   */
  public OptionalLong resolve(long storyId) {
    return db.read(
        "find story " + storyId,
        tx -> {
          long id = storyId;
          for (int hops = 0; hops < 10_000; hops++) {
            Optional<Long> into =
                tx.one(
                    "SELECT into_story FROM story_merges WHERE from_story = ?",
                    r -> r.number("into_story"),
                    id);
            if (into.isEmpty()) {
              break;
            }
            id = into.get();
          }
          boolean known =
              tx.one(
                      "SELECT article_id FROM story_members WHERE assigned_story = ? LIMIT 1",
                      r -> r.number("article_id"),
                      id)
                  .isPresent();
          return known ? OptionalLong.of(id) : OptionalLong.empty();
        });
  }

  /** How many articles have been assigned. */
  public long assigned() {
    return db.read(
        "count story members",
        tx -> tx.one("SELECT COUNT(*) AS n FROM story_members", r -> r.number("n")).orElse(0L));
  }

  /**
   * Replays every stored assignment and merge in arrival order: each assignment, then the merges it
   * caused, into the story it ended in. Returns the last arrival replayed, -1 when there is none.
   */
  public long replay(StoryReplay sink) {
    return db.read("read story assignments", tx -> replay(tx, 0, sink));
  }

  /** Replays, in {@code tx}, the assignments from arrival {@code from} on; the last arrival. */
  private long replay(Transaction tx, long from, StoryReplay sink) throws SQLException {
    long last = from - 1;
    while (true) {
      List<Replayed> batch =
          tx.list(
              "SELECT article_id, assigned_story, event_id, arrival, embedding, words, dated_on"
                  + " FROM story_members WHERE arrival > ? ORDER BY arrival LIMIT ?",
              this::replayed,
              last,
              REPLAY_BATCH);
      if (batch.isEmpty()) {
        return last;
      }
      for (Replayed m : batch) {
        m.merges.addAll(
            tx.list(
                "SELECT into_story, from_story FROM story_merges WHERE arrival = ?"
                    + " ORDER BY position",
                r -> new long[] {r.number("into_story"), r.number("from_story")},
                m.arrival()));
      }
      for (Replayed m : batch) {
        sink.member(m.story(), m.event(), m.features());
        for (long[] merge : m.merges) {
          sink.merge(merge[0], merge[1]);
        }
      }
      last = batch.getLast().arrival();
    }
  }

  /** Stories with a published article, the most recently published first. */
  public List<StorySummary> published(int limit, int offset) {
    return db.read(
        "list stories",
        tx -> {
          List<StorySummary> out = new ArrayList<>();
          for (Object[] row :
              tx.list(
                  "SELECT a.story_id AS story, COUNT(DISTINCT a.id) AS n, MIN(a.published_on) AS"
                      + " first_on, MAX(a.published_on) AS last_on, MAX(b.published_at) AS"
                      + " updated FROM articles a JOIN briefings b ON b.article_id = a.id WHERE"
                      + " a.story_id IS NOT NULL AND b.state = 'published' GROUP BY a.story_id"
                      + " ORDER BY updated DESC, story DESC LIMIT ? OFFSET ?",
                  r ->
                      new Object[] {
                        r.number("story"),
                        r.number("n"),
                        r.optDate("first_on"),
                        r.optDate("last_on"),
                        r.instant("updated")
                      },
                  Math.max(0, limit),
                  Math.max(0, offset))) {
            long id = (Long) row[0];
            String title =
                tx.one(
                        "SELECT b.headline FROM briefings b JOIN articles a ON a.id ="
                            + " b.article_id WHERE a.story_id = ? AND b.state = 'published' ORDER"
                            + " BY COALESCE(a.published_on, '') DESC, b.published_at DESC LIMIT 1",
                        r -> r.text("headline"),
                        id)
                    .orElse("");
            @SuppressWarnings("unchecked")
            Optional<LocalDate> first = (Optional<LocalDate>) row[2];
            @SuppressWarnings("unchecked")
            Optional<LocalDate> last = (Optional<LocalDate>) row[3];
            out.add(
                new StorySummary(
                    id, title, ((Long) row[1]).intValue(), first, last, (Instant) row[4]));
          }
          return out;
        });
  }

  /**
   * The published articles of story {@code storyId} as members to compose it from, in arrival
   * order, each with the other outlets that carried it; empty when none is published.
   */
  public List<StoryMember> publishedMembers(long storyId) {
    List<long[]> rows =
        db.read(
            "read the articles of story " + storyId,
            tx ->
                tx.list(
                    "SELECT b.id AS briefing, a.id AS article, m.arrival FROM articles a JOIN"
                        + " story_members m ON m.article_id = a.id JOIN briefings b ON"
                        + " b.article_id = a.id WHERE a.story_id = ? AND b.state = 'published'"
                        + " ORDER BY m.arrival, b.id DESC",
                    r ->
                        new long[] {r.number("briefing"), r.number("article"), r.number("arrival")},
                    storyId));
    Map<Long, long[]> newestPerArticle = new LinkedHashMap<>();
    for (long[] row : rows) {
      newestPerArticle.putIfAbsent(row[1], row);
    }
    List<StoryMember> out = new ArrayList<>();
    for (long[] row : newestPerArticle.values()) {
      Optional<StoredBriefing> b = briefings.find(row[0]);
      if (b.isPresent()) {
        out.add(
            new StoryMember(
                String.valueOf(row[1]), b.get().briefing(), row[2], articles.carriers(row[1])));
      }
    }
    return out;
  }

  private Replayed replayed(Row r) throws SQLException {
    long articleId = r.number("article_id");
    Map<String, Map<String, Float>> words = json.read(r.text("words"), WORDS);
    StoryFeatures f =
        new StoryFeatures(
            String.valueOf(articleId),
            floats(r.optBytes("embedding").orElseThrow(() -> new SQLException("no embedding"))),
            words.getOrDefault("terms", Map.of()),
            words.getOrDefault("names", Map.of()),
            words.getOrDefault("numbers", Map.of()),
            words.getOrDefault("persons", Map.of()),
            words.getOrDefault("places", Map.of()),
            r.optDate("dated_on"));
    long story = r.number("assigned_story");
    return new Replayed(
        story, r.optNumber("event_id").orElse(story), r.number("arrival"), f, new ArrayList<>());
  }

  private record Replayed(
      long story, long event, long arrival, StoryFeatures features, List<long[]> merges) {}

  private static Map<String, Map<String, Float>> words(StoryFeatures f) {
    Map<String, Map<String, Float>> out = new LinkedHashMap<>();
    out.put("terms", f.terms());
    out.put("names", f.names());
    out.put("numbers", f.numbers());
    out.put("persons", f.persons());
    out.put("places", f.places());
    return out;
  }

  private static byte[] bytes(float[] values) {
    ByteBuffer out = ByteBuffer.allocate(values.length * Float.BYTES);
    for (float v : values) {
      out.putFloat(v);
    }
    return out.array();
  }

  private static float[] floats(byte[] raw) {
    ByteBuffer in = ByteBuffer.wrap(raw);
    float[] out = new float[raw.length / Float.BYTES];
    for (int i = 0; i < out.length; i++) {
      out[i] = in.getFloat();
    }
    return out;
  }
}
