package org.civicbrief.core.civic;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.civicbrief.core.briefing.Evidence;
import org.civicbrief.core.text.AnnotatedArticle;
import org.civicbrief.core.text.Layout;
import org.civicbrief.core.text.Pronouns;
import org.civicbrief.core.text.Sentence;
import org.civicbrief.core.text.Stance;
import org.civicbrief.core.text.Token;
import org.civicbrief.core.text.WordList;

/**
 * Classifies each sentence of an article as reporting, opinion or advocacy, with the reason.
 *
 * <p>Only the article's own voice counts: words inside quotation marks are the speaker's, and a
 * claim the sentence attributes ("critics say", "according to") is reporting. Outside them, an
 * imperative or a "should/must" aimed at the reader or asking someone to act is advocacy; a
 * prescriptive modal, first person, strong evaluative words, a legal verdict ("would violate") or a
 * question is opinion. Stateless and thread-safe.
 */
public final class ClassifyStatements {

  /** Verbs that, after a deontic modal or as an imperative, ask someone to act. */
  private static final Set<String> CALL_VERBS = WordList.of("call-verbs");

  /** Subjects that address the reader or the public. */
  private static final Set<String> AUDIENCE = WordList.of("audience");

  /** Words that pronounce a legal verdict; in the article's own voice they are its judgement. */
  private static final Set<String> LEGAL_VERDICTS = WordList.of("legal-verdicts");

  /**
   * Words before a verdict that make it a claim about this story: "would violate", "is illegal".
   */
  private static final Set<String> VERDICT_FRAMES = WordList.of("verdict-frames");

  /** Words that show a "must" states a legal requirement rather than the writer's demand. */
  private static final Set<String> LEGAL_FRAMES = WordList.of("legal-frames");

  /** Words a sentence may open with before an imperative ("So call your senator"). */
  private static final Set<String> IMPERATIVE_OPENERS = WordList.of("imperative-openers");

  /** One statement per sentence, in sentence order. */
  public List<Statement> classify(AnnotatedArticle annotated) {
    return classify(annotated, Layout.of(annotated));
  }

  /** One statement per sentence of {@code annotated}, whose {@code layout} was found already. */
  public List<Statement> classify(AnnotatedArticle annotated, Layout layout) {
    Objects.requireNonNull(annotated, "annotated");
    List<Statement> out = new ArrayList<>();
    for (Sentence s : annotated.sentences()) {
      out.add(statement(s, layout));
    }
    return List.copyOf(out);
  }

