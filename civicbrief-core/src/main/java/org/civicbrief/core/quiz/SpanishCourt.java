package org.civicbrief.core.quiz;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicbrief.core.text.AnnotatedArticle;
import org.civicbrief.core.text.EntityMention;
import org.civicbrief.core.text.EntityType;

/**
 * "la corte", "el tribunal", "el máximo tribunal" in a Spanish stem, named as the one court the
 * article names ("la Corte Suprema"), as English names "the court" (ADR 21): a Spanish article
 * writes the court's name once and then "la corte", and the dangling-reference gate rightly drops a
 * stem that opens on it unnamed ("La corte dejó abierta la posibilidad …"; R-es5: thin quizzes).
 * Nothing is named where the article speaks of another court ("un tribunal de inmigración", "una
 * corte federal"): "el tribunal" could be either.
 */
final class SpanishCourt {

  /** The court's name as the article writes it, capitalized: "Corte Suprema". */
  private static final Pattern NAMED = Pattern.compile("\\b(Corte|Tribunal)(\\s+\\p{Lu}\\p{L}*)+");

  /** Another court, lower case: "un tribunal de inmigración", "la corte federal de apelaciones". */
  private static final Pattern OTHER_COURT =
      Pattern.compile(
          "(?iu)\\b(tribunal|corte)\\s+(de|del|federal|estatal|inferior|superior|suprema del"
              + " estado|supremo del estado)\\b");

  /** "la corte", "el tribunal", "el máximo tribunal", "el alto tribunal", in any case. */
  private static final Pattern DESCRIPTION =
      Pattern.compile("(?u)\\b([Ll]a) corte\\b|\\b([Ee]l) (máximo |alto )?tribunal\\b");

  private SpanishCourt() {}

  /** The one court {@code a} names, if it names one and speaks of no other. */
  static Optional<String> only(AnnotatedArticle a) {
    String text = a.article().text();
    Set<String> found = new LinkedHashSet<>();
    for (EntityMention m : a.mentions()) {
      if (m.type() == EntityType.ORGANIZATION) {
        Matcher n = NAMED.matcher(m.text());
        if (n.find()) {
          found.add(n.group().strip());
        }
      }
    }
    if (found.size() != 1) {
      return Optional.empty();
    }
    String only = found.iterator().next();
    Matcher other = OTHER_COURT.matcher(text);
    while (other.find()) {
      String phrase = text.substring(other.start(), other.end());
      if (!Character.isUpperCase(phrase.charAt(0))) {
        return Optional.empty();
      }
    }
    return Optional.of(only);
  }

  /** {@code stem} with "la corte" and "el tribunal" named as {@code court}. */
  static String name(String stem, String court) {
    boolean feminine = court.startsWith("Corte");
    Matcher m = DESCRIPTION.matcher(stem);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String article = m.group(1) != null ? m.group(1) : m.group(2);
      boolean upper = Character.isUpperCase(article.charAt(0));
      String named = (feminine ? "la " : "el ") + court;
      if (upper) {
        named = Character.toUpperCase(named.charAt(0)) + named.substring(1);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(named));
    }
    m.appendTail(out);
    return out.toString();
  }
}
