package org.civicbrief.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import org.civicbrief.core.article.Article;
import org.civicbrief.core.text.Annotate;
import org.civicbrief.core.text.AnnotatedArticle;
import org.civicbrief.core.text.EntityMention;
import org.civicbrief.core.text.EntityType;
import org.civicbrief.core.text.Sentence;
import org.civicbrief.core.text.Token;

/**
 * Annotates articles with Stanford CoreNLP and converts the result into the project's records.
 *
 * <p>One instance holds the English pipeline and, once the first Spanish article arrives, the
 * Spanish one (ADR 21): an English-only run never loads the Spanish models. Create it once per
 * process and share it: {@link #annotate} is safe to call from several threads.
 */
public final class CoreNlpAnnotate implements Annotate {

  private final StanfordCoreNLP pipeline;
  private final NlpConfig config;
  private volatile StanfordCoreNLP spanish;
  private volatile long spanishLoadNanos;

  /** Loads the English models named by {@code config}; this takes seconds, so do it once. */
  public CoreNlpAnnotate(NlpConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.pipeline = new StanfordCoreNLP(properties(config));
  }

  /** True once a Spanish article has loaded the Spanish models. */
  public boolean spanishLoaded() {
    return spanish != null;
  }

  /** Seconds the Spanish models took to load, or 0 before the first Spanish article. */
  public double spanishLoadSeconds() {
    return spanishLoadNanos / 1e9;
  }

  private StanfordCoreNLP pipelineFor(String language) {
    if (!language.equals("es")) {
      return pipeline;
    }
    StanfordCoreNLP es = spanish;
    if (es == null) {
      synchronized (this) {
        es = spanish;
        if (es == null) {
          long t = System.nanoTime();
          es = new StanfordCoreNLP(spanishProperties(config));
          spanishLoadNanos = System.nanoTime() - t;
          spanish = es;
        }
      }
    }
    return es;
  }

  static Properties spanishProperties(NlpConfig config) {
    Properties p = new Properties();
    // The same stages as English (ADR 2): no multi-word-token expansion, since "del" and "al" split
    // into two words would give two tokens one span, and no lemmatizer, since CoreNLP has none for
    // Spanish (the lemma is the word).
    p.setProperty("annotators", "tokenize,pos,ner");
    p.setProperty("ssplit.newlineIsSentenceBreak", "always");
    p.setProperty("tokenize.language", "es");
    p.setProperty("pos.model", NlpConfig.SPANISH_POS);
    p.setProperty("ner.model", config.spanishNerModels());
    p.setProperty("ner.language", "es");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.buildEntityMentions", "true");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("ner.combinationMode", "NORMAL");
    return p;
  }

  static Properties properties(NlpConfig config) {
    Properties p = new Properties();
    // No depparse here: parsing every sentence costs more than everything else together, and only a
    // few sentences need it (see ParseSentences).
    p.setProperty("annotators", "tokenize,pos,lemma,ner");
    // Every line break ends a sentence: headlines and subheadings have no final period, and many
    // sources separate paragraphs with one line break. Hard-wrapped text is unwrapped first
    // (see LineBreaks), so this does not split sentences in the middle.
    p.setProperty("ssplit.newlineIsSentenceBreak", "always");
    p.setProperty("tokenize.language", "en");
    p.setProperty("ner.model", config.nerModels());
    p.setProperty("ner.applyFineGrained", Boolean.toString(config.fineGrainedNer()));
    p.setProperty("ner.buildEntityMentions", "true");
    // SUTime and the numeric classifiers cost about 0.8 s per 2,400 tokens; dates and numbers come
    // from the project's own recognizers (org.civicbrief.core.values) instead.
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("ner.combinationMode", "NORMAL");
    return p;
  }

  @Override
  public AnnotatedArticle annotate(Article article) {
    String text = article.text();
    Annotation doc = new Annotation(LineBreaks.unwrapHardWrapped(text));
    article
        .published()
        .ifPresent(d -> doc.set(CoreAnnotations.DocDateAnnotation.class, d.toString()));
    boolean es = article.language().equals("es");
    pipelineFor(article.language()).annotate(doc);

    int[] paragraphStarts = LineBreaks.paragraphStarts(text);
    List<Sentence> sentences = new ArrayList<>();
    List<EntityMention> mentions = new ArrayList<>();
    for (CoreMap cs : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<CoreLabel> labels = cs.get(CoreAnnotations.TokensAnnotation.class);
      if (labels.isEmpty()) {
        continue;
      }
      int index = sentences.size();
      List<Token> tokens = new ArrayList<>(labels.size());
      for (int i = 0; i < labels.size(); i++) {
        Token t = token(i, labels.get(i), text);
        tokens.add(es ? SpanishTags.asPennTreebank(t) : t);
      }
      int start = tokens.getFirst().start();
      int end = tokens.getLast().end();
      sentences.add(
          new Sentence(
              index,
              start,
              end,
              LineBreaks.paragraphOf(paragraphStarts, start),
              text.substring(start, end),
              tokens,
              List.of()));
      int firstTokenOfSentence = labels.getFirst().get(CoreAnnotations.IndexAnnotation.class);
      List<CoreMap> found = cs.get(CoreAnnotations.MentionsAnnotation.class);
      if (found != null) {
        for (CoreMap m : found) {
          mentions.add(mention(index, firstTokenOfSentence, m, text));
        }
      }
    }
    mentions.sort(
        Comparator.comparingInt(EntityMention::sentence).thenComparingInt(EntityMention::start));
    return new AnnotatedArticle(article, sentences, mentions);
  }

  private static Token token(int i, CoreLabel label, String text) {
    int start = label.beginPosition();
    int end = label.endPosition();
    String normalized = label.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
    String ner = label.ner();
    return new Token(
        i,
        text.substring(start, end),
        start,
        end,
        Objects.requireNonNullElse(label.tag(), ""),
        Objects.requireNonNullElse(label.lemma(), label.word()),
        ner == null ? "O" : ner,
        normalized == null ? "" : normalized);
  }

  private static EntityMention mention(
      int sentence, int firstTokenOfSentence, CoreMap m, String text) {
    List<CoreLabel> tokens = m.get(CoreAnnotations.TokensAnnotation.class);
    int first = tokens.getFirst().get(CoreAnnotations.IndexAnnotation.class) - firstTokenOfSentence;
    int last = tokens.getLast().get(CoreAnnotations.IndexAnnotation.class) - firstTokenOfSentence;
    int start = tokens.getFirst().beginPosition();
    int end = tokens.getLast().endPosition();
    String normalized = m.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
    return new EntityMention(
        sentence,
        first,
        last,
        start,
        end,
        text.substring(start, end),
        EntityType.fromTag(m.get(CoreAnnotations.NamedEntityTagAnnotation.class)),
        normalized == null ? "" : normalized);
  }
}
