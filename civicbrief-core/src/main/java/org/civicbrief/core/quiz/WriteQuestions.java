package org.civicbrief.core.quiz;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.civicbrief.core.briefing.BriefItem;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.briefing.Quote;
import org.civicbrief.core.civic.Officeholders;
import org.civicbrief.core.civic.Statement;
import org.civicbrief.core.text.AnnotatedArticle;
import org.civicbrief.core.text.Hedges;
import org.civicbrief.core.text.Layout;
import org.civicbrief.core.text.Sentence;
import org.civicbrief.core.text.ShownSpan;
import org.civicbrief.core.text.WordList;

/** Writes candidate questions of every kind from the briefing's items and their sentences. */
final class WriteQuestions {

  /**
   * "UPDATE (June 12, 11:48 p.m. E.T.):", "EDITOR'S NOTE:": the outlet's note, not the story (a
   * dateline such as "WASHINGTON:" is no note; the statement drops it).
   */
  private static final java.util.regex.Pattern EDITORS_NOTE =
      java.util.regex.Pattern.compile(
          "^[\\p{Lu}'’ ]*(NOTE|UPDATE|UPDATED|CORRECTION|CLARIFICATION)[\\p{Lu}'’ ]*"
              + "(\\s*\\([^)]*\\))?\\s*:");

  private final QuestionContext ctx;
  private final AskWho who;
  private final AskWhen when;
  private final AskHowMany howMany;
  private final AskTrueOrFalse trueOrFalse;
  private final AskFillInBlank fillInBlank;
  private final Referents referents;

  /** "But …", "And …": a sentence that answers the one before it is no question on its own. */
  private static final Set<String> CONTINUES = WordList.of("continuing-openers");

  private final Layout layout;
  private final List<Statement> voices;

  WriteQuestions(
      Briefing b,
      AnnotatedArticle a,
      Layout layout,
      List<Statement> voices,
      Officeholders officeholders) {
    this(b, a, layout, voices, officeholders, org.civicbrief.core.briefing.NameGender.unknown());
  }

  WriteQuestions(
      Briefing b,
      AnnotatedArticle a,
      Layout layout,
      List<Statement> voices,
      Officeholders officeholders,
      org.civicbrief.core.briefing.NameGender genders) {
    this.layout = layout;
    this.voices = voices;
    this.ctx = new QuestionContext(b, a, layout, officeholders, genders);
    this.who = new AskWho(ctx);
    this.when = new AskWhen(ctx);
    this.howMany = new AskHowMany(ctx);
    this.trueOrFalse = new AskTrueOrFalse(ctx);
    this.fillInBlank = new AskFillInBlank(ctx);
    this.referents = new Referents(a, b.actors(), Things.of(b, a), genders);
  }

  /**
   * The article's other reported statements, after the briefing's own items: a lead of 250 words
   * has more facts worth a question than the summary and core facts show. Each is the whole body
   * sentence, hedged when it hedges; sentences in the article's own voice of opinion or advocacy
   * are never keys.
   */
  private List<BriefItem> otherStatements(List<BriefItem> items) {
    Set<Integer> taken = new HashSet<>();
    for (BriefItem i : items) {
      taken.add(i.evidence().sentence());
    }
    ctx.b.headline().evidence().ifPresent(e -> taken.add(e.sentence()));
    List<BriefItem> out = new ArrayList<>();
    for (Sentence s : ctx.a.sentences()) {
      ShownSpan shown = ShownSpan.of(ctx.text, s);
      String text = shown.display(ctx.text, s);
      int quoted = 0;
      for (int i = s.start(); i < s.end(); i++) {
        quoted += ctx.quotes.insideQuote(i) ? 1 : 0;
      }
      if (taken.contains(s.index())
          || s.index() == 0
          || !layout.isBody(s.index())
          || voices.get(s.index()).kind().isOpinionOrAdvocacy()
          || text.split("\\s+").length < 8
          || CONTINUES.contains(text.split("[\\s,]+", 2)[0])
          || text.endsWith("?")
          || opensOnVerb(s, shown.start())
          || quoted * 3 > s.end() - s.start()) {
        continue;
      }
      out.add(
          new BriefItem(
              text,
              new org.civicbrief.core.briefing.Evidence(s.index(), shown.start(), shown.end()),
              List.of(),
              Hedges.in(s, layout)));
    }
    return out;
  }

