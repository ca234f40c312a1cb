package org.civicbrief.core.civic;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.civicbrief.core.briefing.Evidence;
import org.civicbrief.core.text.AnnotatedArticle;
import org.civicbrief.core.text.Sentence;

/**
 * Finds the legal citations an article contains: sections and titles of the U.S. Code, sections of
 * named acts, public laws, the Code of Federal Regulations, articles and amendments of the
 * Constitution, court cases and executive orders, each with the official address of its text when
 * one is known and the sentence it stands in. No JVM library parses these forms (the maintained
 * extractors are Python and JavaScript), so the grammar is a small table of written forms, {@link
 * CitationForms}. Stateless and thread-safe.
 */
public final class FindCitations {

  /**
   * The citations in the article, each once (the first time it is cited), in text order. A
   * provision written two ways ("Section 212(f) of the Immigration and Nationality Act", "8 U.S.C.
   * § 1182(f)") is one citation, and a provision also cited by one of its parts ("Title 10", "10
   * U.S.C. § 12406") is left to the part.
   */
  public List<LegalCitation> find(AnnotatedArticle annotated) {
    Objects.requireNonNull(annotated, "annotated");
    String text = annotated.text();
    List<LegalCitation> out = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    for (Sentence s : annotated.sentences()) {
      String sentence = text.substring(s.start(), s.end());
      List<CitationForms.Found> found = new ArrayList<>(CitationForms.find(sentence));
      found.addAll(OrdersBySubject.find(sentence, annotated.article().published()));
      for (CitationForms.Found f : found) {
        if (keys.add(f.key())) {
          out.add(
              new LegalCitation(
                  f.kind(),
                  f.text(),
                  f.key(),
                  f.url(),
                  new Evidence(s.index(), s.start() + f.start(), s.start() + f.end()),
                  Optional.empty()));
        }
      }
    }
    // "the 14th Amendment" and "Section 3 of the 14th Amendment" in one article: the section says
    // more, and a second line for the whole amendment would repeat it.
    return out.stream()
        .filter(c -> out.stream().noneMatch(o -> o != c && o.isWithin(c.key())))
        .toList();
  }

  /**
   * The keys of the provisions a card's primary source names ("10 U.S.C. §§ 251–255 (Insurrection
   * Act)" names {@code usc/10/251}), to tell which card a citation is about.
   */
  static List<String> keysOf(ConceptCard card) {
    return CitationForms.find(card.source().title()).stream()
        .map(CitationForms.Found::key)
        .distinct()
        .toList();
  }
}
