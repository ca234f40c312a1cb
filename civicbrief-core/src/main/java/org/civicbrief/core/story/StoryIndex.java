package org.civicbrief.core.story;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The stories in memory, in the form assignment needs: each story's summed features, the word
 * statistics of every article seen, and an inverted index from rare words, names and people to the
 * stories that recently used them, so an article is compared with a few hundred candidate stories
 * instead of all of them.
 *
 * <p>It is rebuilt on start from the stored features and assignments ({@link #restore}). Not
 * thread-safe: one writer assigns articles, as the story job does.
 */
public final class StoryIndex {

  // Caps on what a story keeps of each kind of word: the heaviest survive.
  static final int TERMS_CAP = 120;
  static final int NAMES_CAP = 50;
  static final int NUMBERS_CAP = 20;
  static final int PERSONS_CAP = 16;

  private static final int TERMS = 0;
  private static final int NAMES = 1;
  private static final int PERSONS = 2;

  private final int dimensions;
  private final StoryModel model;
  private final Vocabulary terms;
  private final Vocabulary names;
  private final Vocabulary numbers;
  private final Vocabulary persons;
  // The corpus size in the inverse document frequencies: the articles counted, or a fixed corpus's.
  private final OptionalLong corpus;
  private final List<Profile> profiles = new ArrayList<>();
  private final Map<Long, Integer> byId = new HashMap<>();
  private final Map<Long, Posting> postings = new HashMap<>();
  private long articles;
  private long nextId = 1;
  private int live;
  private int[] stamp = new int[1024];
  private int generation;

  /** An empty index for embeddings of {@code dimensions} with the limits of {@code model}. */
  public StoryIndex(int dimensions, StoryModel model) {
    this(dimensions, model, Optional.empty());
  }

  /**
   * An empty index that weighs words by {@code frequencies} instead of by the articles it counts;
   * otherwise the same as {@link #StoryIndex(int, StoryModel)}. The batch job assigns with one per
   * block of candidate articles and the frequencies of the whole batch.
   */
  public StoryIndex(int dimensions, StoryModel model, DocumentFrequencies frequencies) {
    this(dimensions, model, Optional.of(frequencies));
  }

  private StoryIndex(int dimensions, StoryModel model, Optional<DocumentFrequencies> fixed) {
    if (dimensions < 1) {
      throw new IllegalArgumentException("dimensions must be positive, got " + dimensions);
    }
    this.dimensions = dimensions;
    this.model = Objects.requireNonNull(model, "model");
    this.terms = fixed.map(f -> new Vocabulary(f.terms())).orElseGet(Vocabulary::new);
    this.names = fixed.map(f -> new Vocabulary(f.names())).orElseGet(Vocabulary::new);
    this.numbers = fixed.map(f -> new Vocabulary(f.numbers())).orElseGet(Vocabulary::new);
    this.persons = fixed.map(f -> new Vocabulary(f.persons())).orElseGet(Vocabulary::new);
    this.corpus = fixed.map(f -> OptionalLong.of(f.articles())).orElseGet(OptionalLong::empty);
  }

  /** How many stories there are (merged stories not counted). */
  public int size() {
    return live;
  }

  /** How many articles have been counted. */
  public long articles() {
    return articles;
  }

  /** The story a merged story now lives in, or the story itself; empty for an unknown id. */
  public OptionalLong resolve(long storyId) {
    Integer i = byId.get(storyId);
    return i == null ? OptionalLong.empty() : OptionalLong.of(profiles.get(alive(i)).id);
  }

  /**
   * Replays a stored assignment: counts the article and adds it to story {@code storyId}, creating
   * the story if needed, without scoring anything. Replaying the stored assignments in arrival
   * order rebuilds the index exactly.
   */
  public void restore(long storyId, StoryFeatures f) {
    Doc d = count(f);
    Integer i = byId.get(storyId);
    if (i == null) {
      create(storyId, d);
    } else {
      add(alive(i), d);
    }
  }

  /** Replays a stored merge of story {@code from} into story {@code into}. */
  public void restoreMerge(long into, long from) {
    merge(index(into), index(from));
  }

  // ---- used by AssignStory ----

  /** Counts an article in the word statistics and computes its weighted vectors. */
  Doc count(StoryFeatures f) {
    if (f.embeddingView().length != dimensions) {
      throw new IllegalArgumentException(
          "embedding of "
              + f.articleId()
              + " has "
              + f.embeddingView().length
              + " dimensions, the index "
              + dimensions);
    }
    articles++;
    SparseVector rawTerms = raw(terms, f.terms(), true);
    SparseVector rawNames = raw(names, f.names(), true);
    SparseVector rawNumbers = raw(numbers, f.numbers(), true);
    SparseVector rawPersons = raw(persons, f.persons(), false);
    int protagonist = f.protagonist().map(persons::find).orElse(-1);
    return new Doc(
        f.articleId(),
        f.embeddingView(),
        rawTerms,
        rawNames,
        rawNumbers,
        rawPersons,
        unit(terms, rawTerms),
        unit(names, rawNames),
        unit(numbers, rawNumbers),
        protagonist,
        f.date().orElse(null));
  }

  /** Story indexes that share a rare word, name or person with the article, each once. */
  int[] candidates(Doc d) {
    if (++generation == Integer.MAX_VALUE) {
      Arrays.fill(stamp, 0);
      generation = 1;
    }
    if (stamp.length < profiles.size()) {
      stamp = Arrays.copyOf(stamp, Math.max(profiles.size(), stamp.length * 2));
    }
    int[] out = new int[64];
    int n = 0;
    for (long key : keys(d)) {
      Posting p = postings.get(key);
      if (p == null) {
        continue;
      }
      for (int k = p.end - 1; k >= p.start; k--) {
        int s = alive(p.items[k]);
        if (stamp[s] != generation) {
          stamp[s] = generation;
          if (n == out.length) {
            out = Arrays.copyOf(out, n * 2);
          }
          out[n++] = s;
        }
      }
    }
    int[] result = Arrays.copyOf(out, n);
    Arrays.sort(result);
    return result;
  }

  /** The cosine of the article's embedding with story {@code s}'s mean embedding. */
  double embeddingCosine(Doc d, int s) {
    return profiles.get(s).embeddingCosine(d.embedding());
  }

  /** The features of the article against story {@code s}, in the order of the model's weights. */
  double[] features(Doc d, int s, double embeddingCosine) {
    Profile p = profiles.get(s);
    double[] f = new double[7];
    f[0] = embeddingCosine;
    f[1] = cosine(d.terms(), p.terms, terms);
    f[2] = cosine(d.names(), p.names, names);
    f[3] = cosine(d.numbers(), p.numbers, numbers);
    if (d.date() != null && p.first != null) {
      f[4] = 1;
      long days = 0;
      if (d.date().isBefore(p.first)) {
        days = ChronoUnit.DAYS.between(d.date(), p.first);
      } else if (d.date().isAfter(p.last)) {
        days = ChronoUnit.DAYS.between(p.last, d.date());
      }
      f[5] = Math.min(1.0, days / (double) model.dateScaleDays());
    }
    if (d.protagonist() >= 0 && p.persons.size() > 0) {
      f[6] = Arrays.binarySearch(p.persons.ids, d.protagonist()) >= 0 ? 1 : -1;
    }
    return f;
  }

  long id(int s) {
    return profiles.get(s).id;
  }

  /** Starts a story with the article; returns its index. */
  int create(Doc d) {
    return create(nextId, d);
  }

  /** Adds the article to story {@code s}. */
  void add(int s, Doc d) {
    Profile p = profiles.get(s);
    p.addEmbedding(d.embedding());
    p.terms = p.terms.plus(d.rawTerms(), TERMS_CAP);
    p.names = p.names.plus(d.rawNames(), NAMES_CAP);
    p.numbers = p.numbers.plus(d.rawNumbers(), NUMBERS_CAP);
    p.persons = p.persons.plus(d.rawPersons(), PERSONS_CAP);
    p.addDate(d.date());
    p.articles++;
    post(s, d);
  }

  /** Merges story {@code from} into story {@code into}. */
  void merge(int into, int from) {
    int a = alive(into);
    int b = alive(from);
    if (a == b) {
      return;
    }
    Profile p = profiles.get(a);
    Profile q = profiles.get(b);
    p.addEmbedding(q.embeddingSum);
    p.terms = p.terms.plus(q.terms, TERMS_CAP);
    p.names = p.names.plus(q.names, NAMES_CAP);
    p.numbers = p.numbers.plus(q.numbers, NUMBERS_CAP);
    p.persons = p.persons.plus(q.persons, PERSONS_CAP);
    p.addDate(q.first);
    p.addDate(q.last);
    p.articles += q.articles;
    q.mergedInto = a;
    live--;
  }

  int index(long storyId) {
    Integer i = byId.get(storyId);
    if (i == null) {
      throw new IllegalArgumentException("no story " + storyId + " in the index");
    }
    return alive(i);
  }

  // ---- internals ----

  private int create(long storyId, Doc d) {
    int s = profiles.size();
    profiles.add(new Profile(storyId, dimensions));
    byId.put(storyId, s);
    nextId = Math.max(nextId, storyId + 1);
    live++;
    add(s, d);
    return s;
  }

  private long corpusSize() {
    return corpus.orElse(articles);
  }

  private int alive(int s) {
    int i = s;
    while (profiles.get(i).mergedInto >= 0) {
      i = profiles.get(i).mergedInto;
    }
    return i;
  }

  /** The raw vector of a feature map: sublinear counts ({@code 1 + ln c}) or plain counts. */
  private static SparseVector raw(Vocabulary v, Map<String, Float> counts, boolean sublinear) {
    int[] ids = new int[counts.size()];
    float[] w = new float[counts.size()];
    int n = 0;
    for (var e : counts.entrySet()) {
      int id = v.id(e.getKey());
      v.count(id);
      ids[n] = id;
      w[n++] = sublinear ? (float) (1 + Math.log(e.getValue())) : e.getValue();
    }
    sortByIds(ids, w);
    return new SparseVector(ids, w);
  }

  private SparseVector unit(Vocabulary v, SparseVector raw) {
    float[] w = new float[raw.size()];
    double norm = 0;
    for (int k = 0; k < w.length; k++) {
      w[k] = (float) (raw.weights[k] * v.idf(raw.ids[k], corpusSize()));
      norm += w[k] * (double) w[k];
    }
    if (norm > 0) {
      float inv = (float) (1 / Math.sqrt(norm));
      for (int k = 0; k < w.length; k++) {
        w[k] *= inv;
      }
    }
    return new SparseVector(raw.ids, w);
  }

  /** The cosine of a unit article vector with a story's raw sums weighted by today's IDF. */
  private double cosine(SparseVector unitDoc, SparseVector story, Vocabulary v) {
    if (unitDoc.size() == 0 || story.size() == 0) {
      return 0;
    }
    double norm = 0;
    double dot = 0;
    int j = 0;
    for (int k = 0; k < story.size(); k++) {
      double w = story.weights[k] * v.idf(story.ids[k], corpusSize());
      norm += w * w;
      int id = story.ids[k];
      while (j < unitDoc.size() && unitDoc.ids[j] < id) {
        j++;
      }
      if (j < unitDoc.size() && unitDoc.ids[j] == id) {
        dot += w * unitDoc.weights[j];
      }
    }
    return norm == 0 ? 0 : dot / Math.sqrt(norm);
  }

  /** The index keys of an article: its rarest names and words, and its main person. */
  private List<Long> keys(Doc d) {
    List<Long> out = new ArrayList<>();
    addTop(out, NAMES, d.names());
    addTop(out, TERMS, d.terms());
    if (d.protagonist() >= 0) {
      out.add(key(PERSONS, d.protagonist()));
    }
    return out;
  }

  private void addTop(List<Long> out, int kind, SparseVector unit) {
    for (int k : SparseVector.top(unit.ids, unit.weights, model.queryWords()).ids) {
      out.add(key(kind, k));
    }
  }

  private void post(int s, Doc d) {
    for (long key : keys(d)) {
      postings.computeIfAbsent(key, k -> new Posting()).add(s, model.postingCap());
    }
  }

  private static long key(int kind, int id) {
    return ((long) kind << 32) | id;
  }

  private static void sortByIds(int[] ids, float[] w) {
    Integer[] order = new Integer[ids.length];
    for (int k = 0; k < order.length; k++) {
      order[k] = k;
    }
    Arrays.sort(order, (a, b) -> Integer.compare(ids[a], ids[b]));
    int[] i2 = new int[ids.length];
    float[] w2 = new float[ids.length];
    for (int k = 0; k < order.length; k++) {
      i2[k] = ids[order[k]];
      w2[k] = w[order[k]];
    }
    System.arraycopy(i2, 0, ids, 0, ids.length);
    System.arraycopy(w2, 0, w, 0, w.length);
  }

  /** The stories that used one key, oldest first, at most the cap most recent. */
  private static final class Posting {
    int[] items = new int[4];
    int start;
    int end;

    void add(int story, int cap) {
      if (end > start && items[end - 1] == story) {
        return;
      }
      if (end == items.length) {
        // Compact: keep the newest entries and leave room to append.
        int keep = Math.min(end - start, cap - 1);
        int[] next = new int[Math.max(8, Math.min(cap, keep + 1) * 2)];
        System.arraycopy(items, end - keep, next, 0, keep);
        items = next;
        start = 0;
        end = keep;
      }
      items[end++] = story;
      if (end - start > cap) {
        start = end - cap;
      }
    }
  }

  /**
   * An article as the index compares it.
   *
   * @param articleId the article
   * @param embedding its unit embedding
   * @param rawTerms sublinear counts of its words, added to a story it joins
   * @param rawNames sublinear counts of its names
   * @param rawNumbers sublinear counts of its numbers
   * @param rawPersons mention counts of its people
   * @param terms unit TF-IDF vector of its words
   * @param names unit TF-IDF vector of its names
   * @param numbers unit TF-IDF vector of its numbers
   * @param protagonist the id of its main person, or -1
   * @param date its date, or null
   */
  record Doc(
      String articleId,
      float[] embedding,
      SparseVector rawTerms,
      SparseVector rawNames,
      SparseVector rawNumbers,
      SparseVector rawPersons,
      SparseVector terms,
      SparseVector names,
      SparseVector numbers,
      int protagonist,
      LocalDate date) {}
}
