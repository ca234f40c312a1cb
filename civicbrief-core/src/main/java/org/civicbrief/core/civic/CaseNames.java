package org.civicbrief.core.civic;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a case name around " v. ": the run of capitalized words on each side ("United States",
 * "Board of Education"), with the term in parentheses when given, a U.S. Reports cite or a docket
 * number. It counts only in a sentence about courts, never about sports, since a score line can
 * read "Lakers v. Celtics".
 */
final class CaseNames {

  private CaseNames() {}

  private static final int MAX_WORDS = 6;

  private static final Pattern LEGAL =
      Pattern.compile(
          "(?i)\\b(?:courts?|justices?|judges?|rul(?:ed|ing|ings)|decisions?|decided|precedents?"
              + "|cases?|opinions?|overturn\\w*|landmark|argu\\w+|appeals?|stay|dockets?|lawsuits?"
              + "|suits?|certiorari|petition\\w*|reheard|heard|held)\\b");

  private static final Pattern SPORTS =
      Pattern.compile(
          "(?i)\\b(?:games?|playoffs?|tournament|league|innings|halftime|championship|stadium"
              + "|kickoff|rematch|quarterback|coach|scored?|match(?:es|up))\\b");

  /**
   * Cases news names without a word about courts ("Before Roe v. Wade made abortion legal"): the
   * landmarks of U.S. constitutional law, by the name news uses, each with where its official text
   * is: a U.S. Reports volume and page ("410/113", read at Cornell's LII, which holds the bound
   * volumes through 1992 at that address), a Supreme Court docket number (the Court's own docket
   * pages, from 2017), or nothing where neither address is known to be stable.
   */
  private static final Map<String, String> LANDMARKS =
      Map.ofEntries(
          Map.entry("marbury v. madison", "5/137"),
          Map.entry("mcculloch v. maryland", "17/316"),
          Map.entry("dred scott v. sandford", "60/393"),
          Map.entry("plessy v. ferguson", "163/537"),
          Map.entry("lochner v. new york", "198/45"),
          Map.entry("korematsu v. united states", "323/214"),
          Map.entry("youngstown sheet & tube co. v. sawyer", "343/579"),
          Map.entry("brown v. board of education", "347/483"),
          Map.entry("mapp v. ohio", "367/643"),
          Map.entry("gideon v. wainwright", "372/335"),
          Map.entry("new york times co. v. sullivan", "376/254"),
          Map.entry("new york times v. sullivan", "376/254"),
          Map.entry("griswold v. connecticut", "381/479"),
          Map.entry("miranda v. arizona", "384/436"),
          Map.entry("loving v. virginia", "388/1"),
          Map.entry("tinker v. des moines", "393/503"),
          Map.entry("brandenburg v. ohio", "395/444"),
          Map.entry("roe v. wade", "410/113"),
          Map.entry("united states v. nixon", "418/683"),
          Map.entry("buckley v. valeo", "424/1"),
          Map.entry("bush v. gore", ""),
          Map.entry("lawrence v. texas", ""),
          Map.entry("district of columbia v. heller", ""),
          Map.entry("citizens united v. fec", ""),
          Map.entry("citizens united v. federal election commission", ""),
          Map.entry("shelby county v. holder", ""),
          Map.entry("obergefell v. hodges", ""),
          Map.entry("dobbs v. jackson women's health organization", "19-1392"),
          Map.entry("dobbs v. jackson", "19-1392"),
          Map.entry("trump v. united states", "23-939"),
          Map.entry("loper bright enterprises v. raimondo", "22-451"),
          Map.entry("humphrey's executor v. united states", "295/602"),
          Map.entry("chevron u.s.a. inc. v. natural resources", "467/837"),
          Map.entry("planned parenthood v. casey", "505/833"));

