package org.civicbrief.app.eval;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.function.IntConsumer;
import org.civicbrief.core.article.Article;
import org.civicbrief.core.common.Sha256;
import org.civicbrief.core.pipeline.Timed;
import org.civicbrief.core.story.AssignStory;
import org.civicbrief.core.story.DescribeArticle;
import org.civicbrief.core.story.Embed;
import org.civicbrief.core.story.FitStoryModel;
import org.civicbrief.core.story.FollowStoryLines;
import org.civicbrief.core.story.StoryFeatures;
import org.civicbrief.core.story.StoryIndex;
import org.civicbrief.core.story.StoryModel;
import org.civicbrief.core.text.AnnotatedArticle;
import org.civicbrief.ingest.language.DetectLanguage;

/**
 * {@code eval clusters}: story assignment scored against documents grouped by the event they report
 * (ECB+, gold story = {@code subtopic}). The documents are briefed as articles are, then fed one by
 * one in a fixed order to {@link AssignStory}; the TF-IDF single-pass baseline runs on the same
 * order.
 */
public final class ClustersEval {

  /** The order in which documents arrive. */
  public enum Order {
    /** As they stand in the file. */
    FILE,
    /** By the SHA-256 of their id: fixed, and unrelated to the gold stories. */
    HASHED,
    /** Shuffled with a seeded random generator. */
    SHUFFLED,
    /**
     * By publication date, as a server receives a story's articles; records without a date come
     * last, each day's in file order.
     */
    DATE
  }

  /** The level of stories scored. */
  public enum Level {
    /** Events: the same happening, reported over days. */
    EVENT,
    /** Story lines: the same question followed over months. */
    LINE
  }

  /**
   * What to run.
   *
   * @param goldField the field that holds the gold story
   * @param order the arrival order
   * @param seed the seed of a shuffled order
   * @param joinThresholds the join thresholds to score, one row each
   * @param fit true to fit the score's weights on this data first (for training data)
   * @param model the model whose weights and limits are used unless fitted
   * @param level the level scored: events, or story lines ({@link FollowStoryLines})
   * @param lineModel the story-line model when lines are scored
   * @param crossValidate true to score story lines by leave-one-story-out cross-validation (the
   *     thresholds, and with {@code fit} the weights, chosen per fold on the other stories)
   * @param mergeThreshold the story lines' merge threshold the cross-validation keeps; empty: it
   *     chooses one per fold, or no merging
   */
  public record Options(
      String goldField,
      Order order,
      long seed,
      List<Double> joinThresholds,
      boolean fit,
      StoryModel model,
      Level level,
      StoryModel lineModel,
      boolean crossValidate,
      java.util.OptionalDouble mergeThreshold) {
    public Options {
      Objects.requireNonNull(mergeThreshold, "mergeThreshold");
      Objects.requireNonNull(level, "level");
      Objects.requireNonNull(lineModel, "lineModel");
      Objects.requireNonNull(goldField, "goldField");
      Objects.requireNonNull(order, "order");
      joinThresholds = List.copyOf(joinThresholds);
      Objects.requireNonNull(model, "model");
    }
  }

  /**
   * One clustering and its scores.
   *
   * @param system what produced it
   * @param scores the scores
   */
  public record Row(String system, ClusterScores scores) {}

  /**
   * The scores and the table that shows them.
   *
   * @param documents how many documents were clustered
   * @param goldClusters how many gold stories they form
   * @param order the arrival order
   * @param fitted the weights fitted on this data, when asked
   * @param rows one row per system and threshold
   * @param folds what each fold of a cross-validation chose and scored, else empty
   */
  public record Report(
      int documents,
      int goldClusters,
      String order,
      Optional<StoryModel.Weights> fitted,
      List<Row> rows,
      List<String> folds) {

    /** The report as a text table. */
    public String table() {
      Table t =
          new Table("system", "clusters", "pair P", "pair R", "pair F1", "B3 P", "B3 R", "B3 F1");
      for (Row r : rows) {
        ClusterScores s = r.scores();
        t.row(
            r.system(),
            Integer.toString(s.predictedClusters()),
            points(s.pairwise().precision()),
            points(s.pairwise().recall()),
            points(s.pairwise().f1()),
            points(s.bcubed().precision()),
            points(s.bcubed().recall()),
            points(s.bcubed().f1()));
      }
      StringBuilder out = new StringBuilder();
      out.append(
          String.format(
              Locale.ROOT,
              "%d documents, %d gold stories, %s order%n",
              documents,
              goldClusters,
              order));
      fitted.ifPresent(w -> out.append("fitted weights: ").append(w).append('\n'));
      folds.forEach(f -> out.append(f).append('\n'));
      return out.append(t.render()).toString();
    }
  }

