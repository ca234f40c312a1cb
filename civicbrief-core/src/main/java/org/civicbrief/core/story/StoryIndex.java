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
  static final int SALIENT_CAP = 200;
  // An article's matter: at most this many of its salient words, the rarest.
  private static final int SALIENT_WORDS = 10;
  // At most this many candidate stories are scored for an article, those that share most keys.
  static final int MAX_CANDIDATES = 300;
  private static final float SALIENT_MIN = 3;

  private static final java.util.Set<String> PLACES =
      org.civicbrief.core.text.WordList.of("story-places");
  // A main place is mentioned at least this much (a lead mention counts three times) ...
  private static final float MAIN_PLACE_MIN = 2;
  // ... and at least this share of the article's most mentioned place.
  private static final float MAIN_PLACE_SHARE = 0.5f;
  // A person is rare when at most this share as many articles name them as name the most named
  // person (in U.S. news, the president).
  private static final int RARE_PERSON_DIVISOR = 4;

  private static final int TERMS = 0;
  private static final int NAMES = 1;
  private static final int PERSONS = 2;

  private final int dimensions;
  private final StoryModel model;
  private final Vocabulary terms;
  private final Vocabulary names;
  private final Vocabulary numbers;
  private final Vocabulary persons;
  private final Vocabulary places;
  // The corpus size in the inverse document frequencies: the articles counted, or a fixed corpus's.
  private final OptionalLong corpus;
  private final List<Profile> profiles = new ArrayList<>();
  private final Map<Long, Integer> byId = new HashMap<>();
  private final Map<Long, Posting> postings = new HashMap<>();
  private long articles;
  private long nextId = 1;
  private int live;
  private int[] stamp = new int[1024];
  // How many of the article's keys each candidate story shares, valid where stamp is current.
  private int[] shared = new int[1024];
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
    this.places = fixed.map(f -> new Vocabulary(f.places())).orElseGet(Vocabulary::new);
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
    int[] mainPlaces = mainPlaces(f.places());
    int[] salient = salient(f.terms());
    int[] matter = matter(salient);
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
        mainPlaces,
        salient,
        matter,
        f.date().orElse(null));
  }

  /**
   * Story indexes that share a rare word, name or person with the article, each once, sorted: the
   * {@link #MAX_CANDIDATES} that share the most keys with it (ties to the most recently posted), so
   * that the cost of scoring stays the same however many stories the index holds.
   */
  int[] candidates(Doc d) {
    if (++generation == Integer.MAX_VALUE) {
      Arrays.fill(stamp, 0);
      generation = 1;
    }
    if (stamp.length < profiles.size()) {
      stamp = Arrays.copyOf(stamp, Math.max(profiles.size(), stamp.length * 2));
      shared = Arrays.copyOf(shared, stamp.length);
    }
    int[] out = new int[64];
    int n = 0;
    for (long key : keys(d, true)) {
      Posting p = postings.get(key);
      if (p == null) {
        continue;
      }
      for (int k = p.end - 1; k >= p.start; k--) {
        int s = alive(p.items[k]);
        if (stamp[s] != generation) {
          stamp[s] = generation;
          shared[s] = 0;
          if (n == out.length) {
            out = Arrays.copyOf(out, n * 2);
          }
          out[n++] = s;
        }
        shared[s]++;
      }
    }
    int[] result = Arrays.copyOf(out, n);
    if (n > MAX_CANDIDATES) {
      // The most keys shared first, then the newer story (a higher index): one total order.
      long[] ranked = new long[n];
      for (int k = 0; k < n; k++) {
        ranked[k] = ((long) shared[result[k]] << 32) | result[k];
      }
      Arrays.sort(ranked);
      result = new int[MAX_CANDIDATES];
      for (int k = 0; k < MAX_CANDIDATES; k++) {
        result[k] = (int) ranked[n - 1 - k];
      }
    }
    Arrays.sort(result);
    return result;
  }

  /** The cosine of the article's embedding with story {@code s}'s mean embedding. */
  double embeddingCosine(Doc d, int s) {
    return profiles.get(s).embeddingCosine(d.embedding());
  }

  /**
   * How many days the article's date lies outside story {@code s}'s dates (0 inside them, or when
   * either is undated).
   */
  long daysApart(Doc d, int s) {
    Profile p = profiles.get(s);
    if (d.date() == null || p.first == null) {
      return 0;
    }
    if (d.date().isBefore(p.first)) {
      return ChronoUnit.DAYS.between(d.date(), p.first);
    }
    return d.date().isAfter(p.last) ? ChronoUnit.DAYS.between(p.last, d.date()) : 0;
  }

  /** The features of the article against story {@code s}, in the order of the model's weights. */
  double[] features(Doc d, int s, double embeddingCosine) {
    return features(d, s, embeddingCosine, model.dateScaleDays());
  }

  /** {@link #features(Doc, int, double)} with another time scale (story lines decay slower). */
  double[] features(Doc d, int s, double embeddingCosine, int dateScaleDays) {
    Profile p = profiles.get(s);
    double[] f = new double[StoryModel.FEATURES];
    f[0] = embeddingCosine;
    f[1] = cosine(d.terms(), p.terms, terms);
    f[2] = cosine(d.names(), p.names, names);
    f[3] = cosine(d.numbers(), p.numbers, numbers);
    if (d.date() != null && p.first != null) {
      f[4] = 1;
      f[5] = Math.min(1.0, daysApart(d, s) / (double) dateScaleDays);
    }
    if (d.protagonist() >= 0 && p.persons.size() > 0) {
      f[6] = Arrays.binarySearch(p.persons.ids, d.protagonist()) >= 0 ? 1 : -1;
    }
    if (d.mainPlaces().length > 0
        && p.mainPlaces.length > 0
        && !shareAny(d.mainPlaces(), p.mainPlaces)) {
      // Two stories of one kind in two places (two cities' deployments, two states' maps) differ
      // here when little else differs. A place in common says little (many stories happen in
      // California), so it does not count for joining.
      f[7] = -1;
    }
    // The matter both ways: the article's rarest shared words among the story's, and the story's
    // rarest shared words in the article. One way alone is fooled where the only words the article
    // shares with anyone are generic (at the start of an index, "justices" and "ruling" shared with
    // the one other court case): what the story was about must also be in the newer article.
    f[8] = (coverage(d.matter(), p.salient) + coverage(matter(p.salient), d.rawTerms().ids)) / 2;
    return f;
  }

  long id(int s) {
    return profiles.get(s).id;
  }

  /**
   * True when features ({@link #features}) say the article and the story are about places and share
   * none: for story lines a gate, not a weight (see {@link FollowStoryLines}).
   */
  static boolean elsewhere(double[] features) {
    return features[7] < 0;
  }

  /**
   * True when the person the article mentions most is also the person story {@code s} mentions
   * most, and a rare one: named in at most a quarter as many articles as the most named person. A
   * story about one person who is not in every story (a deported man, a fired official) follows
   * that person wherever the next report is filed; a head of state, whom most stories name, says
   * nothing of the kind.
   */
  boolean sameRareProtagonist(Doc d, int s) {
    if (d.protagonist() < 0) {
      return false;
    }
    SparseVector people = profiles.get(s).persons;
    int top = -1;
    float weight = 0;
    for (int k = 0; k < people.size(); k++) {
      // Ties go to the lower id, the person the index met first.
      if (people.weights[k] > weight) {
        weight = people.weights[k];
        top = people.ids[k];
      }
    }
    return top == d.protagonist()
        && persons.documentFrequency(top) * RARE_PERSON_DIVISOR <= persons.mostFrequent();
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
    p.mainPlaces = union(p.mainPlaces, d.mainPlaces());
    p.salient = capped(union(p.salient, d.salient()));
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
    p.mainPlaces = union(p.mainPlaces, q.mainPlaces);
    p.salient = capped(union(p.salient, q.salient));
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

  /**
   * The places an article is about: the places of {@link #PLACES} it names most, each mentioned at
   * least {@link #MAIN_PLACE_MIN} times and at least {@link #MAIN_PLACE_SHARE} as often as the
   * first; their ids, sorted.
   */
  private int[] mainPlaces(Map<String, Float> named) {
    float max = 0;
    for (var e : named.entrySet()) {
      if (PLACES.contains(e.getKey())) {
        max = Math.max(max, e.getValue());
      }
    }
    float floor = Math.max(MAIN_PLACE_MIN, MAIN_PLACE_SHARE * max);
    return named.entrySet().stream()
        .filter(e -> PLACES.contains(e.getKey()) && e.getValue() >= floor)
        .mapToInt(e -> places.id(e.getKey()))
        .sorted()
        .toArray();
  }

  /**
   * The article's salient words: the words it says at least {@link #SALIENT_MIN} times (a lead word
   * counts three times); their ids, sorted.
   */
  private int[] salient(Map<String, Float> counts) {
    return counts.entrySet().stream()
        .filter(e -> e.getValue() >= SALIENT_MIN)
        .mapToInt(e -> terms.find(e.getKey()))
        .filter(id -> id >= 0)
        .sorted()
        .toArray();
  }

  /**
   * What an article (or a story) is about, to look for in the other: its {@link #SALIENT_WORDS}
   * rarest salient words that some other article used too (a word no other article used cannot be
   * shared).
   */
  private int[] matter(int[] salient) {
    // A selection of the few rarest rather than a sort: a story's salient words are looked at for
    // every candidate scored. Rarest is the fewest articles: the IDF falls as the document
    // frequency grows (ln((n + 1) / (df + 1)), n the same for every word), so comparing the counts
    // picks the same words in the same order without a logarithm per word.
    int[] top = new int[SALIENT_WORDS];
    int[] topDf = new int[SALIENT_WORDS];
    int size = 0;
    for (int id : salient) {
      int df = terms.documentFrequency(id);
      if (df <= 1) {
        continue;
      }
      // Rarest first; among equally rare words the lower id (salient is sorted, so a later word of
      // the same rarity never passes an earlier one).
      int at = size;
      while (at > 0 && topDf[at - 1] > df) {
        at--;
      }
      if (at == SALIENT_WORDS) {
        continue;
      }
      int last = Math.min(size, SALIENT_WORDS - 1);
      System.arraycopy(top, at, top, at + 1, last - at);
      System.arraycopy(topDf, at, topDf, at + 1, last - at);
      top[at] = id;
      topDf[at] = df;
      size = Math.min(size + 1, SALIENT_WORDS);
    }
    return Arrays.copyOf(top, size);
  }

  /** The IDF-weighed share of the article's salient words that the story's include. */
  private double coverage(int[] article, int[] story) {
    double all = 0;
    double shared = 0;
    long n = corpusSize();
    for (int id : article) {
      double w = terms.idf(id, n);
      all += w;
      if (Arrays.binarySearch(story, id) >= 0) {
        shared += w;
      }
    }
    return all == 0 ? 0 : shared / all;
  }

  /**
   * A story's salient words, at most {@link #SALIENT_CAP}: past the cap, the words the index met
   * last are kept (ids are given in the order words are first seen), which favours the story's
   * newer vocabulary.
   */
  private static int[] capped(int[] ids) {
    return ids.length <= SALIENT_CAP
        ? ids
        : Arrays.copyOfRange(ids, ids.length - SALIENT_CAP, ids.length);
  }

  private static boolean shareAny(int[] a, int[] b) {
    for (int x : a) {
      if (Arrays.binarySearch(b, x) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static int[] union(int[] a, int[] b) {
    return java.util.stream.IntStream.concat(Arrays.stream(a), Arrays.stream(b))
        .distinct()
        .sorted()
        .toArray();
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

  /**
   * The index keys of an article: its rarest names and words, and its main person. Posted, the
   * article's own rarest words are its keys; to look stories up ({@code lookup}), only words some
   * other article used can find one, so the rarest of those are asked.
   */
  private List<Long> keys(Doc d, boolean lookup) {
    List<Long> out = new ArrayList<>();
    addTop(out, NAMES, d.names(), lookup ? names : null);
    addTop(out, TERMS, d.terms(), lookup ? terms : null);
    if (d.protagonist() >= 0) {
      out.add(key(PERSONS, d.protagonist()));
    }
    return out;
  }

  private void addTop(List<Long> out, int kind, SparseVector unit, Vocabulary shared) {
    SparseVector v = unit;
    if (shared != null) {
      int n = 0;
      int[] ids = new int[unit.size()];
      float[] w = new float[unit.size()];
      for (int k = 0; k < unit.size(); k++) {
        if (shared.documentFrequency(unit.ids[k]) > 1) {
          ids[n] = unit.ids[k];
          w[n++] = unit.weights[k];
        }
      }
      v = new SparseVector(Arrays.copyOf(ids, n), Arrays.copyOf(w, n));
    }
    for (int k : SparseVector.top(v.ids, v.weights, model.queryWords()).ids) {
      out.add(key(kind, k));
    }
  }

  private void post(int s, Doc d) {
    for (long key : keys(d, false)) {
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
   * @param mainPlaces the ids of the places it is about, sorted
   * @param salient the ids of its salient words, sorted
   * @param matter the ids of its rarest salient words that other articles used too, weighed once
   *     when it is counted rather than against every candidate
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
      int[] mainPlaces,
      int[] salient,
      int[] matter,
      LocalDate date) {}
}
