package org.civicbrief.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.civicbrief.core.civic.ConceptCard;
import org.civicbrief.core.civic.ConceptMatch;
import org.civicbrief.core.civic.MatchConcepts;
import org.civicbrief.core.civic.Trigger;
import org.civicbrief.core.pipeline.Timed;
import org.civicbrief.core.text.AnnotatedArticle;
import org.civicbrief.core.text.Sentence;
import org.civicbrief.ingest.IngestConfig;
import org.civicbrief.kb.LoadCards;
import org.civicbrief.nlp.corenlp.NlpConfig;
import org.civicbrief.nlp.embed.BgeSmallEmbed;
import org.civicbrief.pipeline.BriefRecord;
import org.civicbrief.pipeline.PipelineSpec;

/**
 * Issue 17's question whether in-process embeddings add to the cards' lexical situation triggers:
 * embeds every sentence of a corpus and every situation a card describes with BGE-small (one
 * thread, as a briefing worker would), and writes one line a sentence with the cosine to each
 * situation, beside the cards whose situation triggers and whose other triggers fired there, for
 * reading. Prints the cost of an embedding to standard error.
 *
 * <pre>
 * java -cp … org.civicbrief.bench.SituationEmbeddingProbe FILE.jsonl OUT.tsv [SENTENCES.tsv]
 * </pre>
 *
 * SENTENCES.tsv, optional, holds lines {@code card<TAB>label<TAB>sentence} (sentences written for
 * the project) whose cosines are written too, with the article column set to the label.
 */
public final class SituationEmbeddingProbe {

  private SituationEmbeddingProbe() {}

  /** {@code FILE.jsonl OUT.tsv [SENTENCES.tsv]}. */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: SituationEmbeddingProbe FILE.jsonl OUT.tsv [SENTENCES.tsv]");
      System.exit(2);
    }
    List<ConceptCard> cards = new LoadCards().load();
    Map<String, String> situations = new LinkedHashMap<>(); // description -> card id
    List<ConceptCard> situationCards = new ArrayList<>();
    for (ConceptCard c : cards) {
      c.situations().forEach(s -> situations.putIfAbsent(s, c.id()));
      List<Trigger> only = c.triggers().stream().filter(Trigger::describesSituation).toList();
      if (!only.isEmpty()) {
        situationCards.add(
            new ConceptCard(
                c.id(),
                c.name(),
                c.aliases(),
                c.category(),
                c.gloss(),
                c.explanation(),
                c.source(),
                only,
                c.related(),
                c.committees(),
                c.quizFacts()));
      }
    }
    MatchConcepts all = new MatchConcepts(cards);
    MatchConcepts bySituation = new MatchConcepts(situationCards);
    BgeSmallEmbed embed = BgeSmallEmbed.oneThreadPerCall();
    List<String> descriptions = new ArrayList<>(situations.keySet());
    List<float[]> targets = new ArrayList<>();
    for (String d : descriptions) {
      targets.add(embed.embed(d));
    }
    BriefRecord pipeline =
        BriefRecord.create(PipelineSpec.of(IngestConfig.defaults(), NlpConfig.defaults(), "probe"));
    pipeline.warmUp();
    for (int i = 0; i < 20; i++) {
      embed.embed("A warm-up sentence for the embedding model, number " + i + ".");
    }
    List<String> out = new ArrayList<>();
    StringBuilder header = new StringBuilder("article\tsentence\tsituationCards\tnameCards");
    for (String d : descriptions) {
      header.append('\t').append(situations.get(d)).append(": ").append(d);
    }
    out.add(header.append("\ttext").toString());
    long nanos = 0;
    long tokens = 0;
    int embedded = 0;
    List<String> records = Files.readAllLines(Path.of(args[0]));
    for (int r = 0; r < records.size(); r++) {
      var briefed = pipeline.brief(records.get(r), "line " + (r + 1));
      if (!briefed.outcome().isOk()) {
        continue;
      }
      Timed t = briefed.outcome().value();
      AnnotatedArticle a = t.annotated();
      String id = a.article().origin();
      Map<Integer, TreeSet<String>> lexical = bySentence(bySituation.match(a));
      Map<Integer, TreeSet<String>> named = bySentence(all.match(a));
      for (Sentence s : a.sentences()) {
        String text = a.text().substring(s.start(), s.end()).strip();
        long t0 = System.nanoTime();
        float[] v = embed.embed(text);
        nanos += System.nanoTime() - t0;
        tokens += s.tokens().size();
        embedded++;
        out.add(
            line(
                id,
                String.valueOf(s.index()),
                String.join(" ", lexical.getOrDefault(s.index(), new TreeSet<>())),
                String.join(" ", named.getOrDefault(s.index(), new TreeSet<>())),
                v,
                targets,
                text));
      }
    }
    if (args.length > 2) {
      for (String l : Files.readAllLines(Path.of(args[2]))) {
        String[] f = l.split("\t", 3);
        if (f.length == 3) {
          out.add(line(f[1], "-", f[0], "-", embed.embed(f[2]), targets, f[2]));
        }
      }
    }
    Files.write(Path.of(args[1]), out);
    System.err.printf(
        Locale.ROOT,
        "%d sentences (%.1f tokens each) embedded in %.1f ms each, one thread; %d situations%n",
        embedded,
        (double) tokens / Math.max(1, embedded),
        nanos / 1e6 / Math.max(1, embedded),
        descriptions.size());
  }

  private static Map<Integer, TreeSet<String>> bySentence(List<ConceptMatch> matches) {
    Map<Integer, TreeSet<String>> out = new LinkedHashMap<>();
    for (ConceptMatch m : matches) {
      for (int s : m.sentences()) {
        out.computeIfAbsent(s, k -> new TreeSet<>()).add(m.card().id());
      }
    }
    return out;
  }

  private static String line(
      String id,
      String sentence,
      String lexical,
      String named,
      float[] v,
      List<float[]> targets,
      String text) {
    StringBuilder b = new StringBuilder();
    b.append(id)
        .append('\t')
        .append(sentence)
        .append('\t')
        .append(lexical.isEmpty() ? "-" : lexical);
    b.append('\t').append(named.isEmpty() ? "-" : named);
    for (float[] target : targets) {
      double dot = 0;
      for (int i = 0; i < v.length; i++) {
        dot += v[i] * target[i];
      }
      b.append('\t').append(String.format(Locale.ROOT, "%.3f", dot));
    }
    return b.append('\t').append(text.replace('\t', ' ').replace('\n', ' ')).toString();
  }
}
