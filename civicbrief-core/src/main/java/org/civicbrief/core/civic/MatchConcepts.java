package org.civicbrief.core.civic;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicbrief.core.briefing.Evidence;
import org.civicbrief.core.text.AnnotatedArticle;
import org.civicbrief.core.text.Layout;
import org.civicbrief.core.text.Sentence;
import org.civicbrief.core.text.WordList;

/**
 * Finds the concept cards an article touches, with the sentences that triggered them, most salient
 * first. Stateless after construction and thread-safe; the same article always gives the same
 * matches in the same order.
 */
public final class MatchConcepts {

  /**
   * A trigger compiled once, with its context rule's patterns and its index among all the cards'
   * triggers, which the {@link TriggerPrefilter} reports.
   */
  private record Compiled(
      Pattern pattern,
      int index,
      List<Pattern> anyOf,
      List<Pattern> noneOf,
      int window,
      Optional<String> situation) {}

  private record CompiledCard(ConceptCard card, List<Compiled> triggers) {}

  private final List<CompiledCard> cards;

  /**
   * One pass over a sentence tells which triggers may match it; most sentences hold the required
   * strings of only a few of the hundreds of triggers, and the others' expressions need not run.
   */
  private final TriggerPrefilter prefilter;

  /** A matcher over {@code cards}; their patterns are compiled here, once. */
  public MatchConcepts(List<ConceptCard> cards) {
    List<CompiledCard> compiled = new ArrayList<>();
    List<String> patterns = new ArrayList<>();
    for (ConceptCard card : List.copyOf(cards)) {
      List<Compiled> triggers = new ArrayList<>();
      for (Trigger t : card.triggers()) {
        List<Pattern> anyOf = new ArrayList<>();
        List<Pattern> noneOf = new ArrayList<>();
        int window = 0;
        if (t.context().isPresent()) {
          ContextRule rule = t.context().get();
          rule.anyOf().forEach(p -> anyOf.add(PatternSyntax.compile(p, false)));
          rule.noneOf().forEach(p -> noneOf.add(PatternSyntax.compile(p, false)));
          window = rule.window();
        }
        triggers.add(
            new Compiled(
                PatternSyntax.compile(t.pattern(), t.caseSensitive()),
                patterns.size(),
                anyOf,
                noneOf,
                window,
                t.situation()));
        patterns.add(t.pattern());
      }
      compiled.add(new CompiledCard(card, triggers));
    }
    this.cards = List.copyOf(compiled);
    this.prefilter = new TriggerPrefilter(patterns);
  }

  /** The cards this matcher looks for. */
  public List<ConceptCard> cards() {
    return cards.stream().map(CompiledCard::card).toList();
  }

  /**
   * The cards the article touches, most salient first (ties: earlier first, then by id), each as it
   * read on the article's date ({@link ConceptCard#asOf}).
   */
  public List<ConceptMatch> match(AnnotatedArticle annotated) {
    return match(annotated, Layout.of(annotated));
  }

  /** The cards the article touches, with its {@code layout} found already. */
  public List<ConceptMatch> match(AnnotatedArticle annotated, Layout layout) {
    Objects.requireNonNull(annotated, "annotated");
    String text = annotated.text();
    List<Sentence> sentences = annotated.sentences();
    List<String> texts = new ArrayList<>(sentences.size());
    List<BitSet> candidates = new ArrayList<>(sentences.size());
    for (Sentence s : sentences) {
      texts.add(text.substring(s.start(), s.end()));
      candidates.add(prefilter.candidates(text, s.start(), s.end()));
    }
    List<ConceptMatch> out = new ArrayList<>();
    for (CompiledCard c : cards) {
      List<Evidence> spans = new ArrayList<>();
      Map<Integer, String> situations = new HashMap<>();
      double score = 0;
      for (Sentence s : sentences) {
        List<Evidence> here = new ArrayList<>();
        boolean named = spansIn(c, s, texts, candidates.get(s.index()), text, here, situations);
        if (!here.isEmpty()) {
          spans.addAll(here);
          score += (named ? NAMED : 1.0) * weight(s.index(), sentences.size(), layout);
        }
      }
      if (!spans.isEmpty()) {
        // The card as it read on the article's date: a ruling or a vote that came later is not
        // told as settled (R19), and a card none of whose text held yet is left out.
        Optional<ConceptCard> card =
            annotated.article().published().map(c.card()::asOf).orElse(Optional.of(c.card()));
        if (card.isPresent()) {
          out.add(
              new ConceptMatch(card.get(), Math.round(score * 1000) / 1000.0, spans, situations));
        }
      }
    }
    out.sort(
        Comparator.comparingDouble(ConceptMatch::score)
            .reversed()
            .thenComparingInt(m -> m.evidence().getFirst().start())
            .thenComparing(m -> m.card().id()));
    return List.copyOf(out);
  }

