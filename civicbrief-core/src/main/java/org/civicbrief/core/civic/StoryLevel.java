package org.civicbrief.core.civic;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicbrief.core.text.AnnotatedArticle;
import org.civicbrief.core.text.Layout;
import org.civicbrief.core.text.Sentence;

/**
 * The level of government a story is about, read from the institutions its sentences name: a state
 * story (a legislature, a governor, a state court, a state's maps) gets a state's civic actions, a
 * local one (a mayor, a city or county council) a local government's, a federal one the federal
 * actions. Read in English and in Spanish.
 */
public enum StoryLevel {
  FEDERAL,
  STATE,
  LOCAL;

  /** A city's, a county's or a school district's government. */
  private static final Pattern LOCAL_CUES =
      Pattern.compile(
          "\\b(?:[Mm]ayor(?:['’]s)?|[Cc]ity [Cc]ouncil|[Cc]ouncil ?(?:members?|woman|man)|[Aa]lderm[ae]n"
              + "|[Cc]ounty (?:[Bb]oard|[Cc]ommission(?:ers?)?|[Ee]xecutive|[Cc]ouncil|[Ss]upervisors?)"
              + "|[Bb]oard of (?:[Ss]upervisors|[Aa]ldermen|[Ee]ducation)|[Ss]chool [Bb]oard|[Cc]ity [Hh]all"
              + "|[Aa]lcalde(?:sa)?|[Cc]oncejo [Mm]unicipal|[Cc]abildo|[Aa]yuntamiento)\\b");

  /** A state's institutions, in Spanish: "el gobernador", "la Legislatura estatal". */
  private static final Pattern SPANISH_STATE_CUES =
      Pattern.compile(
          "\\b(?:[Gg]obernador(?:a|es)?|[Ll]egislatura|[Cc]ongreso estatal|[Ss]enado estatal"
              + "|[Cc]ámara (?:baja |alta )?estatal|[Pp]roposición \\d+|[Rr]edistritación"
              + "|[Rr]edistribución de distritos|mapas? (?:electoral(?:es)?|congresional(?:es)?|de distritos))\\b"
              + "|\\b(?:Cámara de Representantes|Senado|Corte Suprema|Tribunal Supremo) de (?:Texas|California"
              + "|Florida|Nueva York|Luisiana|Colorado|Illinois|Carolina del (?:Norte|Sur)|Ohio|Georgia)\\b");

  /** The federal government in Spanish: Congress, the president, the federal courts. */
  private static final Pattern SPANISH_FEDERAL_CUES =
      Pattern.compile(
          "\\b(?:Congreso(?! estatal)|Casa Blanca|[Pp]residente|[Gg]obierno federal|[Ff]ederal(?:es)?"
              + "|Departamento de (?:Justicia|Seguridad Nacional|Defensa|Estado)|Pentágono)\\b"
              + "|\\b(?:Corte Suprema|Tribunal Supremo)\\b(?! de (?!Estados|EE)\\p{Lu})");

  /** A state's institutions, bills and measures. */
  private static final List<Pattern> STATE_CUES =
      List.of(
          Pattern.compile(
              "\\b[Ss]tate\\s+(?:[Ll]egislature|[Ll]awmakers|[Ll]egislators|Senate|House|Assembly"
                  + "|senators?|representatives?|[Ss]upreme [Cc]ourt|courts?|[Aa]ttorney [Gg]eneral"
                  + "|[Cc]onstitution|[Cc]apitol|election officials?)\\b"),
          Pattern.compile("\\b(?:Legislature|[Ss]tatehouse|legislature)\\b"),
          Pattern.compile("(?<!U\\.N\\. |UN |United Nations )\\bGeneral Assembly\\b"),
          Pattern.compile(
              "\\b(?:Gov\\.|Governor|governor|governor['’]s)(?!\\s+(?:of the Federal|Lisa))"),
          Pattern.compile("\\bredistricting\\b|\\b(?:congressional|district|legislative) maps?\\b"),
          Pattern.compile("\\b(?:Proposition \\d+|ballot measures?|(?:SB|AB|HB) ?\\d+)\\b"));

  /** A state's court or chamber by the state's name: "Ohio Supreme Court", "Texas House". */
  private static final Pattern NAMED_CHAMBER =
      Pattern.compile(
          "(?<!U\\.S\\. |United States |the )\\b([A-Z][a-z]+(?: [A-Z][a-z]+)?)"
              + " (?:Supreme Court|Legislature|House|Senate|Assembly)\\b");

