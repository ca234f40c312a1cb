package org.civicbrief.core.civic;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The citation grammar: one row per written form, each a regular expression and a reader that turns
 * a match into citations, or into none when a guard says the words mean something else ("Section 8
 * housing", "Article 5 of the treaty", "the first amendment to the bill"). Rows are tried in order
 * and an earlier row's span wins over a later one's. Stateless.
 */
final class CitationForms {

  private CitationForms() {}

  /** A citation found in a text: its span is relative to that text. */
  record Found(
      CitationKind kind, String text, String key, Optional<String> url, int start, int end) {}

  /**
   * A written form: its expression, the reader of its matches, and strings one of which every match
   * contains, so that the expression runs only on the few sentences that hold one.
   */
  private record Form(
      List<String> clues, Pattern pattern, BiFunction<Matcher, String, List<Found>> read) {}

  static final String SP = "[\\s\\u00a0]+";
  private static final String SEC = "(\\d{1,5}[A-Za-z]{0,3}(?:-\\d{1,3}[a-z]?)?)";
  private static final String SUB = "((?:\\([A-Za-z0-9]{1,4}\\))*)";
  static final String ORD =
      "(?:[A-Z][a-z]{2,9}(?:[-–][A-Za-z][a-z]{2,7})?|\\d{1,2}(?:st|nd|rd|th))";
  static final String US_CONSTITUTION =
      "(?:the"
          + SP
          + ")?(?:U\\.S\\."
          + SP
          + "|United"
          + SP
          + "States"
          + SP
          + "|federal"
          + SP
          + ")?Constitution";

  private static final List<Form> FORMS =
      List.of(
          // "Section 3 of the 14th Amendment", "the Fourteenth or Fifteenth Amendments"
          form(
              List.of("mendment"),
              "(?:[Ss]ection"
                  + SP
                  + "(\\d{1,2}|one|two|three|four|five)\\s*,?"
                  + SP
                  + "of"
                  + SP
                  + "(?:the"
                  + SP
                  + ")?(?:(?:U\\.S\\.|United"
                  + SP
                  + "States)"
                  + SP
                  + "Constitution['’]s"
                  + SP
                  + ")?)?\\b("
                  + ORD
                  + "(?:\\s*,\\s*"
                  + ORD
                  + "){0,6}(?:\\s*,?"
                  + SP
                  + "(?:and|or)"
                  + SP
                  + ORD
                  + ")?)"
                  + SP
                  + "([Aa]mendments?)\\b"
                  + "(?:\\s*,\\s*[Ss]ection"
                  + SP
                  + "(\\d{1,2})\\b)?"
                  + "(?:['’]s"
                  + SP
                  + "((?:[A-Za-z-]+"
                  + SP
                  + "){1,3}?[Cc]lause)\\b)?",
              ConstitutionCitations::amendments),
          // "Article II, Section 1, Clause 5", "Section 8 of Article I"
          form(
              List.of("Article"),
              "\\b(?:[Ss]ection"
                  + SP
                  + "(\\d{1,2})"
                  + SP
                  + "of"
                  + SP
                  + ")?Article"
                  + SP
                  + "(VII|VI|IV|V|III|II|I|[1-7])\\b"
                  + "(?:\\s*,?"
                  + SP
                  + "(?:[Ss]ection|§)\\s*(\\d{1,2}))?"
                  + "(?:\\s*,?"
                  + SP
                  + "(?:[Cc]lause|cl\\.)\\s*(\\d{1,2}))?"
                  + "((?:"
                  + SP
                  + "of"
                  + SP
                  + US_CONSTITUTION
                  + ")?)",
              ConstitutionCitations::article),
          // "8 U.S.C. § 1182(f)", "10 U.S.C. 12406", "50 U.S.C. §§ 1541–1548", "10 USC 251"
          form(
              List.of("U.S", "USC", "U. S"),
              "\\b(\\d{1,2})"
                  + SP
                  + "(?:U\\.?\\s?S\\.?\\s?C\\.?(?:A\\.?)?(?![A-Za-z])|U\\.S\\."
                  + SP
                  + "Code)\\s*(?:§§?|[Ss]ections?|[Ss]ecs?\\.)?\\s*"
                  + SEC
                  + SUB
                  + "(?:\\s*(?:[-–—]|through|to)\\s*(\\d{1,5}[A-Za-z]{0,3}))?",
              (m, s) -> usCode(m, m.group(1), m.group(2), m.group(3), m.group(4))),
          // "Section 12406 of Title 10", "section 1182(f) of title 8 of the U.S. Code"
          form(
              List.of("itle"),
              "\\b[Ss]ection"
                  + SP
                  + SEC
                  + SUB
                  + SP
                  + "of"
                  + SP
                  + "[Tt]itle"
                  + SP
                  + "(\\d{1,2})\\b(?:"
                  + SP
                  + "of"
                  + SP
                  + "the"
                  + SP
                  + "(?:U\\.S\\.|United"
                  + SP
                  + "States)"
                  + SP
                  + "Code)?",
              (m, s) -> usCode(m, m.group(3), m.group(1), m.group(2), null)),
          // "8 CFR 214.2", "8 C.F.R. § 214.2(b)", "8 CFR part 214"
          form(
              List.of("CFR", "C.F.R", "C. F. R"),
              "\\b(\\d{1,2})"
                  + SP
                  + "C\\.?\\s?F\\.?\\s?R\\.?\\s*(?:§§?|[Pp]art|[Ss]ec(?:tion|\\.))?\\s*"
                  + "(\\d{1,4})(?:\\.(\\d{1,5}[a-z]?))?"
                  + SUB,
              CitationForms::regulation),
          // "Title 8 of the Code of Federal Regulations"
          form(
              List.of("Code of Federal"),
              "\\b[Tt]itle"
                  + SP
                  + "(\\d{1,2})"
                  + SP
                  + "of"
                  + SP
                  + "the"
                  + SP
                  + "Code"
                  + SP
                  + "of"
                  + SP
                  + "Federal"
                  + SP
                  + "Regulations\\b",
              CitationForms::regulationTitle),
          // "Title 10 of the U.S. Code", "Title 10" where news uses it for the Code's title
          form(
              List.of("Title"),
              "\\bTitle"
                  + SP
                  + "(\\d{1,2})\\b((?:"
                  + SP
                  + "of"
                  + SP
                  + "the"
                  + SP
                  + "(?:U\\.S\\.|United"
                  + SP
                  + "States)"
                  + SP
                  + "Code)?)",
              CitationForms::codeTitle),
          // "Title IX", "Title VI of the 1964 Civil Rights Act"
          form(List.of("Title"), "\\bTitle" + SP + "(IX|VII|VI|6|7)\\b", CitationForms::namedTitle),
          // "Pub. L. 118-50", "Public Law 93-148", "P.L. 107-40"
          form(
              List.of("Pub", "P.L", "P. L"),
              "\\b(?:Pub(?:lic|\\.)\\s*L(?:aw|\\.)|P\\.\\s?L\\.)\\s*(?:No\\.\\s*)?(\\d{2,3})\\s?[-–‑]\\s?"
                  + "(\\d{1,3})\\b",
              CitationForms::publicLaw),
          // "Executive Order 14160", "Executive Order No. 13,224", "EO 14160"
          form(
              List.of("xecutive", "E.O", "EO", "E. O"),
              "\\b(?:[Ee]xecutive"
                  + SP
                  + "[Oo]rders?|E\\.\\s?O\\.|EO)"
                  + "\\s*(?:No\\.|[Nn]umber|#)?\\s*(\\d{1,2},?\\d{3})\\b",
              CitationForms::executiveOrder),
          // "Section 232 of the Trade Expansion Act of 1962", "section 2 of the Voting Rights Act"
          form(
              List.of("ection"),
              "\\b[Ss]ection"
                  + SP
                  + SEC
                  + SUB
                  + SP
                  + "of"
                  + SP
                  + "(?:the"
                  + SP
                  + ")?((?:\\d{4}"
                  + SP
                  + ")?[A-Z][\\w'’.-]*(?:"
                  + SP
                  + "(?:[A-Z][\\w'’.-]*|of|and|the|for|on|to|in|&)){0,12}?"
                  + SP
                  + "(?:Act|Resolution)(?:"
                  + SP
                  + "of"
                  + SP
                  + "\\d{4})?)\\b",
              CitationForms::actSection),
          // "Section 232 tariffs", "Section 230": bare sections the table knows, in context
          form(
              List.of("ection", "§"),
              "(?:\\b[Ss]ection" + SP + "|§\\s*)(\\d{3,5})((?:\\([a-z0-9]{1,3}\\))*)(?![\\w(])",
              CitationForms::bareSection),
          // "Trump v. United States (2024)"
          form(
              List.of(" v.", "\u00a0v."),
              "(?<=[\\p{L}.’'])" + SP + "v\\." + SP + "(?=[A-Z])",
              CaseNames::read));

  private static Form form(
      List<String> clues, String regex, BiFunction<Matcher, String, List<Found>> read) {
    return new Form(clues, Pattern.compile(regex), read);
  }

  /** Every citation in {@code text}, in text order; overlapping spans keep the earlier row's. */
  static List<Found> find(String text) {
    List<Found> out = new ArrayList<>();
    for (Form f : FORMS) {
      if (f.clues().stream().noneMatch(text::contains)) {
        continue;
      }
      Matcher m = f.pattern().matcher(text);
      while (m.find()) {
        for (Found found : f.read().apply(m, text)) {
          if (out.stream()
              .noneMatch(
                  o ->
                      o.start() < found.end() && found.start() < o.end() && !sameMatch(o, found))) {
            out.add(found);
          }
        }
      }
    }
    out.sort(java.util.Comparator.comparingInt(Found::start).thenComparing(Found::key));
    return out;
  }

  /** Several citations from one coordinated phrase share its span. */
  private static boolean sameMatch(Found a, Found b) {
    return a.start() == b.start() && a.end() == b.end() && a.kind() == b.kind();
  }

  private static List<Found> usCode(
      Matcher m, String titleText, String section, String sub, String rangeEnd) {
    int title = Integer.parseInt(titleText);
    if (!CitationTables.isCodeTitle(title)) {
      return List.of();
    }
    String subs = sub == null ? "" : sub;
    String text =
        title
            + " U.S.C. "
            + (rangeEnd != null ? "§§ " + section + "–" + rangeEnd : "§ " + section + subs);
    String key = "usc/" + title + "/" + section.toLowerCase(Locale.ROOT) + subKey(subs);
    return List.of(
        new Found(
            CitationKind.US_CODE,
            text,
            key,
            Optional.of(CitationTables.usCodeUrl(title, section)),
            m.start(),
            m.end()));
  }

  /** "(f)(1)" as "/f/1". */
  private static String subKey(String subs) {
    return subs.isEmpty()
        ? ""
        : "/" + subs.substring(1, subs.length() - 1).replace(")(", "/").toLowerCase(Locale.ROOT);
  }

  private static List<Found> codeTitle(Matcher m, String s) {
    int title = Integer.parseInt(m.group(1));
    boolean ofCode = !m.group(2).isEmpty();
    // Bare "Title 10" is the Code's title only for the titles news cites that way; "Title 1
    // schools" and "Title 42 of the Public Health Service Act" are not.
    boolean common =
        title == 8 || title == 10 || title == 18 || title == 32 || title == 42 || title == 50;
    String after = s.substring(m.end());
    if (!CitationTables.isCodeTitle(title)
        || (!ofCode
            && (!common
                || Pattern.compile("^" + SP + "of" + SP + "the" + SP + "[A-Z]")
                    .matcher(after)
                    .find()
                || Pattern.compile("^\\s*,?\\s*[Ss]ection").matcher(after).find()))) {
      return List.of();
    }
    return List.of(
        new Found(
            CitationKind.US_CODE,
            "Title " + title + " of the U.S. Code",
            "usc/" + title,
            Optional.of(CitationTables.usCodeTitleUrl(title)),
            m.start(),
            m.end()));
  }

  private static List<Found> namedTitle(Matcher m, String s) {
    // "Title 6 of the Civil Rights Act" is Title VI; a bare Arabic number needs the act's name.
    String numeral = m.group(1).equals("6") ? "VI" : m.group(1).equals("7") ? "VII" : m.group(1);
    CitationTables.NamedTitle t = CitationTables.NAMED_TITLES.get(numeral);
    if (t.context().isPresent() && !t.context().get().matcher(s).find()) {
      return List.of();
    }
    return List.of(
        new Found(
            CitationKind.US_CODE,
            t.text() + " (" + t.codified().text() + ")",
            t.codified().key(),
            Optional.of(CitationTables.usCodeUrl(t.codified().title(), t.codified().section())),
            m.start(),
            m.end()));
  }

  private static List<Found> regulation(Matcher m, String s) {
    int title = Integer.parseInt(m.group(1));
    String part = m.group(2);
    String section = m.group(3);
    if (title < 1 || title > 50) {
      return List.of();
    }
    String id = section == null ? part : part + "." + section;
    String text = title + " C.F.R. " + (section == null ? "Part " + part : "§ " + id + m.group(4));
    String key =
        "cfr/" + title + "/" + part + (section == null ? "" : "/" + section) + subKey(m.group(4));
    String url = CitationTables.cfrUrl(title, section == null ? "part-" + part : id);
    return List.of(
        new Found(CitationKind.REGULATION, text, key, Optional.of(url), m.start(), m.end()));
  }

  private static List<Found> regulationTitle(Matcher m, String s) {
    int title = Integer.parseInt(m.group(1));
    if (title < 1 || title > 50) {
      return List.of();
    }
    return List.of(
        new Found(
            CitationKind.REGULATION,
            "Title " + title + " of the Code of Federal Regulations",
            "cfr/" + title,
            Optional.of("https://www.law.cornell.edu/cfr/text/" + title),
            m.start(),
            m.end()));
  }

  private static List<Found> publicLaw(Matcher m, String s) {
    int congress = Integer.parseInt(m.group(1));
    int number = Integer.parseInt(m.group(2));
    // The first Congress to number its laws this way was the 57th (1901).
    if (congress < 57 || congress > 130 || number < 1) {
      return List.of();
    }
    return List.of(
        new Found(
            CitationKind.PUBLIC_LAW,
            "Pub. L. " + congress + "-" + number,
            "pl/" + congress + "/" + number,
            CitationTables.publicLawUrl(congress, number),
            m.start(),
            m.end()));
  }

  private static List<Found> executiveOrder(Matcher m, String s) {
    int number = Integer.parseInt(m.group(1).replace(",", ""));
    if (number < 1000) {
      return List.of();
    }
    return List.of(
        new Found(
            CitationKind.EXECUTIVE_ORDER,
            "Executive Order " + number,
            "eo/" + number,
            CitationTables.executiveOrderUrl(number),
            m.start(),
            m.end()));
  }

  private static List<Found> actSection(Matcher m, String s) {
    String section = m.group(1);
    String sub = m.group(2);
    String act = m.group(3).replaceAll("\\s+", " ");
    String name = act.replaceFirst("^(\\d{4}) (.*)$", "$2 of $1");
    Optional<CitationTables.Codified> codified = CitationTables.codified(act, section);
    String text =
        "Section "
            + section
            + sub
            + " of the "
            + name
            + codified.map(c -> " (" + c.text() + sub + ")").orElse("");
    String key =
        codified
            .map(c -> c.key() + subKey(sub))
            .orElse("act/" + actKey(act) + "/" + section.toLowerCase(Locale.ROOT) + subKey(sub));
    Optional<String> url = codified.map(c -> CitationTables.usCodeUrl(c.title(), c.section()));
    return List.of(new Found(CitationKind.ACT_SECTION, text, key, url, m.start(), m.end()));
  }

  private static String actKey(String act) {
    return act.toLowerCase(Locale.ROOT)
        .replaceAll("^(?:the )?(?:\\d{4} )?|(?: of \\d{4})$", "")
        .replaceAll("[^a-z0-9&'’. -]", "")
        .replaceAll("\\s+", "-");
  }

  private static List<Found> bareSection(Matcher m, String s) {
    String number = m.group(1);
    String subs = m.group(2);
    // "212(f)" is in the table with its subsection; "12406(3)" under its section alone.
    String first = subs.isEmpty() ? "" : subs.substring(0, subs.indexOf(')') + 1);
    CitationTables.BareSection b = CitationTables.BARE_SECTIONS.get(number + first);
    String name = number + first;
    if (b == null) {
      b = CitationTables.BARE_SECTIONS.get(number);
      name = number;
    }
    if (b == null || !b.context().matcher(s).find()) {
      return List.of();
    }
    String rest = subs.substring(name.length() - number.length());
    String codified = b.codified().text() + subs;
    String key = b.codified().key() + subKey(subs);
    Optional<String> url =
        Optional.of(CitationTables.usCodeUrl(b.codified().title(), b.codified().section()));
    if (b.act().isEmpty()) {
      return List.of(new Found(CitationKind.US_CODE, codified, key, url, m.start(), m.end()));
    }
    return List.of(
        new Found(
            CitationKind.ACT_SECTION,
            "Section " + name + rest + " of the " + b.act() + " (" + codified + ")",
            key,
            url,
            m.start(),
            m.end()));
  }
}