  private static Statement statement(Sentence s, Layout layout) {
    int i = s.index();
    if (layout.isHeading(i)) {
      return reporting(i, "a heading, not a claim", Optional.empty());
    }
    List<Token> outside = new ArrayList<>();
    for (Token t : s.tokens()) {
      if (!layout.insideQuote(t.start())) {
        outside.add(t);
      }
    }
    if (outside.stream().noneMatch(t -> Character.isLetterOrDigit(t.text().charAt(0)))) {
      return reporting(i, "a quotation: the speaker's words", Optional.empty());
    }
    // "We believe ..." is the writer speaking, not a source the article reports.
    Optional<Attribution> attribution =
        Attribution.find(s, layout).filter(a -> !firstPersonSpeaker(s, a));
    Optional<Evidence> speaker =
        attribution
            .filter(Attribution::hasSpeaker)
            .map(a -> span(s, s.token(a.speakerFirst()), s.token(a.speakerLast())));

    Token imperative = imperative(s, layout);
    if (imperative != null) {
      return new Statement(
          i,
          StatementKind.ADVOCACY,
          "imperative: “" + imperative.text() + "”",
          Optional.of(span(s, imperative, imperative)),
          speaker);
    }
    for (Token t : outside) {
      if (!isDeonticModal(t)) {
        continue;
      }
      if (Attribution.voicedBefore(s, layout, t.index())) {
        continue; // "Critics say Congress should act": the modal is the critics'.
      }
      if (askedWhether(s, t.index())) {
        continue; // "The hearing was to decide whether the order ought to stand": a question.
      }
      Token verb = governedVerb(s, t.index());
      boolean call = verb != null && CALL_VERBS.contains(Attribution.lemma(verb));
      if (call || addressesAudience(s, t.index(), layout)) {
        Token end = verb != null ? verb : t;
        return new Statement(
            i,
            StatementKind.ADVOCACY,
            "call to action: “"
                + s.text().substring(t.start() - s.start(), end.end() - s.start())
                + "”",
            Optional.of(span(s, t, end)),
            speaker);
      }
      if (Attribution.lower(t).equals("must") && legalFrame(outside)) {
        continue; // "Under the law, the president must report": a rule, not a demand.
      }
      return new Statement(
          i,
          StatementKind.OPINION,
          "prescriptive “" + t.text() + "” in the article's voice",
          Optional.of(span(s, t, t)),
          speaker);
    }
    if (attribution.isEmpty() && !Attribution.voicedBefore(s, layout, s.size())) {
      for (Token t : outside) {
        if (Pronouns.FIRST_PERSON.contains(Attribution.lower(t)) && !isTheCountry(t)) {
          Token next = t.index() + 1 < s.size() ? s.token(t.index() + 1) : null;
          if (next != null && CALL_VERBS.contains(Attribution.lemma(next))) {
            return new Statement(
                i,
                StatementKind.ADVOCACY,
                "call to action in the writer's voice: “" + t.text() + " " + next.text() + "”",
                Optional.of(span(s, t, next)),
                speaker);
          }
          return new Statement(
              i,
              StatementKind.OPINION,
              "first person in the writer's voice: “" + t.text() + "”",
              Optional.of(span(s, t, t)),
              speaker);
        }
      }
      Token verdict = verdict(s, outside);
      if (verdict != null) {
        return new Statement(
            i,
            StatementKind.OPINION,
            "legal judgement in the article's own voice: “" + verdict.text() + "”",
            Optional.of(span(s, verdict, verdict)),
            speaker);
      }
      for (Token t : outside) {
        String w = Attribution.lower(t);
        if (Stance.EVALUATIVE.contains(w) || Stance.EVALUATIVE.contains(Attribution.lemma(t))) {
          return new Statement(
              i,
              StatementKind.OPINION,
              "evaluative language: “" + t.text() + "”",
              Optional.of(span(s, t, t)),
              speaker);
        }
      }
      Token last = outside.getLast();
      if (last.text().equals("?") || last.text().equals("!")) {
        return new Statement(
            i,
            StatementKind.OPINION,
            last.text().equals("?") ? "a question in the writer's voice" : "an exclamation",
            Optional.of(span(s, last, last)),
            speaker);
      }
    }
    return new Statement(
        i,
        StatementKind.REPORTING,
        speaker.isPresent()
            ? "attributed to a source"
            : attribution.isPresent() ? "attributed" : "reported in the article's voice",
        Optional.empty(),
        speaker);
  }

  /**
   * "US" in capitals is the United States ("a US District Judge", "TikTok's US operations"), not
   * the writer's "us": read as first person, it made plain reporting the article's own opinion.
   */
  private static boolean isTheCountry(Token t) {
    return t.text().equals("US");
  }

  /**
   * Whether the modal at {@code modal} sits in a question the sentence reports ("whether the order
   * ought to be converted", "if the map should stand"), which states no one's prescription.
   */
  private static boolean askedWhether(Sentence s, int modal) {
    for (int j = modal - 1; j >= 0; j--) {
      String w = Attribution.lower(s.token(j));
      if (w.equals("whether")) {
        return true;
      }
      if (w.equals(";") || w.equals(":")) {
        return false;
      }
    }
    return false;
  }

  private static boolean firstPersonSpeaker(Sentence s, Attribution a) {
    if (!a.hasSpeaker()) {
      return false;
    }
    for (int j = a.speakerFirst(); j <= a.speakerLast(); j++) {
      if (!Pronouns.FIRST_PERSON.contains(Attribution.lower(s.token(j)))) {
        return false;
      }
    }
    return true;
  }