  /** Words that open a sentence or a phrase before a case name but are no part of it. */
  private static final Set<String> LEADING =
      Set.of(
          "In",
          "Under",
          "After",
          "Before",
          "Since",
          "Citing",
          "Like",
          "Unlike",
          "With",
          "When",
          "While",
          "During",
          "Following",
          "Both",
          "But",
          "And",
          "Its",
          "Their",
          "His",
          "Her",
          "The",
          "A",
          "An",
          "That",
          "This",
          "Per",
          "Curiam",
          "Curium",
          "Then",
          "As",
          "From",
          "On",
          "Of",
          "Justice",
          "Chief",
          "Judge",
          "Court",
          "Supreme",
          "Court’s",
          "Court's",
          "Inside",
          "Argument",
          "See",
          "Also",
          "Last",
          "Landmark");

  /** Nouns before "of" that keep it inside a party's name: "Department of Commerce". */
  private static final Set<String> OF_NOUNS =
      Set.of(
          "Department",
          "Board",
          "Bureau",
          "State",
          "City",
          "County",
          "Commonwealth",
          "Town",
          "University",
          "Trustees",
          "Secretary",
          "Regents",
          "Church",
          "College",
          "District",
          "Village",
          "Office",
          "Commissioner",
          "Governors",
          "Attorney",
          "President");

  /** Capitalized words that start a new phrase after a name: "Callais The Supreme Court". */
  private static final Set<String> NEW_PHRASE = Set.of("The", "A", "An", "In", "On", "At", "But");

  private static final Set<String> CONNECTORS = Set.of("of", "the", "and", "for", "&", "de");

