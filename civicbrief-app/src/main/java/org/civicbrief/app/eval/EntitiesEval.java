package org.civicbrief.app.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.civicbrief.core.article.Article;
import org.civicbrief.core.text.AnnotatedArticle;
import org.civicbrief.core.text.EntityMention;
import org.civicbrief.core.text.EntityType;
import org.civicbrief.core.text.Sentence;
import org.civicbrief.core.text.Token;

/**
 * {@code eval entities}: the names the briefing pipeline recognizes, scored against CoNLL-2003. The
 * corpus is pre-tokenized, so each document becomes text (tokens joined by spaces, a sentence per
 * line), is annotated exactly as an article is, and the mentions found map back onto the gold
 * tokens they cover.
 */
public final class EntitiesEval {

  /**
   * The scores and the table that shows them.
   *
   * @param scores the scores
   */
  public record Report(EntityScores scores) {

    /** The report as a text table. */
    public String table() {
      Table t = new Table("type", "gold", "predicted", "precision", "recall", "F1");
      List<String> types = new ArrayList<>(scores.byType().keySet());
      types.sort(
          Comparator.comparingInt((String x) -> ORDER.indexOf(x) < 0 ? 99 : ORDER.indexOf(x))
              .thenComparing(Comparator.naturalOrder()));
      for (String type : types) {
        add(t, type, scores.byType().get(type));
      }
      add(t, "all", scores.overall());
      return t.render();
    }

    private void add(Table t, String type, Prf p) {
      t.row(
          type,
          Integer.toString(scores.gold().getOrDefault(type, 0)),
          Integer.toString(scores.predicted().getOrDefault(type, 0)),
          points(p.precision()),
          points(p.recall()),
          points(p.f1()));
    }
  }

  private static final List<String> ORDER = List.of("PER", "ORG", "LOC", "MISC");

  private final AnnotateCorpus annotate;

  /** An evaluation annotating with {@code annotate}. */
  public EntitiesEval(AnnotateCorpus annotate) {
    this.annotate = Objects.requireNonNull(annotate, "annotate");
  }

  /**
   * Scores the first {@code limit} documents of {@code data}; writes predictions to {@code out}.
   */
  public Report run(Path data, int limit, Optional<Path> out) {
    ConllCorpus corpus = ConllCorpus.read(data, limit);
    List<ConllText> texts = corpus.documents().stream().map(ConllText::of).toList();
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      articles.add(Article.ofText(texts.get(i).text(), "doc-" + i));
    }
    List<AnnotatedArticle> annotated = annotate.annotate(data.getFileName().toString(), articles);
    List<EntityChunk> gold = new ArrayList<>();
    for (ConllCorpus.Sentence s : corpus.sentences()) {
      gold.addAll(EntityChunk.fromTags(s.number(), s.tags()));
    }
    List<EntityChunk> predicted = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      predicted.addAll(chunks(texts.get(i), annotated.get(i)));
    }
    out.ifPresent(file -> new WritePredictions().write(file, predictions(corpus, predicted)));
    return new Report(new ScoreEntities().score(gold, predicted));
  }

  /** The name mentions of an annotated document as chunks of its gold tokens. */
  static List<EntityChunk> chunks(ConllText text, AnnotatedArticle annotated) {
    List<EntityChunk> out = new ArrayList<>();
    for (EntityMention m : annotated.mentions()) {
      String type = conllType(m.type());
      if (type != null && namesSomething(annotated, m)) {
        text.chunk(new Span(m.start(), m.end()), type)
            .filter(c -> !out.contains(c))
            .ifPresent(out::add);
      }
    }
    return out;
  }

  /**
   * CoreNLP's mention builder also offers "he" and "his" as people; the briefing only takes a
   * mention with a capitalized word that is not a pronoun for a name, and so does this score.
   */
  private static boolean namesSomething(AnnotatedArticle a, EntityMention m) {
    Sentence s = a.sentence(m.sentence());
    for (int i = m.firstToken(); i <= m.lastToken(); i++) {
      Token t = s.token(i);
      if (!t.pos().startsWith("PRP") && Character.isUpperCase(t.text().charAt(0))) {
        return true;
      }
    }
    return false;
  }

  private static String conllType(EntityType t) {
    return switch (t) {
      case PERSON -> "PER";
      case ORGANIZATION -> "ORG";
      case LOCATION -> "LOC";
      case MISC -> "MISC";
      default -> null;
    };
  }

  private static List<Map<String, Object>> predictions(
      ConllCorpus corpus, List<EntityChunk> predicted) {
    Map<Integer, List<Map<String, Object>>> bySentence = new LinkedHashMap<>();
    for (EntityChunk c : predicted) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("start", c.first());
      m.put("end", c.end());
      m.put("type", c.type());
      bySentence.computeIfAbsent(c.sentence(), k -> new ArrayList<>()).add(m);
    }
    List<Map<String, Object>> out = new ArrayList<>();
    for (ConllCorpus.Sentence s : corpus.sentences()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", s.id());
      m.put("entities", bySentence.getOrDefault(s.number(), List.of()));
      out.add(m);
    }
    return out;
  }

  private static String points(double x) {
    return String.format(Locale.ROOT, "%.2f", 100 * x);
  }
}