  /**
   * "Directs the commission to resume …": a list item whose subject is a heading the reader has not
   * seen, no statement of its own.
   */
  private static boolean opensOnVerb(Sentence s, int start) {
    for (org.civicbrief.core.text.Token t : s.tokens()) {
      if (t.start() >= start) {
        return t.pos().startsWith("VB");
      }
    }
    return false;
  }

  /**
   * A stem that speaks of "Friday" or "last week", or states in the present tense what may change
   * ("remain on hold", "has said"), says as of when (REVIEW.md S3); without an article date to say
   * it, a relative time is not asked.
   */
  private Optional<Candidate> anchored(Candidate c) {
    String stem = c.stem().replaceAll("“[^”]*”", "“…”");
    boolean spanish = SpanishQuiz.isSpanish(ctx.b);
    // A date key without its year ("on _____" for "June 12") is as hard to place as one in the
    // stem.
    boolean relative =
        QuestionContext.relativeTime(stem, spanish)
            || (!spanish && c.type() == AnswerType.DATE && !c.answer().matches(".*\\d{4}.*"));
    if (stem.contains("(as reported on ")
        || stem.startsWith("As reported on ")
        || (!relative && !presentTense(c))) {
      return Optional.of(c);
    }
    if (ctx.b.article().published().isEmpty()) {
      return relative ? Optional.empty() : Optional.of(c);
    }
    String date = Distractors.display(ctx.b.article().published().get().toString());
    String s = c.stem();
    for (String prefix : List.of("Fill in the blank", "True or false")) {
      if (s.startsWith(prefix + ": ")) {
        return Optional.of(
            c.withStem(
                prefix + " (as reported on " + date + "): " + s.substring(prefix.length() + 2)));
      }
    }
    return Optional.of(
        c.withStem(
            "As reported on " + date + ", " + Character.toLowerCase(s.charAt(0)) + s.substring(1)));
  }

  /**
   * True when the tested span's first finite verb outside quotations is in the present tense:
   * "remain on hold until a ruling", "has signed", "says".
   */
  private boolean presentTense(Candidate c) {
    if (c.kind() == QuestionKind.WHO_SAID || c.kind() == QuestionKind.WHO_IS) {
      return false;
    }
    Sentence s = ctx.a.sentence(c.evidence().sentence());
    for (org.civicbrief.core.text.Token t : s.tokens()) {
      if (t.start() < c.evidence().start()
          || t.end() > c.evidence().end()
          || ctx.quotes.insideQuote(t.start())) {
        continue;
      }
      String pos = t.pos();
      if (pos.equals("VBZ") || pos.equals("VBP")) {
        return true;
      }
      if (pos.equals("VBD") || pos.equals("MD")) {
        return false;
      }
    }
    return false;
  }

  List<Candidate> all() {
    List<Candidate> out = new ArrayList<>();
    // A Spanish article gets the kinds whose stems are templates around the article's own words
    // (ADR 21); "when", "how many" and "who did" rewrite an English clause into a question.
    boolean english = !SpanishQuiz.isSpanish(ctx.b);
    for (Quote q : ctx.b.quotes()) {
      who.whoSaid(q).ifPresent(out::add);
    }
    for (int i = 0; !english && i < ctx.b.actors().size(); i++) {
      who.whoHolds(ctx.b.actors().get(i)).ifPresent(out::add);
    }
    for (int i = 0; english && i < ctx.b.timeline().size(); i++) {
      when.when(ctx.b.timeline().get(i), i).ifPresent(out::add);
    }
    List<BriefItem> items = new ArrayList<>(ctx.b.summary());
    items.add(ctx.b.dek());
    items.addAll(ctx.b.coreFacts());
    items.addAll(otherStatements(items));
    Set<Integer> seen = new HashSet<>();
    for (BriefItem item : items) {
      if (!seen.add(item.evidence().sentence()) || EDITORS_NOTE.matcher(item.text()).find()) {
        continue;
      }
      Sentence s = ctx.a.sentence(item.evidence().sentence());
      if (english) {
        out.addAll(howMany.howMany(s, item));
        who.who(s, item).ifPresent(out::add);
      }
      out.addAll(trueOrFalse.trueFalse(s, item));
      out.addAll(fillInBlank.fillBlank(s, item));
      out.addAll(fillInBlank.tallyBlank(s, item));
    }
    List<Candidate> anchoredOut = new ArrayList<>();
    for (Candidate c : out) {
      Candidate named =
          c.kind() == QuestionKind.WHO_SAID
              ? c
              : c.withStem(referents.name(c.stem(), c.evidence().sentence()));
      anchored(named).ifPresent(anchoredOut::add);
    }
    return anchoredOut;
  }
}
