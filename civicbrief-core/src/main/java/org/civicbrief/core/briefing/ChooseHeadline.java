package org.civicbrief.core.briefing;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.civicbrief.core.article.Article;
import org.civicbrief.core.text.Sentence;
import org.civicbrief.core.text.Token;

/**
 * Chooses the headline: the title the text opens with, else the article's title, else the lead's
 * opening clause, else the lead cut to about a dozen words.
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
    if (article.title().isPresent()) {
      return new Headline(TitleAccents.restore(article.title().get(), a.text), Optional.empty());
    }
    Evidence shown = a.shown(lead);
    List<Token> tokens = lead.tokens();
    int clause = openingClauseEnd(lead, shown);
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
