package org.civicbrief.core.quiz;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.civicbrief.core.briefing.Actor;
import org.civicbrief.core.briefing.ActorKind;
import org.civicbrief.core.briefing.BriefItem;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.text.AnnotatedArticle;
import org.civicbrief.core.text.EntityMention;
import org.civicbrief.core.text.EntityType;
import org.civicbrief.core.text.Sentence;
import org.civicbrief.core.text.Token;

/** True/false statements: a fact as stated, or made false by swapping one value. */
final class AskTrueOrFalse {

  private final QuestionContext ctx;
  private final Briefing b;
  private final AnnotatedArticle a;
  private final QuoteRanges quotes;
  private final Explain explain;

  AskTrueOrFalse(QuestionContext ctx) {
    this.ctx = ctx;
    this.b = ctx.b;
    this.a = ctx.a;
    this.quotes = ctx.quotes;
    this.explain = ctx.explain;
  }

  // ---- true / false ----

  Optional<Candidate> trueFalse(Sentence s, BriefItem item) {
    String statement = item.text().replaceAll("[\\s.]+$", "") + ".";
    boolean makeFalse = Math.floorMod(QuestionContext.seed(item.evidence()), 2) == 1;
    String answer = "True";
    String changed = null;
    String original = null;
    if (makeFalse) {
      for (EntityMention m : a.mentionsIn(s.index())) {
        if (m.start() < item.evidence().start() || quotes.inside(m.start())) {
          continue;
        }
        String replacement = swapFor(m);
        if (replacement != null) {
          int relStart = m.start() - item.evidence().start();
          int relEnd = m.end() - item.evidence().start();
          String body = item.text();
          if (relEnd <= body.length()) {
            statement =
                (body.substring(0, relStart) + replacement + body.substring(relEnd))
                        .replaceAll("[\\s.]+$", "")
                    + ".";
            changed = replacement;
            original = m.text();
            answer = "False";
            break;
          }
        }
      }
    }
    return Optional.of(
        new Candidate(
            QuestionKind.TRUE_FALSE,
            "True or false: " + statement,
            answer,
            List.of(answer.equals("True") ? "False" : "True"),
            AnswerType.TRUTH,
            explain.truth(item, answer.equals("True"), original, changed),
            item.evidence(),
            ctx.item(s.index(), "article"),
            ctx.weight(s.index(), 1.0) - 0.3,
            0.6,
            Set.of(),
            Set.of()));
  }

  /**
   * Another value of the same type from the article, or a generated one, that makes the fact false.
   */
  private String swapFor(EntityMention m) {
    if (m.type() == EntityType.NUMBER && !m.text().matches(".*[A-Za-z].*")) {
      List<String> options = ctx.numberOptions(m, m.text(), false);
      return options.isEmpty() ? null : options.getFirst();
    }
    if (m.type() == EntityType.DATE && m.normalized().matches("\\d{4}-\\d{2}-\\d{2}")) {
      List<String> ds = Distractors.dates(m.normalized(), List.of(), Map.of());
      return ds.isEmpty() ? null : ds.getFirst();
    }
    Sentence s = a.sentence(m.sentence());
    boolean aside = m.lastToken() + 1 < s.size() && s.token(m.lastToken() + 1).text().equals("(");
    if (m.type() == EntityType.PERSON && Character.isUpperCase(m.text().charAt(0)) && !aside) {
      Clause c = Clause.read(s, 0, quotes, ctx::inDate);
      if (c == null) {
        return null;
      }
      String verb = s.token(c.mainVerb()).lemma().toLowerCase(Locale.ROOT);
      for (Actor actor : b.actors()) {
        if (actor.kind() == ActorKind.PERSON
            && !actor.name().equals(m.text())
            && !actor.aliases().contains(m.text())
            && !actsAlike(QuestionContext.lastName(actor.name()), verb)) {
          return m.text().contains(" ") ? actor.name() : QuestionContext.lastName(actor.name());
        }
      }
    }
    return null;
  }

  /**
   * True when some sentence names {@code surname} and uses {@code verb}: swapping would not be
   * false.
   */
  private boolean actsAlike(String surname, String verb) {
    for (Sentence s : a.sentences()) {
      boolean named = false;
      boolean acts = false;
      for (Token t : s.tokens()) {
        named |= t.text().equals(surname);
        acts |= t.isVerb() && t.lemma().equalsIgnoreCase(verb);
      }
      if (named && acts) {
        return true;
      }
    }
    return false;
  }
}
