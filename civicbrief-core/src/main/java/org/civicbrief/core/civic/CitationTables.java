package org.civicbrief.core.civic;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The tables behind the citation grammar: amendment ordinals, the sections of a few acts that news
 * cites by their act's numbering and the U.S. Code sections they are codified at, and the official
 * address of each kind of text. Only address patterns known to be stable are here; anything else is
 * left without a link rather than guessed.
 */
final class CitationTables {

  private CitationTables() {}

  /** A U.S. Code section an act's section is codified at. */
  record Codified(int title, String section) {
    String text() {
      return title + " U.S.C. § " + section;
    }

    String key() {
      return "usc/" + title + "/" + section.toLowerCase(Locale.ROOT);
    }
  }

  private static final String[] ORDINALS = {
    "First",
    "Second",
    "Third",
    "Fourth",
    "Fifth",
    "Sixth",
    "Seventh",
    "Eighth",
    "Ninth",
    "Tenth",
    "Eleventh",
    "Twelfth",
    "Thirteenth",
    "Fourteenth",
    "Fifteenth",
    "Sixteenth",
    "Seventeenth",
    "Eighteenth",
    "Nineteenth",
    "Twentieth",
    "Twenty-first",
    "Twenty-second",
    "Twenty-third",
    "Twenty-fourth",
    "Twenty-fifth",
    "Twenty-sixth",
    "Twenty-seventh"
  };

  /** An amendment's number from "Fourteenth", "Twenty-Fifth" or "14th"; empty past the 27th. */
  static Optional<Integer> amendment(String ordinal) {
    String o = ordinal.replace('–', '-').replace(' ', '-');
    if (Character.isDigit(o.charAt(0))) {
      int n = Integer.parseInt(o.replaceAll("\\D", ""));
      String suffix = o.replaceAll("\\d", "").toLowerCase(Locale.ROOT);
      boolean teen = n % 100 >= 11 && n % 100 <= 13;
      String expected =
          teen
              ? "th"
              : switch (n % 10) {
                case 1 -> "st";
                case 2 -> "nd";
                case 3 -> "rd";
                default -> "th";
              };
      return n >= 1 && n <= 27 && suffix.equals(expected) ? Optional.of(n) : Optional.empty();
    }
    for (int i = 0; i < ORDINALS.length; i++) {
      if (ORDINALS[i].equalsIgnoreCase(o)) {
        return Optional.of(i + 1);
      }
    }
    return Optional.empty();
  }

  /** The ordinal word of amendment {@code n}, as a name: "Fourteenth", "Twenty-fifth". */
  static String ordinalWord(int n) {
    return ORDINALS[n - 1];
  }

  /** The Roman numeral of article {@code n} of the Constitution. */
  static String roman(int n) {
    return new String[] {"I", "II", "III", "IV", "V", "VI", "VII"}[n - 1];
  }