  private static Statement reporting(int sentence, String reason, Optional<Evidence> speaker) {
    return new Statement(sentence, StatementKind.REPORTING, reason, Optional.empty(), speaker);
  }

  private static boolean isDeonticModal(Token t) {
    String w = Attribution.lower(t);
    // "shall" in news is nearly always quoted law; only count it as the writer's when tagged.
    return Stance.DEONTIC_MODALS.contains(w) && !(w.equals("shall") && !t.pos().equals("MD"));
  }

  /** The sentence's opening verb when it is a base form with no subject before it. */
  private static Token imperative(Sentence s, Layout layout) {
    List<Token> tokens = s.tokens();
    int i = 0;
    while (i < tokens.size()
        && (layout.insideQuote(tokens.get(i).start())
            || !Character.isLetter(tokens.get(i).text().charAt(0))
            || IMPERATIVE_OPENERS.contains(Attribution.lower(tokens.get(i))))) {
      if (layout.insideQuote(tokens.get(i).start())) {
        return null; // a sentence opening with a quotation is the speaker's
      }
      i++;
    }
    if (i >= tokens.size()) {
      return null;
    }
    Token first = tokens.get(i);
    String w = Attribution.lower(first);
    if (w.equals("let") && i + 1 < tokens.size()) {
      String next = Attribution.lower(tokens.get(i + 1));
      return next.equals("'s") || next.equals("’s") || next.equals("us") ? first : null;
    }
    if ((w.equals("do") || w.equals("don't") || w.equals("don’t"))
        && i + 2 < tokens.size()
        && Attribution.lower(tokens.get(i + 1)).startsWith("n")
        && tokens.get(i + 2).pos().equals("VB")) {
      return first;
    }
    boolean baseVerb = first.pos().equals("VB") && !w.equals("be");
    boolean callVerb = first.pos().isEmpty() && CALL_VERBS.contains(w);
    // "Start Quiz" is a button; a real imperative has something after the verb.
    return (baseVerb || callVerb) && s.size() - i >= 3 ? first : null;
  }

  /** The verb a modal governs: the next verb, past "not", "to" and adverbs. */
  private static Token governedVerb(Sentence s, int modal) {
    for (int j = modal + 1; j < s.size() && j <= modal + 4; j++) {
      Token t = s.token(j);
      String w = Attribution.lower(t);
      if (w.equals("not") || w.equals("n't") || w.equals("to") || t.pos().startsWith("RB")) {
        continue;
      }
      return t.isVerb() || t.pos().isEmpty() || t.pos().equals("NN") ? t : null;
    }
    return null;
  }

  /** True when the modal's subject is the reader or the public ("Voters ... should"). */
  private static boolean addressesAudience(Sentence s, int modal, Layout layout) {
    for (int j = modal - 1; j >= 0; j--) {
      Token t = s.token(j);
      String w = Attribution.lower(t);
      if (w.equals(",") || w.equals(";") || layout.insideQuote(t.start())) {
        break;
      }
      if (AUDIENCE.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean legalFrame(List<Token> outside) {
    for (Token t : outside) {
      String w = Attribution.lower(t);
      if (LEGAL_FRAMES.contains(w) || t.text().equals("Act")) {
        return true;
      }
    }
    return false;
  }

  /** A legal verdict about the story's events: "would violate", "is illegal". */
  private static Token verdict(Sentence s, List<Token> outside) {
    for (Token t : outside) {
      if (!LEGAL_VERDICTS.contains(Attribution.lower(t))) {
        continue;
      }
      for (int j = t.index() - 1; j >= 0 && j >= t.index() - 3; j--) {
        if (VERDICT_FRAMES.contains(Attribution.lower(s.token(j)))) {
          return t;
        }
      }
    }
    return null;
  }

  private static Evidence span(Sentence s, Token first, Token last) {
    return new Evidence(s.index(), first.start(), last.end());
  }
}
