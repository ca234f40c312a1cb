package org.civicbrief.core.quiz;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.civicbrief.core.text.WordList;

/**
 * The kind of office a role names ("Texas Republican Gov." is a governor, "U.S. District Judge" a
 * judge), so that a person's distractors are people who could have held the same place: other
 * judges for a judge, other governors for a governor, never a Supreme Court justice for a mayoral
 * primary.
 */
enum Office {
  PRESIDENT,
  VICE_PRESIDENT,
  CABINET,
  ATTORNEY_GENERAL,
  JUSTICE,
  JUDGE,
  STATE_JUDGE,
  GOVERNOR,
  SENATOR,
  REPRESENTATIVE,
  MAYOR,
  CENTRAL_BANKER,
  FOREIGN_LEADER,
  FOREIGN_MINISTER;

  private static final Set<String> FOREIGN = WordList.of("foreign-office-words");

  private static final Set<String> STATES = WordList.of("us-states");

  private static final Pattern STATE_COURT =
      Pattern.compile(
          " (superior|county|municipal|family|probate|juvenile|state|common pleas|circuit court|"
              + "chancery|magistrate) ");

  private static final Pattern WORD = Pattern.compile("[^\\p{L}'’.]+");

  /** Spanish office words, which no English role contains, with the English words read below. */
  private static final String[][] SPANISH = {
    {" presidente del tribunal supremo ", " chief justice "},
    {" presidente de la corte suprema ", " chief justice "},
    {" presidenta de la corte suprema ", " chief justice "},
    {" juez de la corte suprema ", " justice "},
    {" jueza de la corte suprema ", " justice "},
    {" juez del tribunal supremo ", " justice "},
    {" jueza del tribunal supremo ", " justice "},
    {" primer ministro ", " prime minister "},
    {" primera ministra ", " prime minister "},
    {" canciller de alemania ", " chancellor "},
    {" reserva federal ", " federal reserve "},
    {" senado ", " senate "},
    {" estatal ", " state "},
    {" cámara de representantes ", " house "},
    {" vicepresidente ", " vice president "},
    {" vicepresidenta ", " vice president "},
    {" presidente ", " president "},
    {" presidenta ", " president "},
    {" fiscal general ", " attorney general "},
    {" juez ", " judge "},
    {" jueza ", " judge "},
    {" magistrado ", " justice "},
    {" magistrada ", " justice "},
    {" gobernador ", " governor "},
    {" gobernadora ", " governor "},
    {" senador ", " senator "},
    {" senadora ", " senator "},
    {" secretario ", " secretary "},
    {" secretaria ", " secretary "},
    {" alcalde ", " mayor "},
    {" alcaldesa ", " mayor "},
    {" congresista ", " representative "},
    {" representante ", " representative "}
  };

  /** "fiscal general del estado", "fiscal general de California": a state's, not the nation's. */
  private static final Pattern SPANISH_STATE_PROSECUTOR =
      Pattern.compile(
          " fiscal general (del estado|de (?!estados unidos|los estados unidos)\\p{L})");

  private static String spanishOffices(String r) {
    // A state's attorney general has no office of this list: the U.S. Attorney General and the
    // cabinet are no peers of California's (REVIEW.md D1).
    r = SPANISH_STATE_PROSECUTOR.matcher(r).replaceAll(" state prosecutor $1");
    for (String[] pair : SPANISH) {
      r = r.replace(pair[0], pair[1]);
    }
    return r;
  }

