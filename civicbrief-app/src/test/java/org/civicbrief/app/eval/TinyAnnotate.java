package org.civicbrief.app.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicbrief.core.article.Article;
import org.civicbrief.core.text.Annotate;
import org.civicbrief.core.text.AnnotatedArticle;
import org.civicbrief.core.text.EntityMention;
import org.civicbrief.core.text.EntityType;
import org.civicbrief.core.text.Sentence;
import org.civicbrief.core.text.Token;

/**
 * A stand-in annotator for tests that need no models: a sentence per line, tokens at spaces, and
 * the names it is given as entity mentions.
 */
final class TinyAnnotate implements Annotate {

  private static final Pattern TOKEN = Pattern.compile("\\S+");
  private final Map<String, EntityType> names;

  TinyAnnotate(Map<String, EntityType> names) {
    this.names = Map.copyOf(names);
  }

  @Override
  public AnnotatedArticle annotate(Article article) {
    String text = article.text();
    List<Sentence> sentences = new ArrayList<>();
    List<EntityMention> mentions = new ArrayList<>();
    int lineStart = 0;
    for (String line : text.split("\n", -1)) {
      List<Token> tokens = new ArrayList<>();
      Matcher m = TOKEN.matcher(line);
      while (m.find()) {
        String t = m.group();
        tokens.add(
            new Token(
                tokens.size(),
                t,
                lineStart + m.start(),
                lineStart + m.end(),
                "NN",
                t.toLowerCase(Locale.ROOT),
                "O",
                ""));
      }
      if (!tokens.isEmpty()) {
        int index = sentences.size();
        for (var name : names.entrySet()) {
          int at = line.indexOf(name.getKey());
          if (at >= 0) {
            int b = lineStart + at;
            int e = b + name.getKey().length();
            int first = -1;
            int last = -1;
            for (Token t : tokens) {
              if (t.start() < e && t.end() > b) {
                first = first < 0 ? t.index() : first;
                last = t.index();
              }
            }
            mentions.add(
                new EntityMention(index, first, last, b, e, name.getKey(), name.getValue(), ""));
          }
        }
        int s = tokens.getFirst().start();
        int e = tokens.getLast().end();
        sentences.add(new Sentence(index, s, e, index, text.substring(s, e), tokens, List.of()));
      }
      lineStart += line.length() + 1;
    }
    mentions.sort(
        Comparator.comparingInt(EntityMention::sentence).thenComparingInt(EntityMention::start));
    return new AnnotatedArticle(article, sentences, mentions);
  }
}
