package org.civicbrief.core.quiz;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.civicbrief.core.briefing.Actor;
import org.civicbrief.core.briefing.BriefItem;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.briefing.Quote;
import org.civicbrief.core.civic.Officeholders;
import org.civicbrief.core.text.AnnotatedArticle;
import org.civicbrief.core.text.Layout;
import org.civicbrief.core.text.Sentence;

/** Writes candidate questions of every kind from the briefing's items and their sentences. */
final class WriteQuestions {

  /** "UPDATE (June 12, 11:48 p.m. E.T.):", "EDITOR'S NOTE:": the outlet's note, not the story. */
  private static final java.util.regex.Pattern EDITORS_NOTE =
      java.util.regex.Pattern.compile("^[\\p{Lu}'’ ]{4,}(\\s*\\([^)]*\\))?\\s*:");

  private final QuestionContext ctx;
  private final AskWho who;
  private final AskWhen when;
  private final AskHowMany howMany;
  private final AskTrueOrFalse trueOrFalse;
  private final AskFillInBlank fillInBlank;
  private final Referents referents;

  WriteQuestions(Briefing b, AnnotatedArticle a, Layout layout, Officeholders officeholders) {
    this.ctx = new QuestionContext(b, a, layout, officeholders);
    this.who = new AskWho(ctx);
    this.when = new AskWhen(ctx);
    this.howMany = new AskHowMany(ctx);
    this.trueOrFalse = new AskTrueOrFalse(ctx);
    this.fillInBlank = new AskFillInBlank(ctx);
    this.referents = new Referents(a, b.actors());
  }

  /**
   * The article's other reported statements, after the briefing's own items: a lead of 250 words
   * has more facts worth a question than the summary and core facts show. Each is the whole
   * sentence; it counts as hedged (no true/false from it), since only the briefing's items carry
   * the hedge check.
   */
  private List<BriefItem> otherStatements(List<BriefItem> items) {
    Set<Integer> taken = new HashSet<>();
    for (BriefItem i : items) {
      taken.add(i.evidence().sentence());
    }
    ctx.b.headline().evidence().ifPresent(e -> taken.add(e.sentence()));
    List<BriefItem> out = new ArrayList<>();
    for (Sentence s : ctx.a.sentences()) {
      String text = s.text().strip();
      int quoted = 0;
      for (int i = s.start(); i < s.end(); i++) {
        quoted += ctx.quotes.insideQuote(i) ? 1 : 0;
      }
      if (taken.contains(s.index())
          || s.index() == 0
          || text.split("\\s+").length < 8
          || text.endsWith("?")
          || quoted * 3 > s.end() - s.start()) {
        continue;
      }
      out.add(
          new BriefItem(
              text,
              new org.civicbrief.core.briefing.Evidence(
                  s.index(), s.start(), s.start() + text.length()),
              List.of(),
              true));
    }
    return out;
  }

  /**
   * A stem that speaks of "Friday" or "last week" says as of when (REVIEW.md S3); without an
   * article date to say it, the candidate is not asked.
   */
  private Optional<Candidate> anchored(Candidate c) {
    String stem = c.stem().replaceAll("“[^”]*”", "“…”");
    if (stem.contains("(as reported on ") || !QuestionContext.RELATIVE_TIME.matcher(stem).find()) {
      return Optional.of(c);
    }
    if (ctx.b.article().published().isEmpty()) {
      return Optional.empty();
    }
    String date = Distractors.display(ctx.b.article().published().get().toString());
    String s = c.stem();
    if (s.startsWith("Fill in the blank: ")) {
      return Optional.of(
          c.withStem(
              "Fill in the blank (as reported on "
                  + date
                  + "): "
                  + s.substring("Fill in the blank: ".length())));
    }
    return Optional.of(
        c.withStem(
            "As reported on " + date + ", " + Character.toLowerCase(s.charAt(0)) + s.substring(1)));
  }

  List<Candidate> all() {
    List<Candidate> out = new ArrayList<>();
    for (Quote q : ctx.b.quotes()) {
      who.whoSaid(q).ifPresent(out::add);
    }
    for (Actor actor : ctx.b.actors()) {
      who.whoIs(actor).ifPresent(out::add);
    }
    for (int i = 0; i < ctx.b.timeline().size(); i++) {
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
      out.addAll(howMany.howMany(s, item));
      who.who(s, item).ifPresent(out::add);
      out.addAll(trueOrFalse.trueFalse(s, item));
      out.addAll(fillInBlank.fillBlank(s, item));
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