  /** Article {@code numeral}'s number (I to VII, or 1 to 7); empty otherwise. */
  static Optional<Integer> article(String numeral) {
    for (int i = 1; i <= 7; i++) {
      if (roman(i).equals(numeral) || String.valueOf(i).equals(numeral)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /**
   * Sections of acts that news cites by the act's own numbering, with where the U.S. Code holds
   * them (from the Office of the Law Revision Counsel's classification). Keys are the act's name in
   * lower case without "the" or its year.
   */
  private static final Map<String, Map<String, Codified>> ACTS = new HashMap<>();

  static {
    act("immigration and nationality act", 8, "208", "1158", "212", "1182", "219", "1189");
    act("immigration and nationality act", 8, "235", "1225", "236", "1226", "237", "1227");
    act("immigration and nationality act", 8, "241", "1231", "287", "1357");
    act("trade expansion act", 19, "232", "1862");
    act("trade act", 19, "122", "2132", "201", "2251", "301", "2411");
    act("voting rights act", 52, "2", "10301", "4", "10303", "5", "10304");
    act("communications decency act", 47, "230", "230");
    act("communications act", 47, "230", "230");
    act("national emergencies act", 50, "201", "1621", "202", "1622");
    act("international emergency economic powers act", 50, "202", "1701", "203", "1702");
    act("war powers resolution", 50, "2", "1541", "3", "1542", "4", "1543", "5", "1544");
    act("war powers resolution", 50, "6", "1545", "7", "1546", "8", "1547");
    act("foreign intelligence surveillance act", 50, "702", "1881a");
    act("administrative procedure act", 5, "553", "553", "705", "705", "706", "706");
  }

  private static void act(String name, int title, String... pairs) {
    Map<String, Codified> sections = ACTS.computeIfAbsent(name, k -> new HashMap<>());
    for (int i = 0; i < pairs.length; i += 2) {
      sections.put(pairs[i], new Codified(title, pairs[i + 1]));
    }
  }

  private static final Pattern YEAR = Pattern.compile("^(?:the )?(?:\\d{4} )?|(?: of \\d{4})$");

  /** Where section {@code section} of the act named {@code act} is codified, when known. */
  static Optional<Codified> codified(String act, String section) {
    String name = YEAR.matcher(act.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")).replaceAll("");
    return Optional.ofNullable(ACTS.getOrDefault(name, Map.of()).get(section));
  }

  /**
   * Sections news cites without naming their act, and the words one of which must stand in the same
   * sentence for the number to mean that section: "Section 232 tariffs" but never "Section 8
   * housing". An empty act means the number is the Code's own section ("§ 12406").
   */
  record BareSection(String act, Codified codified, Pattern context) {}

  static final Map<String, BareSection> BARE_SECTIONS =
      Map.of(
          "12406",
          bare("", 10, "12406", "Guard|federaliz\\w*|militias?|troops"),
          "1983",
          bare("", 42, "1983", "civil rights|lawsuits?|sued?|suits?"),
          "232",
          bare("Trade Expansion Act of 1962", 19, "1862", "tariffs?|steel|aluminum|imports?"),
          "301",
          bare("Trade Act of 1974", 19, "2411", "tariffs?|trade|USTR|Trade Representative"),
          "122",
          bare("Trade Act of 1974", 19, "2132", "tariffs?|balance-of-payments|surcharge"),
          "230",
          bare(
              "Communications Act of 1934",
              47,
              "230",
              "internet|online|platforms?|social media|tech|liability shield"),
          "212(f)",
          bare(
              "Immigration and Nationality Act",
              8,
              "1182",
              "entry|immigra\\w*|proclamation|ban|noncitizens?|aliens?"));

  private static BareSection bare(String act, int title, String section, String context) {
    return new BareSection(
        act,
        new Codified(title, section),
        Pattern.compile("\\b(?:" + context + ")\\b", Pattern.CASE_INSENSITIVE));
  }

  /** Titles of the Civil Rights and Education acts news cites by number. */
  record NamedTitle(String text, Codified codified, Optional<Pattern> context) {}

  static final Map<String, NamedTitle> NAMED_TITLES =
      Map.of(
          "IX",
          new NamedTitle(
              "Title IX of the Education Amendments of 1972",
              new Codified(20, "1681"),
              Optional.empty()),
          "VI",
          new NamedTitle(
              "Title VI of the Civil Rights Act of 1964",
              new Codified(42, "2000d"),
              Optional.of(Pattern.compile("Civil Rights Act"))),
          "VII",
          new NamedTitle(
              "Title VII of the Civil Rights Act of 1964",
              new Codified(42, "2000e"),
              Optional.of(Pattern.compile("Civil Rights Act"))));

  /** Titles of the U.S. Code in force (53 is reserved). */
  static boolean isCodeTitle(int title) {
    return title >= 1 && title <= 54 && title != 53;
  }

  static String usCodeUrl(int title, String section) {
    return "https://www.law.cornell.edu/uscode/text/" + title + "/" + section;
  }

  static String usCodeTitleUrl(int title) {
    return "https://www.law.cornell.edu/uscode/text/" + title;
  }

  static String cfrUrl(int title, String partOrSection) {
    return "https://www.law.cornell.edu/cfr/text/" + title + "/" + partOrSection;
  }

  /** The Constitution Annotated's page of an article or amendment, as the cards cite it. */
  static String constitutionUrl(String kind, int n) {
    return "https://constitution.congress.gov/constitution/" + kind + "-" + n + "/";
  }

  /**
   * GovInfo's page of a public law; GovInfo holds public laws from the 104th Congress (1995) on, so
   * earlier ones get no link.
   */
  static Optional<String> publicLawUrl(int congress, int number) {
    return congress >= 104
        ? Optional.of("https://www.govinfo.gov/app/details/PLAW-" + congress + "publ" + number)
        : Optional.empty();
  }

  /**
   * The Federal Register's page of an executive order by number; its online edition starts in 1994
   * with order 12890, so earlier orders get no link.
   */
  static Optional<String> executiveOrderUrl(int number) {
    return number >= 12890
        ? Optional.of("https://www.federalregister.gov/executive-order/" + number)
        : Optional.empty();
  }

  /** The Supreme Court's docket page of a case number such as 23-719 or 24A884. */
  static String docketUrl(String docket) {
    return "https://www.supremecourt.gov/docket/docketfiles/html/public/" + docket + ".html";
  }
}