  /**
   * How much more a sentence counts when it names the concept ("the War Powers Resolution", "FTOs")
   * than when it only uses a word that evokes it ("consent", "tariffs"): a story that names a law
   * is about that law.
   */
  private static final double NAMED = 3.0;

  private static final Pattern NEXT_WORD = Pattern.compile("\\s+(\\p{L}+)");

  /**
   * Words after a name that make it someone's affiliation rather than the subject: "a former DEA
   * agent" is about the agent.
   */
  private static final Set<String> AFFILIATION = WordList.of("affiliation-nouns");

  /**
   * True when the span names the concept: a proper name (two capitalized words), an acronym or a
   * numbered provision, and not a mere affiliation.
   */
  static boolean names(String text, Evidence e) {
    Matcher next = NEXT_WORD.matcher(text).region(e.end(), text.length());
    if (next.lookingAt() && AFFILIATION.contains(next.group(1).toLowerCase(Locale.ROOT))) {
      return false;
    }
    String matched = text.substring(e.start(), e.end());
    int capitalized = 0;
    int upper = 0;
    boolean digit = false;
    boolean wordStart = true;
    for (int i = 0; i < matched.length(); i++) {
      char ch = matched.charAt(i);
      if (wordStart && Character.isUpperCase(ch)) {
        capitalized++;
      }
      upper += Character.isUpperCase(ch) ? 1 : 0;
      digit |= Character.isDigit(ch);
      wordStart = Character.isWhitespace(ch);
    }
    return capitalized >= 2 || upper >= 3 || digit;
  }

  /**
   * A triggering sentence counts once however many triggers it holds; the headline and lead count
   * double, as they say what the story is about, and earlier sentences a little more than later
   * ones.
   */
  private static double weight(int index, int count, Layout layout) {
    double position = 0.5 * (1.0 - (double) index / Math.max(1, count));
    double prominence = layout.inLead(index) ? 1.0 : layout.isHeading(index) ? 0.5 : 0.0;
    return 1.0 + position + prominence;
  }

  /**
   * Adds the card's triggering spans in sentence {@code s} to {@code out}, in text order, and tells
   * whether one of them names the concept. A situation trigger's span never names it: "strikes
   * ordered without a vote of Congress" describes what the War Powers Resolution governs, however
   * many capitals it holds; its situation is put in {@code situations} by the span's start. {@code
   * candidates} are the triggers the prefilter let through.
   */
  private static boolean spansIn(
      CompiledCard c,
      Sentence s,
      List<String> texts,
      BitSet candidates,
      String text,
      List<Evidence> out,
      Map<Integer, String> situations) {
    boolean named = false;
    String sentence = texts.get(s.index());
    for (Compiled t : c.triggers()) {
      if (!candidates.get(t.index())) {
        continue;
      }
      Matcher m = t.pattern().matcher(sentence);
      boolean contextChecked = false;
      boolean contextHolds = false;
      while (m.find()) {
        if (!contextChecked) {
          contextHolds = contextHolds(t, s.index(), texts);
          contextChecked = true;
        }
        if (!contextHolds) {
          break;
        }
        Evidence e = new Evidence(s.index(), s.start() + m.start(), s.start() + m.end());
        if (!overlapsAny(out, e)) {
          out.add(e);
          named |= t.situation().isEmpty() && names(text, e);
          t.situation().ifPresent(d -> situations.put(e.start(), d));
        }
      }
    }
    out.sort(Comparator.comparingInt(Evidence::start));
    return named;
  }

  private static boolean contextHolds(Compiled t, int index, List<String> texts) {
    if (t.anyOf().isEmpty() && t.noneOf().isEmpty()) {
      return true;
    }
    int from = Math.max(0, index - t.window());
    int to = Math.min(texts.size() - 1, index + t.window());
    boolean any = t.anyOf().isEmpty();
    for (int i = from; i <= to; i++) {
      String window = texts.get(i);
      for (Pattern p : t.noneOf()) {
        if (p.matcher(window).find()) {
          return false;
        }
      }
      for (Pattern p : t.anyOf()) {
        any = any || p.matcher(window).find();
      }
    }
    return any;
  }

  private static boolean overlapsAny(List<Evidence> spans, Evidence e) {
    for (Evidence o : spans) {
      if (o.start() < e.end() && e.start() < o.end()) {
        return true;
      }
    }
    return false;
  }
}
