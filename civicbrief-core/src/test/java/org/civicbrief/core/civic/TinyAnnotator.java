package org.civicbrief.core.civic;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicbrief.core.article.Article;
import org.civicbrief.core.text.AnnotatedArticle;
import org.civicbrief.core.text.Sentence;
import org.civicbrief.core.text.Token;

/**
 * Annotates short test texts without CoreNLP: one sentence per line or per final period, tokens
 * from a small pattern, and part-of-speech tags and lemmas from a small lexicon, enough for the
 * civic stages, which read the text, modals, base-form verbs and proper nouns.
 */
public final class TinyAnnotator {

  private static final Pattern TOKEN =
      Pattern.compile(
          "\\p{L}[\\p{L}\\p{N}.'’-]*\\p{L}|\\p{L}\\.?|\\p{N}[\\p{N},.]*\\p{N}|\\p{N}|\\S");
  private static final Pattern SENTENCE_END =
      Pattern.compile("(?<!\\b[A-Z]\\.[A-Z]\\.)(?<=[.!?][”\"’)]?)\\s+(?=[“\"A-Z(])");

  private static final Set<String> MODALS =
      Set.of("should", "must", "would", "could", "will", "can", "may", "might", "shall", "ought");
  private static final Set<String> BASE_VERBS =
      Set.of(
          "urge",
          "call",
          "contact",
          "vote",
          "write",
          "sign",
          "join",
          "demand",
          "tell",
          "support",
          "oppose",
          "act",
          "read",
          "follow",
          "send",
          "withdraw",
          "violate",
          "obtain",
          "be",
          "ask",
          "go",
          "stop",
          "approve",
          "let",
          "enforce",
          "hold",
          "argue",
          "say",
          "warn",
          "note",
          "contend",
          "believe",
          "claim",
          "report",
          "insist",
          "rule",
          "find");
  private static final Map<String, String> IRREGULAR =
      Map.of("said", "say", "told", "tell", "says", "say", "held", "hold", "found", "find");
  private static final Map<String, String> CLOSED =
      Map.ofEntries(
          Map.entry("i", "PRP"),
          Map.entry("you", "PRP"),
          Map.entry("he", "PRP"),
          Map.entry("she", "PRP"),
          Map.entry("it", "PRP"),
          Map.entry("we", "PRP"),
          Map.entry("they", "PRP"),
          Map.entry("us", "PRP"),
          Map.entry("them", "PRP"),
          Map.entry("my", "PRP$"),
          Map.entry("your", "PRP$"),
          Map.entry("his", "PRP$"),
          Map.entry("her", "PRP$"),
          Map.entry("our", "PRP$"),
          Map.entry("their", "PRP$"),
          Map.entry("the", "DT"),
          Map.entry("a", "DT"),
          Map.entry("an", "DT"),
          Map.entry("this", "DT"),
          Map.entry("that", "IN"),
          Map.entry("any", "DT"),
          Map.entry("of", "IN"),
          Map.entry("in", "IN"),
          Map.entry("on", "IN"),
          Map.entry("at", "IN"),
          Map.entry("for", "IN"),
          Map.entry("with", "IN"),
          Map.entry("by", "IN"),
          Map.entry("from", "IN"),
          Map.entry("about", "IN"),
          Map.entry("under", "IN"),
          Map.entry("without", "IN"),
          Map.entry("after", "IN"),
          Map.entry("and", "CC"),
          Map.entry("or", "CC"),
          Map.entry("but", "CC"),
          Map.entry("to", "TO"),
          Map.entry("not", "RB"),
          Map.entry("also", "RB"),
          Map.entry("is", "VBZ"),
          Map.entry("are", "VBP"),
          Map.entry("was", "VBD"),
          Map.entry("has", "VBZ"),
          Map.entry("have", "VBP"),
          Map.entry("critics", "NNS"),
          Map.entry("officials", "NNS"),
          Map.entry("voters", "NNS"),
          Map.entry("residents", "NNS"));

