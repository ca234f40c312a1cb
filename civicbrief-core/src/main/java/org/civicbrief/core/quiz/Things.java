package org.civicbrief.core.quiz;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.civic.Category;
import org.civicbrief.core.civic.CitationKind;
import org.civicbrief.core.civic.ConceptMatch;
import org.civicbrief.core.civic.LegalCitation;
import org.civicbrief.core.text.AnnotatedArticle;

/**
 * The one law, case and executive order a story is about, named as the article names them, so that
 * a stem's "the law", "the case" or "the order" can carry its referent (REVIEW.md Q2: "The bill …"
 * leans on a sentence the reader has not seen). Each is named only when the article leaves no
 * doubt:
 *
 * <ul>
 *   <li>the law: the one law of the knowledge base whose name the article writes out, in its
 *       headline or lead ("the bill" of a story led by the Laken Riley Act), in an article that
 *       speaks of no bill amending or repealing a law;
 *   <li>the case: the one case name ("X v. Y") the article cites;
 *   <li>the order: the one person whose executive order the article names ("Trump's executive
 *       order", "an executive order signed by Trump"), in an article where every order is an
 *       executive order (no judge's or restraining order a reader could take it for).
 * </ul>
 *
 * Anything less certain is left as it is, and the dangling-reference gate drops the stem.
 */
record Things(Optional<String> law, Optional<String> lawCase, Optional<String> orderOf) {

  static final Things NONE = new Things(Optional.empty(), Optional.empty(), Optional.empty());

  private static final int LEAD = 2;

  /** "The case, U.S. v. Skrmetti, …": an appositive beside the noun names it already. */
  private static final String NAMED_BESIDE = "(?!,\\s+(?:the\\s+)?[\\p{Lu}“\"])";

  private static final Pattern THE_LAW =
      Pattern.compile(
          "\\b([Tt]he) (?:bill|law|legislation|measure|act)\\b(?!\\s+(?:of|for|to)\\b)"
              + NAMED_BESIDE);

  private static final Pattern THE_CASE =
      Pattern.compile("\\b([Tt]he) case\\b(?!\\s+(?:of|for)\\b)" + NAMED_BESIDE);

  private static final Pattern THE_ORDER =
      Pattern.compile("\\b([Tt]he) (?:executive )?order\\b(?!\\s+(?:of|for|to)\\b)" + NAMED_BESIDE);

  /** "Trump's executive order", "Trump's day-one executive order". */
  private static final Pattern POSSESSOR =
      Pattern.compile("\\b(\\p{Lu}\\p{L}+)['’]s (?:[\\p{L}-]+ ){0,2}executive orders?\\b");

  /** "an executive order signed by President Donald Trump". */
  private static final Pattern SIGNED_BY =
      Pattern.compile(
          "\\bexecutive orders? (?:signed|issued) by (?:(?:President|Gov\\.|Governor) )?"
              + "(?:\\p{Lu}\\p{L}+ )?(\\p{Lu}\\p{L}+)\\b");

  /** An order a reader could take "the order" for that is not an executive order. */
  private static final Pattern OTHER_ORDER =
      Pattern.compile(
          "(?i)\\b(?:restraining|court|gag|judge['’]s|judicial|emergency|protective|stay|his|her"
              + "|their|its|temporary|standing|consent|removal|deportation|release|detention"
              + "|injunctive|first|second|new|earlier|later|lower|contempt|final)\\s+orders?\\b"
              + "|\\borders? (?:from|by|of) (?:a|the) (?:judge|court|justice)");

  /** A bill that changes a law is not that law: "a bill to repeal the Alien Enemies Act". */
  private static final Pattern AMENDING =
      Pattern.compile(
          "(?i)\\b(?:amend|amends|amending|repeal|repeals|repealing|overhaul|reform)\\b");

  static Things of(Briefing b, AnnotatedArticle a) {
    String text = a.article().text();
    String lower = text.toLowerCase(Locale.ROOT);
    Set<String> laws = new LinkedHashSet<>();
    List<ConceptMatch> touched = AMENDING.matcher(text).find() ? List.of() : b.concepts();
    for (ConceptMatch m : touched) {
      if (m.card().category() == Category.LAW
          && !m.sentences().isEmpty()
          && m.sentences().getFirst() <= LEAD
          && lower.contains(m.card().name().toLowerCase(Locale.ROOT))) {
        laws.add(m.card().name());
      }
    }
    Set<String> cases = new LinkedHashSet<>();
    for (LegalCitation c : b.legalCitations()) {
      if (c.kind() == CitationKind.CASE) {
        cases.add(c.text());
      }
    }
    b.whyItMatters().stream()
        .flatMap(i -> i.cited().stream())
        .filter(c -> c.kind() == CitationKind.CASE)
        .forEach(c -> cases.add(c.text()));
    Set<String> possessors = new LinkedHashSet<>();
    Matcher p = POSSESSOR.matcher(text);
    while (p.find()) {
      possessors.add(p.group(1));
    }
    Matcher s = SIGNED_BY.matcher(text);
    while (s.find()) {
      possessors.add(s.group(1));
    }
    boolean onlyExecutive = !OTHER_ORDER.matcher(text).find();
    return new Things(
        laws.size() == 1 ? Optional.of(laws.iterator().next()) : Optional.empty(),
        cases.size() == 1 ? Optional.of(cases.iterator().next()) : Optional.empty(),
        possessors.size() == 1 && onlyExecutive
            ? Optional.of(possessors.iterator().next())
            : Optional.empty());
  }

  /** {@code stem} with "the law", "the case" and "the order" named where this knows them. */
  String name(String stem) {
    String out = stem;
    if (law.isPresent()) {
      out =
          THE_LAW
              .matcher(out)
              .replaceAll(m -> Matcher.quoteReplacement(m.group(1) + " " + law.get()));
    }
    if (lawCase.isPresent()) {
      out =
          THE_CASE
              .matcher(out)
              .replaceAll(
                  m -> Matcher.quoteReplacement(m.group(1) + " " + lawCase.get() + " case"));
    }
    if (orderOf.isPresent()) {
      out =
          THE_ORDER
              .matcher(out)
              .replaceAll(m -> Matcher.quoteReplacement(orderOf.get() + "’s executive order"));
    }
    return out;
  }
}
