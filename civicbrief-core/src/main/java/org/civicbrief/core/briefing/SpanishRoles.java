package org.civicbrief.core.briefing;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.civicbrief.core.text.EntityMention;
import org.civicbrief.core.text.Sentence;
import org.civicbrief.core.text.Token;

/**
 * Roles as Spanish writes them (ADR 21): titles are lower case and take their complements after
 * them, so "el presidente estadounidense Donald Trump", "la jueza federal de distrito Paula Xinis"
 * and "el gobernador de California, Gavin Newsom" state roles that the English patterns, which look
 * for capitalized titles and stop at prepositions, miss. Appositives after the name ("Peter
 * Hegseth, secretario de Defensa,") read as in English.
 */
final class SpanishRoles {

  // The prepositions and articles a Spanish title's complement is built with.
  private static final Set<String> INSIDE = Set.of("de", "del", "la", "las", "los", "el");
  private static final int LONGEST = 10;

  private SpanishRoles() {}

  /** A title directly before the name: "el presidente estadounidense Donald Trump". */
  static Optional<Role> titleBefore(Analysis a, Sentence s, EntityMention m) {
    if (m.lastToken() > m.firstToken() && isTitle(s.token(m.firstToken()))) {
      // The tagger's name may take the title in: "Juez Arturo Quintanilla".
      Optional<Role> ofCourt = ofCourtBefore(a, s, m.firstToken());
      if (ofCourt.isPresent()) {
        return ofCourt;
      }
    }
    int first = -1;
    for (int i = m.firstToken() - 1; i >= 0 && m.firstToken() - i <= LONGEST; i--) {
      Token t = s.token(i);
      if (a.insideQuote(t.start()) || !(t.isNoun() || t.pos().startsWith("JJ") || inside(t))) {
        break;
      }
      if (isTitle(t)) {
        first = i;
        // The nearest title is the person's ("el secretario de la Administración del presidente
        // Trump"); one just before it belongs to it ("el fiscal general").
        while (first > 0 && FindRoles.TITLES.contains(lower(s.token(first - 1)))) {
          first--;
        }
        break;
      }
    }
    if (first >= 0 && first == m.firstToken() - 1) {
      Optional<Role> ofCourt = ofCourtBefore(a, s, first);
      if (ofCourt.isPresent()) {
        return ofCourt;
      }
    }
    return first < 0 ? Optional.empty() : role(a, s, first, m.firstToken());
  }

  /**
   * "el Tribunal de Distrito de Estados Unidos Juez Charles Breyer", an English title order copied
   * word for word: the court named just before a capitalized title is the title's, and the role is
   * "juez del Tribunal de Distrito de Estados Unidos", not a bare "Juez" (R-es6: "bare roles").
   * Spanish writes the title in lower case and the court after it; the words are the article's.
   */
  private static Optional<Role> ofCourtBefore(Analysis a, Sentence s, int title) {
    Token t = s.token(title);
    if (!Character.isUpperCase(t.text().charAt(0))) {
      return Optional.empty();
    }
    int court = -1;
    for (int i = title - 1; i >= 0 && title - i <= LONGEST; i--) {
      Token w = s.token(i);
      boolean capitalized = Character.isUpperCase(w.text().charAt(0));
      if (!capitalized && !inside(w)) {
        break;
      }
      String lw = lower(w);
      if (capitalized && (lw.equals("tribunal") || lw.equals("corte"))) {
        court = i;
      }
    }
    if (court < 0 || inside(s.token(title - 1))) {
      return Optional.empty();
    }
    int start = s.token(court).start();
    String courtName = a.text.substring(start, s.token(title - 1).end());
    String join = lower(s.token(court)).equals("corte") ? " de la " : " del ";
    return Optional.of(new Role(lower(t) + join + courtName, a.evidence(s, start, t.end())));
  }