  /** A document with the title and publication date it carries, when it does. */
  private record Doc(
      String id, String gold, String text, Optional<String> title, Optional<LocalDate> published) {

    // Read in the language the text is in, as the readers of `serve` and `brief` detect it: a
    // Spanish article is annotated by the Spanish pipeline and compared as Spanish.
    private static final DetectLanguage DETECT = new DetectLanguage();

    Article article() {
      String language = DETECT.detect(text).code().equals("es") ? "es" : "en";
      Article a = Article.ofText(text, id, language);
      if (title.isPresent()) {
        a = a.withTitle(title.get(), false);
      }
      return published.map(a::withPublished).orElse(a);
    }
  }

  /** A record's "published" (or "published_inferred") date, as `serve` reads it. */
  static Optional<LocalDate> published(com.fasterxml.jackson.databind.JsonNode node) {
    for (String field : List.of("published", "published_inferred")) {
      com.fasterxml.jackson.databind.JsonNode v = node.get(field);
      if (v != null && v.isTextual() && v.asText().length() >= 10) {
        try {
          return Optional.of(LocalDate.parse(v.asText().substring(0, 10)));
        } catch (java.time.format.DateTimeParseException e) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> title(com.fasterxml.jackson.databind.JsonNode node) {
    com.fasterxml.jackson.databind.JsonNode v = node.get("title");
    return v != null && v.isTextual() && !v.asText().isBlank()
        ? Optional.of(v.asText().strip())
        : Optional.empty();
  }

  private static final double[] BASELINE_THRESHOLDS = {0.15, 0.2, 0.25};

  private final AnnotateCorpus annotate;
  private final Function<AnnotatedArticle, Timed> brief;
  private final Embed embed;
  private final IntConsumer embedded;

  /**
   * An evaluation that annotates with {@code annotate}, briefs with {@code brief} and embeds with
   * {@code embed}, reporting each embedded document to {@code embedded}.
   */
  public ClustersEval(
      AnnotateCorpus annotate,
      Function<AnnotatedArticle, Timed> brief,
      Embed embed,
      Optional<Path> cacheDir,
      IntConsumer embedded) {
    this.annotate = Objects.requireNonNull(annotate, "annotate");
    this.brief = Objects.requireNonNull(brief, "brief");
    this.embed = cacheDir.<Embed>map(dir -> new EmbeddingCache(embed, dir)).orElse(embed);
    this.embedded = Objects.requireNonNull(embedded, "embedded");
  }

  /**
   * Clusters the first {@code limit} documents of {@code data}; writes predictions to {@code out}.
   */
  public Report run(Path data, int limit, Optional<Path> out, Options options) {
    List<Doc> docs =
        new ReadJsonLines()
            .read(
                data,
                limit,
                (node, origin) ->
                    new Doc(
                        ReadJsonLines.id(node, origin),
                        gold(node, options.goldField(), origin),
                        ReadJsonLines.text(node, "text", origin),
                        title(node),
                        published(node)));
    docs = ordered(docs, options);
    List<Article> articles = docs.stream().map(Doc::article).toList();
    List<AnnotatedArticle> annotated = annotate.annotate(data.getFileName().toString(), articles);
    DescribeArticle describe = new DescribeArticle(embed);
    List<StoryFeatures> features = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      Timed briefed = brief.apply(annotated.get(i));
      features.add(describe.describe(docs.get(i).id(), briefed.briefing(), briefed.annotated()));
      embedded.accept(i + 1);
    }
    List<String> gold = docs.stream().map(Doc::gold).toList();
    boolean lines = options.level() == Level.LINE;
    if (options.crossValidate()) {
      CrossValidateLines.Result cv =
          new CrossValidateLines(
                  embed.dimensions(),
                  options.model(),
                  options.lineModel(),
                  (f, m) -> follow(f, options.model(), m))
              .run(
                  features,
                  gold,
                  options.fit(),
                  options.joinThresholds().isEmpty()
                      ? CrossValidateLines.THRESHOLDS
                      : options.joinThresholds().stream()
                          .mapToDouble(Double::doubleValue)
                          .toArray(),
                  options.mergeThreshold().isPresent()
                      ? new double[] {options.mergeThreshold().getAsDouble()}
                      : CrossValidateLines.MERGES);
      Prf p = cv.pairwise();
      return new Report(
          docs.size(),
          (int) gold.stream().distinct().count(),
          options.order().name().toLowerCase(Locale.ROOT),
          Optional.empty(),
          List.of(
              new Row(
                  "civicbrief lines, leave one story out ("
                      + (options.fit() ? "weights, " : "")
                      + (options.joinThresholds().size() == 1
                          ? "join " + options.joinThresholds().getFirst()
                          : "join chosen")
                      + (options.mergeThreshold().isPresent() ? "" : ", merge chosen")
                      + ")",
                  new ClusterScores(p, Prf.ZERO, docs.size(), 0, 0))),
          cv.folds());
    }
    StoryModel model = lines ? options.lineModel() : options.model();
    Optional<StoryModel.Weights> fitted = Optional.empty();
    if (options.fit()) {
      FitStoryModel fit = new FitStoryModel(model);
      fitted =
          Optional.of(
              lines
                  ? fit.fitLines(features, gold, embed.dimensions(), options.model())
                  : fit.fit(features, gold, embed.dimensions()));
      model = model.withWeights(fitted.get());
    }
    List<Row> rows = new ArrayList<>();
    List<Long> chosen = null;
    List<Double> thresholds =
        options.joinThresholds().isEmpty()
            ? List.of(model.joinThreshold())
            : options.joinThresholds();
    for (double join : thresholds) {
      StoryModel m = model.withThresholds(join, Math.max(join, model.mergeThreshold()));
      List<Long> predicted = lines ? follow(features, options.model(), m) : assign(features, m);
      rows.add(
          new Row(
              String.format(Locale.ROOT, "civicbrief, join %.2f", join),
              ClusterScores.of(gold, predicted)));
      if (chosen == null) {
        chosen = predicted;
      }
    }
    List<String> texts = docs.stream().map(Doc::text).toList();
    for (double t : BASELINE_THRESHOLDS) {
      rows.add(
          new Row(
              String.format(Locale.ROOT, "TF-IDF single pass, %.2f", t),
              ClusterScores.of(gold, new TfidfSinglePass(t).cluster(texts))));
    }
    List<Long> first = chosen;
    List<Doc> inOrder = docs;
    out.ifPresent(file -> new WritePredictions().write(file, predictions(inOrder, first)));
    return new Report(
        docs.size(),
        (int) gold.stream().distinct().count(),
        options.order().name().toLowerCase(Locale.ROOT)
            + (options.order() == Order.SHUFFLED ? " (seed " + options.seed() + ")" : ""),
        fitted,
        rows,
        List.of());
  }

  private List<Long> assign(List<StoryFeatures> features, StoryModel model) {
    StoryIndex index = new StoryIndex(embed.dimensions(), model);
    AssignStory assign = new AssignStory(model);
    List<Long> stories = new ArrayList<>();
    for (StoryFeatures f : features) {
      stories.add(assign.assign(f, index).storyId());
    }
    // A merge moves the articles of a story into another: label each by the story it ends in.
    List<Long> out = new ArrayList<>();
    for (long s : stories) {
      out.add(index.resolve(s).orElse(s));
    }
    return out;
  }

  private List<Long> follow(List<StoryFeatures> features, StoryModel events, StoryModel lines) {
    FollowStoryLines follow = new FollowStoryLines(embed.dimensions(), events, lines);
    List<Long> placed = new ArrayList<>();
    for (StoryFeatures f : features) {
      placed.add(follow.assign(f).lineId());
    }
    // A merge moves the articles of a line into another: label each by the line it ends in.
    return placed.stream().map(follow::lineOf).toList();
  }

  private static List<Map<String, Object>> predictions(List<Doc> docs, List<Long> stories) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("doc_id", docs.get(i).id());
      m.put("cluster", stories.get(i));
      out.add(m);
    }
    return out;
  }

  private static List<Doc> ordered(List<Doc> docs, Options options) {
    List<Doc> out = new ArrayList<>(docs);
    switch (options.order()) {
      case FILE -> {}
      case HASHED -> out.sort(Comparator.comparing((Doc d) -> Sha256.hex(d.id())));
      case SHUFFLED -> java.util.Collections.shuffle(out, new Random(options.seed()));
      case DATE ->
          out.sort(
              Comparator.comparing(
                  (Doc d) -> d.published().orElse(LocalDate.MAX))); // stable: file order within
    }
    return out;
  }

  private static String gold(
      com.fasterxml.jackson.databind.JsonNode node, String field, String origin) {
    var v = node.get(field);
    if (v == null || v.isNull() || v.isContainerNode()) {
      throw new BadDataException(origin + ": no \"" + field + "\" field with the gold story");
    }
    return v.asText();
  }

  private static String points(double x) {
    return String.format(Locale.ROOT, "%.1f", 100 * x);
  }
}
