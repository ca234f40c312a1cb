package org.civicbrief.core.briefing;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.civicbrief.core.article.Article;
import org.civicbrief.core.text.Sentence;
import org.civicbrief.core.text.Token;

/**
 * Chooses the headline: the title the text opens with, else the article's title unless it is a
 * slug, else the lead's opening clause, else the lead cut to about a dozen words.
 */
final class ChooseHeadline {

  /** The longest clause, in tokens, that still reads as a headline. */
  private static final int MAX_TOKENS = 25;

  /** The shortest opening clause that says something ("On Wednesday," does not). */
  private static final int MIN_TOKENS = 6;

  private static final Set<String> CLAUSE_BREAKS = Set.of(",", ";", ":", "—", "–", "--");

  Headline choose(Analysis a, Sentence lead) {
    Article article = a.annotated.article();
    if (article.titleInText() && !a.sentences.isEmpty()) {
      int end = a.text.indexOf('\n');
      end = end < 0 ? a.text.length() : end;
      String title = a.text.substring(0, end).strip();
      int start = a.text.indexOf(title);
      return new Headline(title, Optional.of(new Evidence(0, start, start + title.length())));
    }
    Evidence shown = a.shown(lead);
    int clause = openingClauseEnd(lead, shown);
    if (article.title().isPresent()) {
      String title = article.title().get();
      if (isSlug(title, a) && clause < 0) {
        // A slug gives way to a whole clause of the lead, never to the lead cut short.
        clause = ChooseDek.mainClauseEnd(a, lead, shown);
      }
      if (!isSlug(title, a) || clause < 0) {
        return new Headline(TitleAccents.restore(title, a.text), Optional.empty());
      }
    }
    List<Token> tokens = lead.tokens();
    if (clause > shown.start()) {
      return new Headline(
          a.text.substring(shown.start(), clause),
          Optional.of(new Evidence(lead.index(), shown.start(), clause)));
    }
    if (tokens.size() > 16) {
      int end = tokens.get(12).start() > shown.start() ? tokens.get(11).end() : shown.end();
      return new Headline(
          a.text.substring(shown.start(), end) + "…",
          Optional.of(new Evidence(lead.index(), shown.start(), end)));
    }
    return new Headline(a.text.substring(shown.start(), shown.end()), Optional.of(shown));
  }

  /**
   * The end of the lead's opening clause when it reads as a whole headline: "X and Y met for three
   * hours on Friday" of "X and Y met for three hours on Friday, August 15, at …" (R19: a headline
   * cut after a dozen words, "… were leaving the state to deny…"). The clause runs to a comma,
   * semicolon, colon or dash, has a finite verb and at most {@code MAX_TOKENS} tokens, and opens no
   * relative clause (", who was deported …" is about a name, not the news); else -1.
   */
  private static int openingClauseEnd(Sentence lead, Evidence shown) {
    boolean verb = false;
    int from = -1;
    for (int i = 0; i < lead.size(); i++) {
      Token t = lead.token(i);
      if (t.start() < shown.start()) {
        continue;
      }
      if (from < 0) {
        if (!Character.isLetterOrDigit(w0(t))) {
          return -1; // a lead that opens with a quotation: its clause is someone's words
        }
        from = i;
      }
      if (i - from > MAX_TOKENS) {
        return -1;
      }
      String w = t.text();
      boolean last = i == lead.size() - 1 || (i == lead.size() - 2 && isStop(lead.token(i + 1)));
      if (CLAUSE_BREAKS.contains(w) || (last && isStop(t))) {
        if (i + 1 < lead.size() && relative(lead.token(i + 1))) {
          return -1;
        }
        if (verb && i - from >= MIN_TOKENS && i > from) {
          return lead.token(i - 1).end();
        }
      }
      String pos = t.pos();
      verb |= pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD");
    }
    return -1;
  }

  private static final Set<String> STOP = org.civicbrief.core.text.WordList.of("stopwords");

  // Prepositions a headline joins its words with that the stop list does not hold.
  private static final Set<String> TITLE_LINKS =
      Set.of(
          "without", "against", "amid", "over", "across", "despite", "toward", "towards", "under",
          "upon", "via", "within", "onto", "during", "through", "after", "before", "near", "vs.");

  /**
   * True when a record's title is a slug, not a headline: at least four words, each capitalized or
   * a number, no function word, and none a verb of the article ("Supreme Court Trump Immunity Trial
   * April", R20). A reader needs a sentence; the record keeps its title ({@code article.title()}).
   */
  static boolean isSlug(String title, Analysis a) {
    String[] words = title.strip().split("[\\s,:;]+");
    if (words.length < 4) {
      return false;
    }
    // A headline's verb is finite: "Blocks", "Signed"; a bare form ("Vote") is as often a noun.
    Set<String> finite = new java.util.HashSet<>();
    Set<String> lemmas = new java.util.HashSet<>();
    for (Sentence s : a.sentences) {
      for (Token t : s.tokens()) {
        if (t.pos().equals("VBD") || t.pos().equals("VBZ")) {
          finite.add(t.text().toLowerCase(java.util.Locale.ROOT));
        }
        if (t.pos().startsWith("VB")) {
          lemmas.add(t.lemma().toLowerCase(java.util.Locale.ROOT));
        }
      }
    }
    for (String w : words) {
      String lower = w.toLowerCase(java.util.Locale.ROOT);
      if (w.isEmpty()
          || !(Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0)))
          || STOP.contains(lower)
          || TITLE_LINKS.contains(lower)
          || finite.contains(lower)
          || lower.endsWith("s") && lemmas.contains(lower.substring(0, lower.length() - 1))
          || lower.endsWith("es") && lemmas.contains(lower.substring(0, lower.length() - 2))
          || lower.endsWith("ed")) {
        return false;
      }
    }
    return true;
  }

  private static char w0(Token t) {
    return t.text().charAt(0);
  }

  private static boolean isStop(Token t) {
    return t.text().equals(".") || t.text().equals("!") || t.text().equals("?");
  }

  private static boolean relative(Token t) {
    String w = t.text().toLowerCase(java.util.Locale.ROOT);
    return w.equals("who") || w.equals("which") || w.equals("whose") || w.equals("whom");
  }
}