  private TinyAnnotator() {}

  public static AnnotatedArticle annotate(String text) {
    List<Sentence> sentences = new ArrayList<>();
    int lineStart = 0;
    int paragraph = 0;
    while (lineStart <= text.length()) {
      int nl = text.indexOf('\n', lineStart);
      int lineEnd = nl < 0 ? text.length() : nl;
      String line = text.substring(lineStart, lineEnd);
      if (!line.isBlank()) {
        int from = 0;
        Matcher m = SENTENCE_END.matcher(line);
        while (true) {
          boolean found = m.find();
          int to = found ? m.start() : line.length();
          addSentence(sentences, text, lineStart + from, lineStart + to, paragraph);
          if (!found) {
            break;
          }
          from = m.end();
        }
        paragraph++;
      }
      if (nl < 0) {
        break;
      }
      lineStart = nl + 1;
    }
    return new AnnotatedArticle(Article.ofText(text, "test"), sentences, List.of());
  }

  private static void addSentence(
      List<Sentence> out, String text, int start, int end, int paragraph) {
    List<Token> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text).region(start, end);
    while (m.find()) {
      String word = m.group();
      int tokenEnd = m.end();
      // Keep a sentence's final period apart from its last word, as a real tokenizer does.
      if (word.length() > 1 && word.endsWith(".") && tokenEnd == lastNonSpace(text, start, end)) {
        tokens.add(token(tokens.size(), word.substring(0, word.length() - 1), m.start(), tokens));
        tokens.add(token(tokens.size(), ".", tokenEnd - 1, tokens));
        continue;
      }
      tokens.add(token(tokens.size(), word, m.start(), tokens));
    }
    if (tokens.isEmpty()) {
      return;
    }
    int s = tokens.getFirst().start();
    int e = tokens.getLast().end();
    out.add(new Sentence(out.size(), s, e, paragraph, text.substring(s, e), tokens, List.of()));
  }

  private static int lastNonSpace(String text, int start, int end) {
    int e = end;
    while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return e;
  }

  private static Token token(int index, String word, int start, List<Token> before) {
    String lower = word.toLowerCase(Locale.ROOT);
    String pos;
    String lemma = IRREGULAR.getOrDefault(lower, lower);
    if (!Character.isLetterOrDigit(word.charAt(0))) {
      pos = word;
    } else if (MODALS.contains(lower)) {
      pos = "MD";
    } else if (CLOSED.containsKey(lower)) {
      pos = CLOSED.get(lower);
    } else if (BASE_VERBS.contains(lower)) {
      String prev = before.isEmpty() ? "" : before.getLast().pos();
      pos =
          prev.equals("DT") || prev.equals("PRP$") || prev.equals("IN")
              ? "NN"
              : prev.startsWith("NN") || prev.equals("PRP") ? "VBP" : "VB";
    } else if (IRREGULAR.containsKey(lower)) {
      pos = "VBD";
    } else if (lower.endsWith("ed")
        && BASE_VERBS.contains(lower.substring(0, lower.length() - 2))) {
      pos = "VBD";
      lemma = lower.substring(0, lower.length() - 2);
    } else if (lower.endsWith("ed")
        && BASE_VERBS.contains(lower.substring(0, lower.length() - 1))) {
      pos = "VBD";
      lemma = lower.substring(0, lower.length() - 1);
    } else if (lower.endsWith("s") && BASE_VERBS.contains(lower.substring(0, lower.length() - 1))) {
      pos = "VBZ";
      lemma = lower.substring(0, lower.length() - 1);
    } else if (Character.isDigit(word.charAt(0))) {
      pos = "CD";
    } else if (Character.isUpperCase(word.charAt(0))) {
      pos = "NNP";
    } else {
      pos = lower.endsWith("s") ? "NNS" : "NN";
    }
    return new Token(index, word, start, start + word.length(), pos, lemma, "O", "");
  }
}
