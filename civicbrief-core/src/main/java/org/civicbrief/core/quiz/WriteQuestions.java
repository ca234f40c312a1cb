package org.civicbrief.core.quiz;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.civicbrief.core.briefing.Actor;
import org.civicbrief.core.briefing.BriefItem;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.briefing.Quote;
import org.civicbrief.core.text.AnnotatedArticle;
import org.civicbrief.core.text.Sentence;

/** Writes candidate questions of every kind from the briefing's items and their sentences. */
final class WriteQuestions {

  private final QuestionContext ctx;
  private final AskWho who;
  private final AskWhen when;
  private final AskHowMany howMany;
  private final AskTrueOrFalse trueOrFalse;
  private final AskFillInBlank fillInBlank;

  WriteQuestions(Briefing b, AnnotatedArticle a) {
    this.ctx = new QuestionContext(b, a);
    this.who = new AskWho(ctx);
    this.when = new AskWhen(ctx);
    this.howMany = new AskHowMany(ctx);
    this.trueOrFalse = new AskTrueOrFalse(ctx);
    this.fillInBlank = new AskFillInBlank(ctx);
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
    Set<Integer> seen = new HashSet<>();
    for (BriefItem item : items) {
      if (!seen.add(item.evidence().sentence())) {
        continue;
      }
      Sentence s = ctx.a.sentence(item.evidence().sentence());
      out.addAll(howMany.howMany(s, item));
      who.who(s, item).ifPresent(out::add);
      out.addAll(trueOrFalse.trueFalse(s, item));
      out.addAll(fillInBlank.fillBlank(s, item));
    }
    return out;
  }
}