  /** The office {@code role} names, if it names one this list knows. */
  static Optional<Office> of(String role) {
    String r =
        spanishOffices(
            " " + WORD.matcher(role.toLowerCase(Locale.ROOT)).replaceAll(" ").strip() + " ");
    boolean foreign = false;
    for (String w : r.strip().split(" ")) {
      foreign |= FOREIGN.contains(w.replace('’', '\''));
    }
    if (r.contains(" federal reserve ") || r.contains(" fed ")) {
      return Optional.of(CENTRAL_BANKER);
    }
    if (r.contains(" prime minister ")) {
      return Optional.of(FOREIGN_LEADER);
    }
    if (r.contains(" foreign minister ") || r.contains(" foreign secretary ")) {
      return Optional.of(FOREIGN_MINISTER);
    }
    if (r.contains(" justice ") && !r.contains(" department ") && !r.contains(" of justice ")) {
      // A state's justice ("New York Supreme Court Justice", a trial judge there) is a judge among
      // judges; only a justice of the U.S. Supreme Court has the nine as peers.
      boolean national = STATES.stream().noneMatch(st -> r.contains(" " + st + " "));
      return Optional.of(national ? JUSTICE : STATE_JUDGE);
    }
    if (r.contains(" judge ")) {
      // A state or county court's judge ("Superior Court Judge", "Cook County Circuit Judge") has
      // no federal judges as peers.
      boolean state =
          STATE_COURT.matcher(r).find()
              || STATES.stream().anyMatch(st -> r.contains(" " + st + " "));
      return Optional.of(state ? STATE_JUDGE : JUDGE);
    }
    boolean namesState =
        STATES.stream().anyMatch(st -> !st.equals("state") && r.contains(" " + st + " "));
    if (namesState && (r.contains(" attorney general ") || r.contains(" secretary "))) {
      // "Colorado Secretary of State", "Texas Attorney General": a state's officer, whose peers
      // are not the President's cabinet (a federal secretary offered for a state's election
      // official, REVIEW.md D1), and whom no list here knows.
      return Optional.empty();
    }
    if (r.contains(" attorney general ")) {
      return Optional.of(ATTORNEY_GENERAL);
    }
    if (r.contains(" vice president ")) {
      return Optional.of(VICE_PRESIDENT);
    }
    if (r.contains(" secretary ")) {
      return Optional.of(foreign ? FOREIGN_MINISTER : CABINET);
    }
    if (r.contains(" gov. ") || r.contains(" governor ") || r.endsWith(" gov ")) {
      return Optional.of(GOVERNOR);
    }
    boolean stateLevel =
        r.contains(" state ") || r.contains(" assembly ") || r.contains(" legislature ");
    if (r.contains(" sen. ") || r.contains(" senator ") || r.contains(" senate ")) {
      // A state senator's peers are not in the pool of U.S. senators.
      return stateLevel ? Optional.empty() : Optional.of(SENATOR);
    }
    if (r.contains(" rep. ")
        || r.contains(" representative ")
        || r.contains(" congressman ")
        || r.contains(" congresswoman ")
        || r.contains(" house ")) {
      return stateLevel ? Optional.empty() : Optional.of(REPRESENTATIVE);
    }
    if (r.contains(" mayor ")) {
      return Optional.of(MAYOR);
    }
    if (r.contains(" president ")) {
      return Optional.of(foreign ? FOREIGN_LEADER : PRESIDENT);
    }
    if (r.contains(" chancellor ") || r.contains(" premier ")) {
      return Optional.of(FOREIGN_LEADER);
    }
    return Optional.empty();
  }

  /**
   * An office tied to one state or city: another state's governor or another city's mayor is no
   * plausible answer when the article names the state ("Governor _____ (D-Calif.)"), so such keys
   * get distractors from the article only.
   */
  boolean local() {
    return this == GOVERNOR
        || this == MAYOR
        || this == SENATOR
        || this == REPRESENTATIVE
        || this == STATE_JUDGE;
  }

  /**
   * A national office whose holder a reader may know without the article: asking who holds it tests
   * general knowledge.
   */
  boolean national() {
    return this == PRESIDENT
        || this == VICE_PRESIDENT
        || this == FOREIGN_LEADER
        || this == JUSTICE
        || this == CABINET
        || this == CENTRAL_BANKER
        || this == ATTORNEY_GENERAL;
  }

  /**
   * The branch an office belongs to: an executive's peers in a story are other executives (a
   * president, a governor, a cabinet secretary can each be said to have ordered a deployment), a
   * judge's are other judges, a lawmaker's other lawmakers, a foreign leader's other foreign
   * officials. Offices of one branch are comparable roles (issue 15: "the same story … in a
   * comparable role"); a judge offered for what a governor did is not.
   */
  String branch() {
    return switch (this) {
      case PRESIDENT, VICE_PRESIDENT, CABINET, ATTORNEY_GENERAL, GOVERNOR, MAYOR -> "executive";
      case JUSTICE, JUDGE, STATE_JUDGE -> "judiciary";
      case SENATOR, REPRESENTATIVE -> "legislature";
      case FOREIGN_LEADER, FOREIGN_MINISTER -> "foreign";
      case CENTRAL_BANKER -> "central-bank";
    };
  }

  /** The name used for this office in the distractor pool file. */
  String poolName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