  /**
   * A title phrase ending in a comma just before the name: "el gobernador de California, Gavin
   * Newsom", "el fiscal general del estado, Rob Bonta".
   */
  static Optional<Role> appositiveBefore(Analysis a, Sentence s, EntityMention m) {
    int comma = m.firstToken() - 1;
    if (comma < 1 || !s.token(comma).text().equals(",")) {
      return Optional.empty();
    }
    int first = -1;
    for (int i = comma - 1; i >= 0 && comma - i <= LONGEST; i--) {
      Token t = s.token(i);
      if (a.insideQuote(t.start()) || !(t.isNoun() || t.pos().startsWith("JJ") || inside(t))) {
        break;
      }
      if (isTitle(t) && (i == 0 || isDeterminer(s.token(i - 1)))) {
        first = i;
        break;
      }
    }
    return first < 0 ? Optional.empty() : role(a, s, first, comma);
  }

  /**
   * True where a Spanish appositive's role ends: a relative clause ("ciudadano salvadoreño que
   * previamente había obtenido …") or a second role joined by "y" ("analista de la Corte Suprema de
   * CNN y profesor en la Facultad de Derecho …"), whose first role is the person's.
   */
  static boolean endsAppositive(Token t) {
    return APPOSITIVE_ENDS.contains(lower(t)) || t.pos().equals("CC");
  }

  private static final Set<String> APPOSITIVE_ENDS =
      Set.of("que", "quien", "quienes", "cuyo", "cuya", "cuyos", "cuyas", "donde", "cuando");

  /**
   * True when every mention of {@code c} is what a title is of ("el gobernador de Nuevo Castillo",
   * "la alcaldesa demócrata de San Telmo"): a place or a body the tagger took for a person, which
   * would be listed as one and offered as a speaker (R-es3: institutions are not persons).
   */
  static boolean placeOfTitle(Analysis a, Cluster c) {
    for (EntityMention m : c.mentions) {
      Sentence s = a.sentence(m.sentence());
      int i = m.firstToken() - 1;
      if (i >= 0 && PLACE_NOUNS.contains(lower(s.token(i)))) {
        continue; // "el río Cedro", "la ciudad de …" is a place's name
      }
      if (i < 1 || !(lower(s.token(i)).equals("de") || lower(s.token(i)).equals("del"))) {
        return false;
      }
      int j = i - 1;
      // an adjective between the title and "de": "gobernador demócrata de …"
      while (j > 0 && i - j <= 2 && !isTitle(s.token(j)) && isModifier(s.token(j))) {
        j--;
      }
      if (!isTitle(s.token(j))) {
        return false;
      }
    }
    return !c.mentions.isEmpty();
  }

  /** Common nouns a place's name follows: "el río Cedro", "el valle Seco", "la sierra Alta". */
  private static final Set<String> PLACE_NOUNS =
      Set.of(
          "río",
          "lago",
          "laguna",
          "valle",
          "sierra",
          "monte",
          "cerro",
          "bahía",
          "isla",
          "golfo",
          "ciudad",
          "pueblo",
          "condado",
          "municipio",
          "provincia",
          "región",
          "calle",
          "avenida",
          "plaza",
          "barrio",
          "puerto",
          "presa",
          "canal");

  private static boolean isModifier(Token t) {
    return t.pos().startsWith("JJ")
        || (Character.isLowerCase(t.text().charAt(0)) && t.text().length() > 3 && !inside(t));
  }

  private static Optional<Role> role(Analysis a, Sentence s, int from, int to) {
    // A complement never ends on "de" or an article: "el secretario de" is not a role.
    while (to > from && inside(s.token(to - 1))) {
      to--;
    }
    return FindRoles.phrase(a, s, from, to);
  }

  private static boolean isTitle(Token t) {
    String w = t.text().toLowerCase(Locale.ROOT);
    return FindRoles.TITLES.contains(w) && FindRoles.ROLE_NOUNS.contains(w);
  }

  private static String lower(Token t) {
    return t.text().toLowerCase(Locale.ROOT);
  }

  private static boolean isDeterminer(Token t) {
    return t.pos().equals("DT") || t.text().equals(",");
  }

  private static boolean inside(Token t) {
    return INSIDE.contains(t.text().toLowerCase(Locale.ROOT));
  }
}