  private static final Set<String> ABBREVIATIONS =
      Set.of("U.S.", "Inc.", "Co.", "Corp.", "Ltd.", "L.L.C.", "Jr.", "Bros.", "Cal.", "N.Y.");

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}.'’&-]*|&");

  private static final Pattern AFTER =
      Pattern.compile(
          "^\\s*(?:\\((?:No\\.\\s*)?(\\d{2}-\\d{1,5}|\\d{2}A\\d{1,4})\\)"
              + "|,\\s*(\\d{1,3})\\s+U\\.\\s?S\\.\\s+(\\d{1,4})(?:,\\s*\\d{1,4})?\\s*\\((\\d{4})\\)"
              + "|\\(((?:17|18|19|20)\\d{2})\\))");

  /** The case whose " v. " {@code m} found in sentence {@code s}, if it reads as one. */
  static List<CitationForms.Found> read(Matcher m, String s) {
    if (SPORTS.matcher(s).find()) {
      return List.of();
    }
    Optional<int[]> left = left(s, m.start());
    Optional<int[]> right = right(s, m.end());
    if (left.isEmpty() || right.isEmpty()) {
      return List.of();
    }
    int start = left.get()[0];
    int end = right.get()[1];
    String plaintiff = s.substring(start, left.get()[1]).replaceAll("\\s+", " ");
    String defendant = s.substring(right.get()[0], end).replaceAll("\\s+", " ");
    Matcher after = AFTER.matcher(s.substring(end));
    String docket = null;
    String year = null;
    String reports = null;
    if (after.find()) {
      docket = after.group(1);
      reports = after.group(2) != null ? after.group(2) + "/" + after.group(3) : null;
      year = after.group(4) != null ? after.group(4) : after.group(5);
      end += after.end();
    }
    String lower = (plaintiff + " v. " + defendant).toLowerCase(Locale.ROOT);
    if (docket == null
        && year == null
        && !LANDMARKS.containsKey(lower)
        && !LEGAL.matcher(s).find()) {
      return List.of();
    }
    String name = plaintiff + " v. " + defendant;
    String key = "case/" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.'’& -]", "");
    return List.of(
        new CitationForms.Found(
            CitationKind.CASE,
            name + (year != null ? " (" + year + ")" : ""),
            key.replace(' ', '-'),
            url(docket, reports, lower),
            start,
            end));
  }

  /** The highest U.S. Reports volume whose cases Cornell's LII serves by volume and page. */
  private static final int LII_LAST_VOLUME = 505;

  /**
   * Where the case's text is: the docket the article gives, the U.S. Reports cite it gives (LII,
   * for the volumes it serves by cite), or the landmark table's.
   */
  private static Optional<String> url(String docket, String reports, String name) {
    if (docket != null) {
      return Optional.of(CitationTables.docketUrl(docket));
    }
    String at = reports != null ? reports : LANDMARKS.getOrDefault(name, "");
    if (at.matches("\\d+/\\d+")
        && Integer.parseInt(at.substring(0, at.indexOf('/'))) <= LII_LAST_VOLUME) {
      return Optional.of("https://www.law.cornell.edu/supremecourt/text/" + at);
    }
    if (at.matches("\\d{2}-\\d{1,5}")) {
      return Optional.of(CitationTables.docketUrl(at));
    }
    return Optional.empty();
  }

  /** The plaintiff: capitalized words ending just before {@code at}. */
  private static Optional<int[]> left(String s, int at) {
    List<int[]> words = words(s.substring(0, at));
    int first = words.size();
    for (int i = words.size() - 1; i >= 0 && words.size() - i <= MAX_WORDS + 2; i--) {
      String word = s.substring(words.get(i)[0], words.get(i)[1]);
      if (i < words.size() - 1 && !onlySpaceBetween(s, words.get(i)[1], words.get(i + 1)[0])) {
        break;
      }
      if (word.equals("of")) {
        // "of" stays only after a noun that takes it: "Department of Commerce", not "case of X".
        if (i > 0 && OF_NOUNS.contains(s.substring(words.get(i - 1)[0], words.get(i - 1)[1]))) {
          continue;
        }
        break;
      }
      if (word.equals("&") || word.equals("and")) {
        continue;
      }
      if (!isName(word)) {
        break;
      }
      first = i;
    }
    while (first < words.size()
        && LEADING.contains(s.substring(words.get(first)[0], words.get(first)[1]))) {
      first++;
    }
    if (first >= words.size() || words.size() - first > MAX_WORDS) {
      return Optional.empty();
    }
    return Optional.of(new int[] {words.get(first)[0], at});
  }

  /** The defendant: capitalized words from {@code at}, with "of" before a capitalized word. */
  private static Optional<int[]> right(String s, int at) {
    Matcher w = WORD.matcher(s);
    w.region(at, s.length());
    int end = -1;
    int count = 0;
    int last = at;
    while (w.find() && count < MAX_WORDS) {
      if (!onlySpaceBetween(s, last, w.start()) && count > 0) {
        break;
      }
      String word = w.group();
      if (CONNECTORS.contains(word)) {
        last = w.end();
        continue;
      }
      if (!isName(word) || (count > 0 && NEW_PHRASE.contains(word))) {
        break;
      }
      String trimmed = trimPeriod(word);
      end = w.start() + trimmed.length();
      last = w.end();
      count++;
      if (!trimmed.equals(word)) {
        break;
      }
    }
    return end < 0 ? Optional.empty() : Optional.of(new int[] {at, end});
  }

  /** "Callais." at the end of a sentence is "Callais"; "U.S." keeps its period. */
  private static String trimPeriod(String word) {
    String w = word.replaceAll("['’]s$", "");
    if (w.endsWith(".") && !ABBREVIATIONS.contains(w)) {
      return w.substring(0, w.length() - 1);
    }
    return w.length() < word.length() ? w : word;
  }

  private static boolean isName(String word) {
    return Character.isUpperCase(word.charAt(0));
  }

  private static boolean onlySpaceBetween(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static List<int[]> words(String text) {
    List<int[]> out = new ArrayList<>();
    Matcher w = WORD.matcher(text);
    while (w.find()) {
      out.add(new int[] {w.start(), w.end()});
    }
    return out;
  }
}
