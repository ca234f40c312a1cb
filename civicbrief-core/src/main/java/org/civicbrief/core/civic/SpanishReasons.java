package org.civicbrief.core.civic;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicbrief.core.text.WordList;

/**
 * The sentence of a card's Spanish explanation that says why the article's fact matters, as {@link
 * Reasons} finds it in English: the card's sentence that shares the most words with the article's
 * sentence beyond the concept's name and its gloss. R-es2 scored "por qué importa" 2.7, a glossary
 * line after each fact; the English shows a reason (R15). The sentence is the card's, word for
 * word. Spanish only (ADR 21).
 */
final class SpanishReasons {

  /** Spanish function words ("stopwords-es", written without accents). */
  private static final Set<String> STOP = WordList.of("stopwords-es");

  /** Words of every civic card, which join nothing in particular. */
  private static final Set<String> GENERIC =
      Set.of(
          "estado",
          "estados",
          "unidos",
          "federal",
          "federales",
          "ley",
          "leyes",
          "corte",
          "tribunal",
          "presidente",
          "gobierno",
          "puede",
          "pueden",
          "segun",
          "tambien",
          "cuando",
          "como");

  /** Openers that need the sentence before them. */
  private static final Pattern LEANS =
      Pattern.compile(
          "^(?:Esto|Esta|Este|Estos|Estas|Eso|Esa|Ese|Ello|Su|Sus|Él|Ella|Ellos|Ellas|Ambos|Tal|"
              + "Dicha|Dicho)\\b");

  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*\\p{L}");

  private static final Pattern YEAR = Pattern.compile("\\b(1[89]\\d{2}|20\\d{2})\\b");

  private SpanishReasons() {}

  /**
   * The sentence of {@code card}'s Spanish explanation that joins {@code articleSentence} to the
   * concept, if one does; none that names a year after {@code published}.
   */
  static Optional<String> of(
      SpanishCard card, String articleSentence, Optional<LocalDate> published) {
    Set<String> name = stems(card.name());
    Set<String> fact = stems(articleSentence);
    fact.removeAll(name);
    Set<String> gloss = stems(card.gloss());
    String best = null;
    // Two words shared at least: a Spanish word cut to six letters links more loosely than an
    // English one, and one shared word ("apelación") joined an emergency appeal to the Court's
    // original jurisdiction.
    int bestScore = 1;
    for (String sentence : Reasons.split(card.explanation())) {
      if (LEANS.matcher(sentence).find() || later(sentence, published)) {
        continue;
      }
      Set<String> own = stems(sentence);
      own.removeAll(name);
      Set<String> beyondGloss = new HashSet<>(own);
      beyondGloss.removeAll(gloss);
      if (beyondGloss.size() * 2 < own.size()) {
        continue; // the gloss said it already
      }
      own.retainAll(fact);
      if (own.size() > bestScore) {
        best = sentence;
        bestScore = own.size();
      }
    }
    return Optional.ofNullable(best);
  }

  private static boolean later(String sentence, Optional<LocalDate> published) {
    if (published.isEmpty()) {
      return false;
    }
    Matcher m = YEAR.matcher(sentence);
    while (m.find()) {
      if (Integer.parseInt(m.group(1)) > published.get().getYear()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The content words of {@code text} without accents, each cut to its first six letters: Spanish
   * endings vary more than English ones ("deportación", "deportados" are both "deport").
   */
  private static Set<String> stems(String text) {
    Set<String> out = new HashSet<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String w = plain(m.group().toLowerCase(Locale.ROOT));
      if (w.length() < 4 || STOP.contains(w) || GENERIC.contains(w)) {
        continue;
      }
      out.add(w.length() > 6 ? w.substring(0, 6) : w);
    }
    return out;
  }

  private static String plain(String w) {
    return Normalizer.normalize(w, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
  }
}
