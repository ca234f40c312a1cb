package org.civicbrief.web.briefing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;
import org.civicbrief.store.Store;
import org.civicbrief.web.http.HttpProblem;

/**
 * What readers are shown, kept for a few seconds: published briefings with their reader quiz, and
 * their rendered pages. A popular briefing is then read from the database, parsed and rendered once
 * per few seconds instead of once per reader, and a quiz post only has to store its attempt. A
 * review in this process drops the briefing at once; the short lifetime bounds how long a change
 * made by another process (another server on the same PostgreSQL) takes to show here.
 */
public final class ReaderCache {

  /** How long an entry is kept, in nanoseconds. */
  static final long LIFETIME_NANOS = 5_000_000_000L;

  private static final int MAX_ENTRIES = 512;

  /**
   * A rendered page. The bytes are shared, not copied, for speed: nobody may change them.
   *
   * @param body the HTML
   * @param gzip the HTML compressed once, for the clients that accept it
   * @param etag its strong entity tag, quoted
   */
  public record Page(byte[] body, byte[] gzip, String etag) {

    /** True when a client sending {@code acceptEncoding} gets the gzip copy. */
    public static boolean wantsGzip(String acceptEncoding) {
      return acceptEncoding != null && acceptEncoding.contains("gzip");
    }

    /** The tag of the plain or the gzip copy: each encoding is its own representation. */
    public String etag(boolean gzip) {
      return gzip ? etag.substring(0, etag.length() - 1) + "-gz\"" : etag;
    }

    /** The bytes of the plain or the gzip copy. */
    public byte[] bytes(boolean gzip) {
      return gzip ? this.gzip : body;
    }
  }

  private record Entry<T>(T value, long until) {}

  private final Store store;
  private final LongSupplier nanoTime;
  private final Map<Long, Entry<PublishedBriefing>> briefings = new ConcurrentHashMap<>();
  private final Map<Long, Entry<Page>> pages = new ConcurrentHashMap<>();
  // A quiz belongs to one briefing for good, so this needs no lifetime.
  private final Map<Long, Long> quizBriefings = new ConcurrentHashMap<>();

  /** A cache over {@code store}, timed by {@code nanoTime} (such as {@code System::nanoTime}). */
  public ReaderCache(Store store, LongSupplier nanoTime) {
    this.store = store;
    this.nanoTime = nanoTime;
  }

  /**
   * Published briefing {@code id} with its reader quiz.
   *
   * @throws org.civicbrief.web.http.HttpProblem 404 unless it exists and is published
   */
  public PublishedBriefing briefing(long id) {
    PublishedBriefing fresh = fresh(briefings.get(id));
    return fresh != null ? fresh : load(briefings, id, () -> PublishedBriefing.load(store, id));
  }

  /**
   * The published briefing whose current reader quiz is quiz {@code quizId}: what the API checks
   * before it takes an attempt, without reading and parsing the briefing and its quiz each time.
   */
  public Optional<PublishedBriefing> briefingOfQuiz(long quizId) {
    Long briefingId = quizBriefings.get(quizId);
    if (briefingId == null) {
      Optional<Long> found = store.quizzes().find(quizId).map(q -> q.briefingId());
      if (found.isEmpty()) {
        return Optional.empty();
      }
      if (quizBriefings.size() >= MAX_ENTRIES) {
        quizBriefings.clear();
      }
      briefingId = found.get();
      quizBriefings.put(quizId, briefingId);
    }
    PublishedBriefing p;
    try {
      p = briefing(briefingId);
    } catch (HttpProblem e) {
      if (e.status() == 404) {
        return Optional.empty();
      }
      throw e;
    }
    return p.quiz().filter(q -> q.quizId() == quizId).map(q -> p);
  }

  /** The rendered page of briefing {@code id} when it is cached and fresh; never renders. */
  public Optional<Page> cachedPage(long id) {
    return Optional.ofNullable(fresh(pages.get(id)));
  }

  /** The rendered page of briefing {@code id}, rendering it with {@code render} when needed. */
  public Page page(long id, Function<PublishedBriefing, byte[]> render) {
    Page fresh = fresh(pages.get(id));
    if (fresh != null) {
      return fresh;
    }
    return load(
        pages,
        id,
        () -> {
          byte[] body = render.apply(briefing(id));
          return new Page(body, gzip(body), etag(body));
        });
  }

  /** Forgets briefing {@code id}, after its review state or its quiz changed. */
  public void invalidate(long id) {
    briefings.remove(id);
    pages.remove(id);
  }

  private <T> T fresh(Entry<T> e) {
    return e == null || nanoTime.getAsLong() - e.until() > 0 ? null : e.value();
  }

  /**
   * Loads {@code id} into {@code map} unless another thread just did: when an entry expires under
   * load, one request renders it and the others wait for that one instead of all rendering.
   */
  private <T> T load(Map<Long, Entry<T>> map, long id, Supplier<T> loader) {
    if (map.size() >= MAX_ENTRIES) {
      map.clear();
    }
    return map.compute(
            id,
            (key, old) ->
                fresh(old) != null
                    ? old
                    : new Entry<>(loader.get(), nanoTime.getAsLong() + LIFETIME_NANOS))
        .value();
  }

  private static byte[] gzip(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3);
    try (GZIPOutputStream z = new GZIPOutputStream(out)) {
      z.write(body);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot compress a page in memory", e);
    }
    return out.toByteArray();
  }

  private static String etag(byte[] body) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
      return "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }
}
