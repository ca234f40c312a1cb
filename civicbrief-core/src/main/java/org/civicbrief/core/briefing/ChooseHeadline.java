package org.civicbrief.core.briefing;

import java.util.List;
import java.util.Optional;
import org.civicbrief.core.article.Article;
import org.civicbrief.core.text.Sentence;
import org.civicbrief.core.text.Token;

/**
 * Chooses the headline: the title the text opens with, else the article's title, else the lead cut
 * to about a dozen words.
 */
final class ChooseHeadline {

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
    if (tokens.size() > 16) {
      int end = tokens.get(12).start() > shown.start() ? tokens.get(11).end() : shown.end();
      return new Headline(
          a.text.substring(shown.start(), end) + "…",
          Optional.of(new Evidence(lead.index(), shown.start(), end)));
    }
    return new Headline(a.text.substring(shown.start(), shown.end()), Optional.of(shown));
  }
}
