package org.civicbrief.app.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A CoNLL document as text: tokens joined by spaces, one sentence per line, with the character span
 * of every token, so that mentions found in the text map back to the gold tokens.
 *
 * @param text the text
 * @param sentences the corpus numbers of the sentences, one per line
 * @param tokenSpans per line, the span of each token
 */
record ConllText(String text, List<Integer> sentences, List<List<Span>> tokenSpans) {

  ConllText {
    Objects.requireNonNull(text, "text");
    sentences = List.copyOf(sentences);
    tokenSpans = tokenSpans.stream().map(List::copyOf).toList();
  }

  static ConllText of(ConllCorpus.Document doc) {
    StringBuilder text = new StringBuilder();
    List<Integer> numbers = new ArrayList<>();
    List<List<Span>> spans = new ArrayList<>();
    for (ConllCorpus.Sentence s : doc.sentences()) {
      if (!text.isEmpty()) {
        text.append('\n');
      }
      List<Span> line = new ArrayList<>();
      for (int i = 0; i < s.tokens().size(); i++) {
        if (i > 0) {
          text.append(' ');
        }
        int b = text.length();
        text.append(s.tokens().get(i));
        line.add(new Span(b, text.length()));
      }
      numbers.add(s.number());
      spans.add(line);
    }
    return new ConllText(text.toString(), numbers, spans);
  }

  /**
   * The gold tokens a character span covers, as a chunk of type {@code type}; empty when the span
   * touches no token. A span across lines is cut to its first line.
   */
  Optional<EntityChunk> chunk(Span span, String type) {
    for (int line = 0; line < tokenSpans.size(); line++) {
      List<Span> tokens = tokenSpans.get(line);
      int first = -1;
      int last = -1;
      for (int i = 0; i < tokens.size(); i++) {
        if (tokens.get(i).overlaps(span)) {
          if (first < 0) {
            first = i;
          }
          last = i;
        }
      }
      if (first >= 0) {
        return Optional.of(new EntityChunk(sentences.get(line), first, last + 1, type));
      }
    }
    return Optional.empty();
  }
}