  private static final Set<String> STATES =
      Set.of(
          "Alabama",
          "Alaska",
          "Arizona",
          "Arkansas",
          "California",
          "Colorado",
          "Connecticut",
          "Delaware",
          "Florida",
          "Georgia",
          "Hawaii",
          "Idaho",
          "Illinois",
          "Indiana",
          "Iowa",
          "Kansas",
          "Kentucky",
          "Louisiana",
          "Maine",
          "Maryland",
          "Massachusetts",
          "Michigan",
          "Minnesota",
          "Mississippi",
          "Missouri",
          "Montana",
          "Nebraska",
          "Nevada",
          "New Hampshire",
          "New Jersey",
          "New Mexico",
          "New York",
          "North Carolina",
          "North Dakota",
          "Ohio",
          "Oklahoma",
          "Oregon",
          "Pennsylvania",
          "Rhode Island",
          "South Carolina",
          "South Dakota",
          "Tennessee",
          "Texas",
          "Utah",
          "Vermont",
          "Virginia",
          "Washington",
          "West Virginia",
          "Wisconsin",
          "Wyoming");

  private static boolean namesAStateChamber(String sentence) {
    Matcher m = NAMED_CHAMBER.matcher(sentence);
    while (m.find()) {
      String name = m.group(1);
      String last = name.substring(name.lastIndexOf(' ') + 1);
      if (STATES.contains(name) || STATES.contains(last)) {
        return true;
      }
    }
    return false;
  }

  /** Congress, the federal courts, the president and the federal government. */
  private static final List<Pattern> FEDERAL_CUES =
      List.of(
          Pattern.compile("\\bCongress\\b|\\bU\\.S\\. (?:House|Senate)\\b"),
          Pattern.compile("(?<![Ss]tate )\\bthe (?:House|Senate)\\b"),
          Pattern.compile("\\b(?:White House|[Pp]resident|[Aa]dministration|[Ff]ederal)\\b"),
          Pattern.compile(
              "\\b(?:U\\.S\\.|the) Supreme Court\\b|\\b(?:Pentagon|Justice Department"
                  + "|Department of (?:Justice|Homeland Security|Defense|State)|DHS|ICE|FBI)\\b"));

  /**
   * Strings one of which every state cue contains; a sentence without any is not searched, which
   * keeps the fifty states' names from being tried at every character of every sentence.
   */
  private static final List<String> STATE_CLUES =
      List.of(
          "tate",
          "egislat",
          "General Assembly",
          "Gov",
          "governor",
          "redistricting",
          " map",
          "Proposition",
          "ballot",
          "B ",
          "B1",
          "B2",
          "B3",
          "B4",
          "B5",
          "B6",
          "B7",
          "B8",
          "B9",
          "Supreme Court",
          "obernador",
          "roposición",
          "redistri",
          "Redistri",
          "mapa",
          " de ",
          "Legislature",
          "House",
          "Senate",
          "Assembly");

  /** Words that make "governor" the Fed's or a central bank's. */
  private static final Pattern NOT_A_STATE_GOVERNOR =
      Pattern.compile(
          "Federal Reserve|\\bFed\\b|central bank|Board of Governors|Reserva Federal"
              + "|Junta de Gobernadores|banco central");

  /**
   * The level of the story: state when more sentences name a state's institutions than federal ones
   * (the headline and lead count twice), federal otherwise. A story that names neither is federal,
   * the level of the knowledge base's cards.
   */
  public static StoryLevel of(AnnotatedArticle annotated, Layout layout) {
    String text = annotated.text();
    double state = 0;
    double federal = 0;
    double local = 0;
    for (Sentence s : annotated.sentences()) {
      String sentence = text.substring(s.start(), s.end());
      double weight = layout.isHeading(s.index()) || layout.inLead(s.index()) ? 2 : 1;
      boolean fed = NOT_A_STATE_GOVERNOR.matcher(sentence).find();
      if (!fed
          && STATE_CLUES.stream().anyMatch(sentence::contains)
          && (STATE_CUES.stream().anyMatch(p -> p.matcher(sentence).find())
              || SPANISH_STATE_CUES.matcher(sentence).find()
              || namesAStateChamber(sentence))) {
        state += weight;
      }
      if (FEDERAL_CUES.stream().anyMatch(p -> p.matcher(sentence).find())
          || SPANISH_FEDERAL_CUES.matcher(sentence).find()) {
        federal += weight;
      }
      if (LOCAL_CUES.matcher(sentence).find()) {
        local += weight;
      }
    }
    if (local >= 2 && local > state && local > federal) {
      return LOCAL;
    }
    return state >= 2 && state > federal ? STATE : FEDERAL;
  }
}
