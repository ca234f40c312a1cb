package org.civicbrief.core.briefing;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.civicbrief.core.text.Sentence;
import org.civicbrief.core.text.WordList;

/**
 * Spanish sentences that cannot open or stand as a summary line (R-es2: "summaries opening on
 * fragments"): they lean on a sentence the reader has not seen ("La decisión, por 9 votos …", "Esta
 * enmienda …", "Tras el levantamiento de esa pausa …", "En un comunicado, ambos …") or open on a
 * quotation, which the quotes section shows with its speaker. Spanish only (ADR 21); the English
 * summary has its own rules.
 */
final class SpanishSummaryLines {

  private static final Set<String> BACK_NOUNS = WordList.of("back-reference-nouns-es");

  /** "Esto ocurre …", "Incluso entonces …", "Es otra prueba …" (the summary checks them too). */
  private static final Set<String> CONTINUES = WordList.of("continuing-openers");

  /** A demonstrative that opens the sentence: "Esta enmienda …" (not "Este lunes, …"). */
  private static final Pattern DEMONSTRATIVE_START =
      Pattern.compile(
          "^(Este|Esta|Estos|Estas|Ese|Esa|Esos|Esas|Aquel|Aquella|Dicho|Dicha|Dichos|Dichas|Tal)"
              + " (?!(lunes|martes|miércoles|jueves|viernes|sábado|domingo|semana|mes|año|"
              + "fin de semana|verano|otoño|invierno|primavera)\\b)\\p{L}");

  /**
   * "esa pausa", "dicho acuerdo", "este último", "el mismo día", ", ambos detallaron …", "la
   * deportación del padre" (whose?): a phrase anywhere in the sentence that points back to
   * something the article said before ("ha dicho que" is a verb).
   */
  private static final Pattern BACK_REFERENCE =
      Pattern.compile(
          "(?u)(?<!\\b(ha|han|había|habían|he|hemos|haber|habría|hubiera) )"
              + "\\b([Ee]s[ae]s?|[Dd]ich[oa]s?|[Aa]quel(la|los|las)?) \\p{Ll}"
              + "|\\b(est[ea] últim[oa]|mism[oa] (día|fecha|tribunal|juez|jueza|corte))\\b");

  /** ", ambos detallaron …" and "la deportación del padre" (whose?) anywhere in the sentence. */
  private static final Pattern UNNAMED =
      Pattern.compile(
          "(?u)(^|, )([Aa]mb[oa]s) \\p{Ll}"
              + "|\\b(?i:el|la|los|las|del|al) (?i:padre|madre|hijo|hija|esposo|esposa|marido|"
              + "hermano|hermana)\\b(?! (de|del) \\p{Lu})");

  private static final Pattern QUOTE_START = Pattern.compile("^[“«\"‘'—–]");

  private SpanishSummaryLines() {}

  /** True when sentence {@code s} of {@code text} leans on an earlier one or opens on a quote. */
  static boolean leansOnBefore(String text, Sentence s) {
    String body = text.substring(s.start(), s.end()).strip();
    return CONTINUES.contains(s.token(0).text())
        || subjectBefore(s)
        || QUOTE_START.matcher(body).find()
        || DEMONSTRATIVE_START.matcher(body).find()
        || BACK_REFERENCE.matcher(head(body)).find()
        || UNNAMED.matcher(body).find()
        || definiteBackNoun(body);
  }

  /**
   * "Retrasaron una votación por dos semanas …": a sentence that opens on a finite verb has its
   * subject in the sentence before (Spanish leaves it out). "Hay …", "Hubo …" have none to miss.
   */
  private static boolean subjectBefore(Sentence s) {
    String pos = s.token(0).pos();
    String w = s.token(0).text();
    // The tagger may read a capitalized first verb as a name: a plural past ending says a verb.
    boolean finite =
        pos.equals("VBD")
            || pos.equals("VBZ")
            || pos.equals("VBP")
            || w.matches("\\p{Lu}\\p{Ll}+(aron|ieron|yeron|aban|ían)");
    return finite && !EXISTENTIAL.contains(w.toLowerCase(Locale.ROOT));
  }

  private static final Set<String> EXISTENTIAL = Set.of("hay", "hubo", "habrá", "había", "habría");

  /**
   * The sentence up to its first comma, at most ten words: "Tras el levantamiento de esa pausa, …"
   * leans on what came before, "… detener los aviones esa tarde" only adds a detail to a sentence
   * that stands.
   */
  private static String head(String body) {
    String[] words = body.split(",", 2)[0].split("\\s+");
    return String.join(" ", java.util.Arrays.copyOf(words, Math.min(words.length, 10)));
  }

  /**
   * "La decisión, por 9 votos …", "El resultado fue una victoria para Trump": an article and an
   * event noun with no name in the words before the first comma ("La orden de Trump negaría …" is
   * named).
   */
  private static boolean definiteBackNoun(String body) {
    String[] words = body.split(",", 2)[0].split("\\s+");
    if (words.length < 2
        || !Set.of("El", "La", "Los", "Las").contains(words[0])
        || !BACK_NOUNS.contains(words[1].toLowerCase(Locale.ROOT))) {
      return false;
    }
    for (int i = 2; i < Math.min(words.length, 5); i++) {
      if (!words[i].isEmpty() && Character.isUpperCase(words[i].charAt(0))) {
        return false;
      }
    }
    return true;
  }
}
