package org.civicbrief.core.civic;

import static org.civicbrief.core.civic.CitationForms.ORD;
import static org.civicbrief.core.civic.CitationForms.SP;
import static org.civicbrief.core.civic.CitationForms.US_CONSTITUTION;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicbrief.core.civic.CitationForms.Found;

/**
 * The readers of the Constitution's rows of the citation grammar: amendments ("Section 3 of the
 * 14th Amendment", "the Fourteenth or Fifteenth Amendments") and articles ("Article II, Section
 * 1"), with the guards that keep a bill's amendment and a treaty's article out. Stateless.
 */
final class ConstitutionCitations {

  private ConstitutionCitations() {}

  static List<Found> amendments(Matcher m, String s) {
    String section = m.group(1) != null ? sectionNumber(m.group(1)) : m.group(4);
    String word = m.group(3);
    String clause = m.group(5);
    boolean capital = Character.isUpperCase(word.charAt(0));
    String after = s.substring(m.end());
    // "the first amendment to the bill"; "the 14th Amendment to the Texas Constitution"
    if (!capital
        && !Pattern.compile("^" + SP + "to" + SP + US_CONSTITUTION).matcher(after).find()) {
      return List.of();
    }
    if (BILL_AMENDMENT.matcher(after).find()
        || STATE_OR_FOREIGN.matcher(s.substring(Math.max(0, m.start() - 40), m.start())).find()) {
      return List.of();
    }
    // "Trump and First Amendment": only the run of ordinals that ends at "Amendment" counts.
    List<Integer> numbers = new ArrayList<>();
    int start = m.start();
    Matcher o = Pattern.compile(ORD).matcher(m.group(2));
    while (o.find()) {
      Optional<Integer> n = CitationTables.amendment(o.group());
      if (n.isEmpty()) {
        numbers.clear();
        start = -1;
      } else {
        if (numbers.isEmpty() && start < 0) {
          start = m.start(2) + o.start();
        }
        numbers.add(n.get());
      }
    }
    if (numbers.isEmpty()) {
      return List.of();
    }
    if (start != m.start() && section != null) {
      section = null;
    }
    List<Found> out = new ArrayList<>();
    for (int number : numbers) {
      Optional<Integer> n = Optional.of(number);
      boolean single = numbers.size() == 1;
      String text =
          "U.S. Constitution, "
              + CitationTables.ordinalWord(n.get())
              + " Amendment"
              + (single && section != null ? ", Section " + section : "")
              + (single && clause != null ? " (" + clause.replaceAll("\\s+", " ") + ")" : "");
      String key =
          "const/amendment/" + n.get() + (single && section != null ? "/section/" + section : "");
      out.add(
          new Found(
              CitationKind.CONSTITUTION,
              text,
              key,
              Optional.of(CitationTables.constitutionUrl("amendment", n.get())),
              start,
              m.end()));
    }
    return out;
  }

  /** "three" as "3": news spells out small section numbers ("section three of the ..."). */
  private static String sectionNumber(String written) {
    int word = List.of("one", "two", "three", "four", "five").indexOf(written);
    return word >= 0 ? String.valueOf(word + 1) : written;
  }

  /** "the First Amendment to the bill": an amendment to something other than the Constitution. */
  private static final Pattern BILL_AMENDMENT =
      Pattern.compile(
          "^"
              + SP
              + "to"
              + SP
              + "(?:the|a|an|this|that|his|her|its|their)"
              + SP
              + "(?!(?:U\\.S\\."
              + SP
              + "|United"
              + SP
              + "States"
              + SP
              + "|federal"
              + SP
              + ")?Constitution)");

  /** A state's or another country's constitution named just before: "Texas Constitution's". */
  private static final Pattern STATE_OR_FOREIGN =
      Pattern.compile(
          "(?<!U\\.S\\.|United States)\\s[A-Z][a-z]+['’]?s?\\s+[Cc]onstitution['’]s\\s*$");

  /** Words that make "Article II" a treaty's or a charter's article, not the Constitution's. */
  private static final Pattern NOT_CONSTITUTION =
      Pattern.compile(
          "\\b(?:[Tt]reaty|[Cc]harter|[Cc]onvention|[Aa]ccords?|[Aa]greement|NATO|U\\.N\\.|UN|"
              + "[Pp]rotocol|[Pp]act|[Ss]tatute of|Geneva|Mexic\\w*|Ukrain\\w*|European)\\b");

  private static final Pattern CONSTITUTION_CONTEXT =
      Pattern.compile(
          "\\b(?:[Cc]onstitution\\w*|[Pp]resident\\w*|Congress\\w*|[Jj]udges?|[Cc]ourts?|"
              + "[Pp]owers?|[Aa]uthority|[Jj]ustices?)\\b");

  static List<Found> article(Matcher m, String s) {
    String sectionBefore = m.group(1);
    String numeral = m.group(2);
    String section = sectionBefore != null ? sectionBefore : m.group(3);
    String clause = m.group(4);
    boolean ofConstitution = !m.group(5).isEmpty();
    Optional<Integer> n = CitationTables.article(numeral);
    boolean roman = !Character.isDigit(numeral.charAt(0));
    if (n.isEmpty() || (!roman && !ofConstitution)) {
      return List.of();
    }
    String before = s.substring(Math.max(0, m.start() - 30), m.start());
    boolean constitutionBefore = Pattern.compile("Constitution['’]s\\s*$").matcher(before).find();
    if (!ofConstitution && !constitutionBefore) {
      if (NOT_CONSTITUTION.matcher(s).find()
          || (section == null && !CONSTITUTION_CONTEXT.matcher(s).find())) {
        return List.of();
      }
    }
    String text =
        "U.S. Constitution, Article "
            + CitationTables.roman(n.get())
            + (section != null ? ", Section " + section : "")
            + (section != null && clause != null ? ", Clause " + clause : "");
    String key =
        "const/article/"
            + n.get()
            + (section != null ? "/section/" + section : "")
            + (section != null && clause != null ? "/clause/" + clause : "");
    return List.of(
        new Found(
            CitationKind.CONSTITUTION,
            text,
            key,
            Optional.of(CitationTables.constitutionUrl("article", n.get())),
            m.start(),
            m.end()));
  }
}
