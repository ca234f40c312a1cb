package org.civicbrief.core.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.civicbrief.core.briefing.BriefItem;
import org.civicbrief.core.text.AnnotatedArticle;
import org.civicbrief.core.text.EntityMention;
import org.civicbrief.core.text.EntityType;
import org.civicbrief.core.text.Layout;
import org.civicbrief.core.text.Sentence;
import org.civicbrief.core.text.Token;
import org.civicbrief.core.text.WordList;

/** How-many and how-much questions about the quantities a fact states. */
final class AskHowMany {

  private static final Set<String> QUALIFIERS = WordList.of("quantity-qualifiers");

  private final QuestionContext ctx;
  private final AnnotatedArticle a;
  private final Layout quotes;
  private final Stems stems;
  private final Explain explain;

  AskHowMany(QuestionContext ctx) {
    this.ctx = ctx;
    this.a = ctx.a;
    this.quotes = ctx.quotes;
    this.stems = ctx.stems;
    this.explain = ctx.explain;
  }

  // ---- how many / how much ----

  List<Candidate> howMany(Sentence s, BriefItem item) {
    List<Candidate> out = new ArrayList<>();
    int from = QuestionContext.firstTokenAt(s, item.evidence().start());
    Clause c = Clause.read(s, from, quotes, ctx::inDate);
    if (c == null) {
      return out;
    }
    for (EntityMention m : a.mentionsIn(s.index())) {
      boolean money = m.type() == EntityType.MONEY;
      if (!(m.type() == EntityType.NUMBER || money)
          || quotes.insideQuote(m.start())
          || m.start() < item.evidence().start()
          || m.isLabel(s)) {
        continue;
      }
      if (m.firstToken() > 0
          && QUALIFIERS.contains(s.token(m.firstToken() - 1).text().toLowerCase(Locale.ROOT))) {
        continue;
      }
      if (m.firstToken() < c.restStart()
          || m.lastToken() >= c.end()
          || complementBefore(s, c, m.firstToken())
          || !directObject(s, c.restStart(), m.firstToken())) {
        continue;
      }
      int unitEnd = money ? m.lastToken() : unitEnd(s, m.lastToken());
      if (unitEnd < 0) {
        continue;
      }
      if (money && unitEnd + 1 < c.end() && s.token(unitEnd + 1).isNoun()) {
        continue; // "signed a $95 billion aid package": the sum names the package, no object left
      }
      int cutFrom = m.firstToken();
      while (cutFrom > c.restStart()
          && (s.token(cutFrom - 1).pos().equals("DT")
              || s.token(cutFrom - 1).pos().startsWith("JJ"))) {
        cutFrom--;
      }
      String unit = money ? "" : stems.join(c, m.lastToken() + 1, unitEnd + 1, -1, -1);
      String wh = money ? "How much" : "How many " + unit;
      String stem = stems.objectQuestion(wh, c, cutFrom, unitEnd + 1);
      if (stem == null) {
        continue;
      }
      String shown = m.text();
      List<String> options = ctx.numberOptions(m, shown, money);
      out.add(
          new Candidate(
              QuestionKind.HOW_MANY,
              stem,
              shown,
              options,
              AnswerType.NUMBER,
              explain.fact(item, shown),
              item.evidence(),
              ctx.item(s.index(), "article"),
              ctx.weight(s.index(), 1.0) + 0.4,
              0.4,
              Set.of(),
              Set.of()));
    }
    return out;
  }

  /**
   * The quantity is what the verb acts on ("ordered an additional 1,500 troops", "voted to strip
   * $12.5 million"), not a detail of a later phrase ("signed an order activating 450 members").
   */
  private static boolean directObject(Sentence s, int from, int number) {
    for (int i = from; i < number; i++) {
      String p = s.token(i).pos();
      if (!(p.equals("DT")
          || p.startsWith("JJ")
          || p.startsWith("RB")
          || p.equals("TO")
          || p.equals("VB"))) {
        return false;
      }
    }
    return true;
  }

  /** "reported that … 38 percent": a number inside a reported clause is not the clause's object. */
  private static boolean complementBefore(Sentence s, Clause c, int token) {
    for (int i = c.restStart(); i < token; i++) {
      String w = s.token(i).text();
      if (w.equals("that") || w.equals(",") || w.equals("if") || w.equals("whether")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The last token of the unit after a number: modifiers then a plural noun ("active-duty troops").
   */
  private static int unitEnd(Sentence s, int last) {
    for (int i = last + 1; i < Math.min(s.size(), last + 5); i++) {
      Token t = s.token(i);
      if (t.pos().equals("NNS") || t.pos().equals("NNPS")) {
        int end = i;
        while (end + 1 < s.size() && s.token(end + 1).pos().startsWith("NNS")) {
          end++;
        }
        return end;
      }
      if (!(t.pos().startsWith("JJ") || t.pos().startsWith("NN") || t.pos().equals("HYPH"))) {
        return -1;
      }
    }
    return -1;
  }
}
