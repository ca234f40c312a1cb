package org.civicbrief.core.quiz;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.civicbrief.core.briefing.Actor;
import org.civicbrief.core.briefing.ActorKind;
import org.civicbrief.core.briefing.BriefItem;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.text.AnnotatedArticle;
import org.civicbrief.core.text.EntityMention;
import org.civicbrief.core.text.EntityType;
import org.civicbrief.core.text.Layout;
import org.civicbrief.core.text.Sentence;
import org.civicbrief.core.text.Subordinators;

/**
 * True/false statements from one declarative sentence of the article: the fact as stated, and,
 * where a minimal same-type swap exists, the fact made false by it (another person of the story in
 * the same kind of office, another number of the same magnitude, another date on the same side of
 * the publication date). The quiz picks one of the two so that true and false keys balance.
 */
final class AskTrueOrFalse {

  /** A statement longer than this carries more than one idea. */
  private static final int MAX_WORDS = 32;

  /**
   * A second clause or an interpretive tail: ", and …", "; …", ", which …", "…, escalating his
   * campaign", "…, with three seats vacant" (REVIEW.md T1: one idea, clearly true or false).
   */
  static final Pattern MORE_THAN_ONE_IDEA =
      Pattern.compile(
          "(,| —| –) (and|but|while|though|although|which|who|whose|as|after|before|with|saying|adding|"
              + "\\p{Ll}+ing)\\b|;| while | whereas ");

  /**
   * The same in Spanish (ADR 21): ", pero …", ", y …", ", lo que …", ", quien …", a gerund after a
   * comma ("…, argumentando que …"), "; …". Not ", sino": "no solamente X, sino también Y" is one
   * idea, and its first half alone is no sentence. A false twin joined to a true clause ("… en
   * Texas, pero Newsom fue un paso más allá") is neither true nor false.
   */
  private static final Pattern MORE_THAN_ONE_IDEA_ES =
      Pattern.compile(
          "(,| —| –) (y|e|pero|mientras|aunque|lo que|lo cual|los cuales|las cuales|el cual|"
              + "la cual|quien|quienes|cuyo|cuya|que|donde|tras|después|antes|"
              + "\\p{Ll}+ando|\\p{Ll}+iendo)\\b|;| mientras que ");

  /**
   * ", his first legislative victory since …", ", one of the highest-profile cases …": a noun
   * phrase set after the clause that comments on it, a second claim of its own.
   */
  static final Pattern APPOSITIVE_TAIL =
      Pattern.compile(", (his|her|its|their|the|a|an|one of|another|also|now) ");

  /**
   * The same in Spanish (ADR 21): ", una ley poco utilizada que …", ", diseñada para tiempos de
   * guerra …": a noun phrase or a participle set after the clause, a second claim of its own.
   */
  private static final Pattern APPOSITIVE_TAIL_ES =
      Pattern.compile(
          ", (un|una|unos|unas|el|la|los|las|su|sus|otro|otra|uno de|una de|también|ahora|"
              + "\\p{Ll}+(ado|ada|ados|adas|ido|ida|idos|idas)) ");

  /**
   * "… amounts to a rebuke", "… was viewed as a diplomatic victory": the writer's or an unnamed
   * reading of the fact, not a fact a reader can check (REVIEW.md T1, N1).
   */
  private static final Pattern INTERPRETATION =
      Pattern.compile(
          "(?i)\\b(amounts? to|amounted to|(is|was|were|are|been|being) (widely )?(viewed|seen|"
              + "regarded|considered|interpreted|read) as|marks? an?|marked an?|signals?|signaled|"
              + "signalled|represents? an?|represented an?|underscores?|underscored|highlights?|"
              + "highlighted)\\b");

  /**
   * "the House had passed — 88-52 — a plan …": an aside between dashes adds a second claim to the
   * statement (REVIEW.md T1: one idea).
   */
  private static final Pattern ASIDE = Pattern.compile(" [—–-] [^—–]+ [—–-] ");

  /** "a 6-3 vote", "by a 4-to-3 margin": a tally whose sides a swap would no longer add up. */
  static final Pattern TALLY = Pattern.compile("\\d+\\s*(?:-to-|-|–|—| to )\\s*\\d+");

  private static final Set<String> STATES =
      org.civicbrief.core.text.WordList.of("us-states").stream()
          .filter(st -> !st.equals("state") && !st.equals("washington"))
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  private static final Set<String> TITLES = org.civicbrief.core.text.WordList.of("titles");

  private static final List<String> SWAP_STATES =
      org.civicbrief.core.text.WordList.listOf("swap-states");

  private static final java.util.Map<String, String> COUNTRIES =
      org.civicbrief.core.text.WordList.tableOf("countries");

  /** Countries as Spanish names them: no city that pins a state (ADR 21). */
  private static final Set<String> COUNTRIES_ES =
      org.civicbrief.core.text.WordList.of("countries-es");

  private static final Pattern EVERY_STATE =
      Pattern.compile("\\b(any|every|each|all|other) (other )?states?\\b|\\bnationwide\\b");

  /** Nouns for what every state has of its own: another state's is just as real. */
  private static final Set<String> SHARED_CLASS =
      Set.of(
          "residents",
          "voters",
          "people",
          "citizens",
          "law",
          "laws",
          "officials",
          "lawmakers",
          "democrats",
          "republicans",
          "counties",
          "cities",
          "schools",
          "families",
          "students");

  /** Verbs whose object another state could as well be: "urged", "asked", "told". */
  private static final Set<String> PERSUADING =
      Set.of("urge", "ask", "tell", "encourage", "call", "warn", "invite", "visit");

  /** The lemma of the last verb before token {@code end}, or "". */
  private static String verbBefore(Sentence s, int end) {
    for (int i = end - 1; i >= 0; i--) {
      if (s.token(i).pos().startsWith("VB")) {
        return s.token(i).lemma().toLowerCase(Locale.ROOT);
      }
    }
    return "";
  }

  /** Words that set a place beside the fact for contrast or comparison. */
  private static final Set<String> COMPARISON =
      Set.of("unlike", "like", "than", "except", "besides", "beyond", "including");

  /** "from 1.4% to": the number starts a range whose other end follows. */
  private static final Pattern RANGE_START =
      Pattern.compile("(?i)\\s*(percent|%)?\\s*to\\s+\\$?\\d");

  /** "from 1.4% to": the number ends a range that another number opened. */
  private static final Pattern RANGE_END =
      Pattern.compile("(?i)\\bfrom\\s+\\$?[\\d.,]+\\s*(percent|%|\\w+)?\\s+to\\s+\\$?$");

  /** Modals that make a statement a prediction or a possibility, not a checkable fact. */
  private static final Set<String> HEDGING_MODALS = Set.of("would", "could", "might", "may");

  private static final Pattern WEEKDAY =
      Pattern.compile("(?i)\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");

  private final QuestionContext ctx;
  private final Briefing b;
  private final AnnotatedArticle a;
  private final Layout quotes;
  private final Explain explain;

  AskTrueOrFalse(QuestionContext ctx) {
    this.ctx = ctx;
    this.b = ctx.b;
    this.a = ctx.a;
    this.quotes = ctx.quotes;
    this.explain = ctx.explain;
  }

  /** The true statement of {@code item}, and its false twin when a fair swap exists. */
  List<Candidate> trueFalse(Sentence s, BriefItem item) {
    String text = item.text().strip();
    // "WASHINGTON: A US appeals court let …": the dateline is where, not what, the story reports.
    java.util.regex.Matcher dateline = DATELINE.matcher(text);
    // A dateline opens the story, not a sentence further down ("Texas Democrats – who left …").
    int skip = s.index() < DATELINE_SENTENCES && dateline.lookingAt() ? dateline.end() : 0;
    String body = text.substring(skip);
    if ((SpanishQuiz.isSpanish(b) && SpanishQuiz.hedged(body))
        || ASIDE.matcher(body).find()
        || !shortQuotesOnly(body)
        || Subordinators.is(firstWord(body))
        || body.endsWith("?")
        || body.endsWith(":")
        || INTERPRETATION.matcher(body).find()) {
      return List.of();
    }
    // One idea: the main clause alone when a second clause or an interpretive tail follows it
    // ("…, rejecting the administration's appeal"), if what is left still says something.
    java.util.regex.Matcher more =
        (SpanishQuiz.isSpanish(b) ? MORE_THAN_ONE_IDEA_ES : MORE_THAN_ONE_IDEA).matcher(body);
    boolean found = more.find();
    // "El presidente de Estados Unidos, Donald Trump, y su homólogo de Rusia, …": a Spanish ", y"
    // before the main verb joins the subject's people, not two clauses.
    // "A company that includes A, B, and C will oversee …": a list's last ", and" comes before
    // the main verb too; only a cut after the main clause's own verb leaves a statement (a verb
    // of a relative clause, "that includes", is not one).
    while (found
        && (SpanishQuiz.isSpanish(b)
            ? !finiteVerbBefore(s, item.evidence().start() + skip + more.start())
            : (listItem(s, item.evidence().start() + skip, body, more)
                || !mainVerbBefore(
                    s,
                    item.evidence().start() + skip,
                    item.evidence().start() + skip + more.start())))) {
      found = more.find();
    }
    if (found) {
      String head = body.substring(0, more.start()).strip();
      String rest = body.substring(more.start());
      if (head.split("\\s+").length < MIN_HEAD_WORDS
          || !(rest.startsWith(",")
              || rest.startsWith(" while ")
              || rest.startsWith(" whereas "))) {
        return List.of();
      }
      // ", and any military troops in the state, for civilian law enforcement": "and" joins a
      // second object, not a second clause, and what follows it may bound the whole verb phrase.
      // Cut there and the statement says more than the article (R15: a true key made false).
      String joiner = more.group(2);
      if (joiner != null
          && (joiner.equals("and") || joiner.equals("but"))
          && !finiteVerbAfter(
              s, item.evidence().start() + skip + more.start(), item.evidence().end())
          && !nameThenVerb(s, item.evidence().start() + skip + more.end(), item.evidence().end())) {
        return List.of();
      }
      body = head;
    }
    java.util.regex.Matcher tail =
        (SpanishQuiz.isSpanish(b) ? APPOSITIVE_TAIL_ES : APPOSITIVE_TAIL).matcher(body);
    if (tail.find()
        && finiteVerbBefore(s, item.evidence().start() + skip + tail.start())
        && !finiteVerbAfter(
            s, item.evidence().start() + skip + tail.start(), item.evidence().end(), true)) {
      String head = body.substring(0, tail.start()).strip();
      if (head.split("\\s+").length < MIN_HEAD_WORDS) {
        return List.of();
      }
      body = head;
    }
    if (!SpanishQuiz.isSpanish(b)) {
      // "… found that the precincts broke the law and ordered the county to …", "… has passed and
      // the commissioners asked …": "and" without a comma joins a second claim too (R19, T1).
      int cut = secondClaim(s, item.evidence().start() + skip, body);
      if (cut == DROP) {
        return List.of();
      }
      if (cut > 0) {
        String head = body.substring(0, cut).strip();
        if (head.split("\\s+").length < MIN_HEAD_WORDS) {
          return List.of();
        }
        body = head;
      }
    }
    if (item.hedged()) {
      // "… allowed Texas to use a map that could bolster …": a hedge inside a relative clause set
      // after the main clause is the clause's; the statement stops before it (REVIEW.md C1: a
      // lead's claim is not lost to its prediction). A hedge anywhere else leaves no statement.
      int bodyStart = item.evidence().start() + skip;
      int hedge = org.civicbrief.core.text.Hedges.first(s, quotes, bodyStart);
      if (hedge >= 0 && s.token(hedge).start() < bodyStart + body.length()) {
        int cut = relativeBefore(s, bodyStart, hedge);
        if (cut < 0) {
          return List.of();
        }
        String head = body.substring(0, cut).strip().replaceAll("[,;]$", "");
        if (head.split("\\s+").length < MIN_HEAD_WORDS) {
          return List.of();
        }
        body = head;
      }
    }
    if (hedgedByModal(s, item.evidence().start() + skip + body.length())) {
      return List.of();
    }
    if (!SpanishQuiz.isSpanish(b)) {
      // "In a landmark decision with sweeping implications …, the Supreme Court ruled …": the
      // writer's framing opens the sentence; the statement starts at the clause. Framing anywhere
      // else leaves no statement (R20, T1).
      java.util.regex.Matcher opener = FRAMED_OPENER.matcher(body);
      if (opener.lookingAt()
          && (framed(opener.group(1)) || !plain(opener.group(1)).equals(opener.group(1)))) {
        String rest = body.substring(opener.end());
        body = Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
        skip += opener.end();
      }
      if (framed(body.replaceAll("[“\"][^”\"]*[”\"]", ""))) {
        return List.of();
      }
    }
    if (!SpanishQuiz.isSpanish(b) && !thatClauseComplete(s, item.evidence().start() + skip, body)) {
      return List.of(); // "… reports that as of 9 a.m. Wednesday, Nov. 5": a cut before the claim
    }
    boolean centralClaim = ctx.item(s.index(), "").equals("dek");
    if (words(body) > MAX_WORDS + (centralClaim ? 8 : 0)) {
      return List.of();
    }
    boolean relative = QuestionContext.relativeTime(body, SpanishQuiz.isSpanish(b));
    Optional<LocalDate> published = b.article().published();
    if (relative && published.isEmpty()) {
      return List.of(); // a relative time with no article date to anchor it
    }
    String lead =
        relative
            ? "True or false (as reported on "
                + Distractors.display(published.get().toString())
                + "): "
            : "True or false: ";
    List<Candidate> out = new ArrayList<>();
    out.add(candidate(s, item, lead + statement(body), true, null, null));
    for (EntityMention m : a.mentionsIn(s.index())) {
      if (m.start() < item.evidence().start()
          || m.end() > item.evidence().end()
          || quotes.insideQuote(m.start())) {
        continue;
      }
      if (insideDate(s, m)) {
        continue; // the day of "15 September" is the date's, not a count to swap
      }
      String replacement = swapFor(s, m);
      if (replacement != null) {
        int relStart = m.start() - item.evidence().start() - skip;
        int relEnd = m.end() - item.evidence().start() - skip;
        if (relStart < 0) {
          continue; // in the dateline the statement leaves out
        }
        if (relEnd > body.length()) {
          break; // past the main clause the statement keeps
        }
        String swapped = body.substring(0, relStart) + replacement + body.substring(relEnd);
        out.add(candidate(s, item, lead + statement(swapped), false, m.text(), replacement));
        break;
      }
    }
    if (out.size() == 1) {
      // No fair swap of a name, number, date or place: the outcome reversed ("upheld" for "struck
      // down", "granted" for "denied"), a minimal same-type edit of the fact itself (T1).
      Optional<String[]> reversed = reversedAction(s, item.evidence().start() + skip, body);
      reversed.ifPresent(
          r -> out.add(candidate(s, item, lead + statement(r[0]), false, r[1], r[2])));
    }
    if (out.size() == 1 && SpanishQuiz.isSpanish(b)) {
      // "la mayoría conservadora" / "liberal", "los demócratas" / "los republicanos" (R-es3).
      int bodyStart = item.evidence().start() + skip;
      SpanishSides.swap(body, b.headline().text(), i -> quotes.insideQuote(bodyStart + i))
          .ifPresent(r -> out.add(candidate(s, item, lead + statement(r[0]), false, r[1], r[2])));
    }
    if (out.size() == 1 && SpanishQuiz.isSpanish(b)) {
      // "invocó la Ley de Enemigos Extranjeros" / "la Ley de Insurrección" (R-es3).
      int bodyStart = item.evidence().start() + skip;
      SpanishLaws.swap(
              body,
              ctx.text,
              i -> quotes.insideQuote(bodyStart + i),
              item.evidence().start() * 31L + s.index())
          .ifPresent(r -> out.add(candidate(s, item, lead + statement(r[0]), false, r[1], r[2])));
    }
    if (out.size() == 1 && !centralClaim) {
      // A statement that can only be true comes after those that can be either, so that the quiz
      // can balance its true and false keys; the lead's, the central claim, keeps its place.
      out.set(0, out.getFirst().withPriority(out.getFirst().priority() - 0.5));
    }
    return out;
  }

  /**
   * Outcomes with a clear opposite: the past-tense verb and what reverses it. Only verbs whose
   * opposite keeps the sentence grammatical with the same object ("granted a stay", "denied a
   * stay").
   */
  private static final java.util.Map<String, String> OPPOSITE =
      org.civicbrief.core.text.WordList.tableOf("outcome-opposites");

  /**
   * The statement {@code body} (starting at offset {@code bodyStart} of the article) with its main
   * verb reversed, the verb and its opposite; empty when the main verb has no clear opposite, is
   * inside a quotation, or has no object right after it.
   */
  private Optional<String[]> reversedAction(Sentence s, int bodyStart, String body) {
    int end = bodyStart + body.length();
    for (int i = 0; i < s.size(); i++) {
      var t = s.token(i);
      if (t.start() < bodyStart || quotes.insideQuote(t.start())) {
        continue;
      }
      if (t.end() > end) {
        return Optional.empty();
      }
      String pos = t.pos();
      // "has temporarily blocked the order", "was condemned by the governor": the outcome is the
      // participle after the first auxiliary, reversed in the same form.
      boolean auxiliary =
          AUXILIARY.contains(t.text().toLowerCase(Locale.ROOT))
              && (pos.equals("VBZ") || pos.equals("VBP") || pos.equals("VBD"));
      if (auxiliary) {
        int j = i + 1;
        while (j < s.size() && (s.token(j).pos().startsWith("RB") || isBeen(s.token(j)))) {
          j++;
        }
        if (j >= s.size() || !s.token(j).pos().equals("VBN") || s.token(j).end() > end) {
          return Optional.empty();
        }
        if (afterRelative(s, i)) {
          return Optional.empty(); // "the judge who has blocked …"
        }
        boolean passive = isBe(t) || (j > i + 1 && isBeen(s.token(j - 1)));
        return reverse(s, j, bodyStart, body, passive);
      }
      if (pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD")) {
        return Optional.empty(); // the main verb is not a past outcome
      }
      if (!pos.equals("VBD")) {
        continue;
      }
      return reverse(s, i, bodyStart, body, false);
    }
    return Optional.empty();
  }

  /** True when a relative pronoun ("who", "which"), adverbs aside, comes right before token i. */
  private static boolean afterRelative(Sentence s, int i) {
    int before = i - 1;
    while (before >= 0 && s.token(before).pos().startsWith("RB")) {
      before--;
    }
    return before >= 0 && s.token(before).pos().startsWith("W");
  }

  /** "blocked X from doing", "allowed X to do": the verb's frame does not take its opposite. */
  private static final Pattern PREVENTS = Pattern.compile("^[^,;]*? from \\w+ing\\b");

  private static final Pattern PERMITS = Pattern.compile("^[^,;]*? to \\w+");

  /** Forms of "have" and "be" before a participle. */
  private static final Set<String> AUXILIARY =
      Set.of("has", "have", "had", "was", "were", "is", "are");

  private static final Set<String> BE = Set.of("was", "were", "is", "are");

  /** A finite verb's tag: past, present, or a modal. */
  private static boolean finite(String pos) {
    return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD");
  }

  private static boolean isBe(org.civicbrief.core.text.Token t) {
    return BE.contains(t.text().toLowerCase(Locale.ROOT));
  }

  private static boolean isBeen(org.civicbrief.core.text.Token t) {
    return t.text().equalsIgnoreCase("been");
  }

  /**
   * The statement with the verb at token {@code i} reversed, when it has a clear opposite and an
   * object right after it (or, in the passive, its agent: "was condemned by").
   */
  private Optional<String[]> reverse(
      Sentence s, int i, int bodyStart, String body, boolean passive) {
    var t = s.token(i);
    String verb = t.text().toLowerCase(Locale.ROOT);
    String opposite = OPPOSITE.get(verb);
    if (afterRelative(s, i)) {
      return Optional.empty(); // "the judge who blocked …": a relative clause, not the claim
    }
    if (opposite == null || i + 1 >= s.size()) {
      return Optional.empty(); // only the first finite verb is the statement's claim
    }
    String next = s.token(i + 1).pos();
    boolean object =
        passive
            ? s.token(i + 1).text().equals("by")
            : next.equals("DT")
                || next.equals("PRP$")
                || next.startsWith("NN")
                || next.equals("CD")
                || next.equals("JJ");
    boolean needsMeasure = verb.equals("passed") || verb.equals("signed") || verb.equals("vetoed");
    if (!object
        || (needsMeasure && !passedAMeasure(s, i))
        || body.contains(" into law")
        || body.toLowerCase(Locale.ROOT).contains("executive order")) {
      return Optional.empty();
    }
    int rel = t.start() - bodyStart;
    String rest = body.substring(Math.min(body.length(), rel + t.text().length()));
    if ((verb.equals("blocked") || verb.equals("allowed"))
        && (PREVENTS.matcher(rest).find() || PERMITS.matcher(rest).find())) {
      return Optional.empty(); // "blocked the county from shutting off" has no "allowed … from"
    }
    String shown = body.substring(rel, rel + t.text().length());
    String swapped = body.substring(0, rel) + opposite + body.substring(rel + shown.length());
    return Optional.of(new String[] {swapped, shown, opposite});
  }

  /**
   * "passed the bill", "signed a rescissions bill" can be reversed; "passed the deadline" and
   * "signed a letter" cannot (and an executive order is not vetoed).
   */
  private static boolean passedAMeasure(Sentence s, int verb) {
    for (int j = verb + 1; j < Math.min(s.size(), verb + 8); j++) {
      if (s.token(j)
          .text()
          .matches("(?i)bill|measure|law|act|resolution|budget|map|plan|package")) {
        return true;
      }
    }
    return false;
  }

  /** A candidate whose stem is {@code statement}, already led by "True or false". */
  private Candidate candidate(
      Sentence s, BriefItem item, String statement, boolean isTrue, String original, String to) {
    String answer = isTrue ? "True" : "False";
    return new Candidate(
        QuestionKind.TRUE_FALSE,
        statement,
        answer,
        List.of(isTrue ? "False" : "True"),
        AnswerType.TRUTH,
        explain.truth(item, isTrue, original, to),
        item.evidence(),
        ctx.item(s.index(), "article"),
        ctx.weight(s.index(), 1.0) - 0.3,
        0.6,
        Set.of(),
        Set.of());
  }

  /**
   * The sentence as a statement: its own final punctuation kept, a period added if it has none, and
   * a negation of the source written in capitals so that no reader misses it (REVIEW.md Q5: "could
   * NOT be removed").
   */
  static String statement(String body) {
    String t = emphasized(plain(body.strip()));
    if (t.matches("(?s).*[.!]([”\"’)]*)$")) {
      return t;
    }
    return t.replaceAll("[\\s,;:]+$", "") + ".";
  }

  /**
   * ", and the Arctic, and warned …": an "and" or "but" after which no verb comes before the next
   * comma joins one more item of a list, not a second clause, as does a noun in -ing (", housing");
   * the cut comes at a later one.
   */
  private static boolean listItem(
      Sentence s, int bodyStart, String body, java.util.regex.Matcher more) {
    String joiner = more.group(2);
    if (joiner != null && joiner.endsWith("ing")) {
      // ", housing, water": a noun in -ing is one more item, not a participle's tail.
      for (var t : s.tokens()) {
        if (t.start() == bodyStart + more.start(2)) {
          return !t.pos().equals("VBG");
        }
      }
      return false;
    }
    if (joiner == null || !(joiner.equals("and") || joiner.equals("but"))) {
      return false;
    }
    int next = body.indexOf(',', more.end());
    int to = bodyStart + (next < 0 ? body.length() : next);
    return !finiteVerbAfter(s, bodyStart + more.end(), to)
        && !nameThenVerb(s, bodyStart + more.end(), to);
  }

  /**
   * ", and Senate Bill 280 sets procedures …": a name, then a word in -s the tagger took for a
   * plural noun, then its object. A plural after a name is a verb when an object follows it
   * ("Senate Democrats passed" has none).
   */
  private static boolean nameThenVerb(Sentence s, int from, int to) {
    for (int i = 1; i + 1 < s.size(); i++) {
      var t = s.token(i);
      if (t.start() < from || s.token(i + 1).end() > to) {
        continue;
      }
      String before = s.token(i - 1).pos();
      String after = s.token(i + 1).pos();
      if (t.pos().equals("NNS")
          && (before.equals("NNP") || before.equals("CD"))
          && s.token(i - 1).start() >= from
          && (after.startsWith("NN") || after.equals("DT") || after.equals("JJ"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The offset in the statement of a relative pronoun after a noun ("a map that", "the order,
   * which") that stands after the main clause's verb and before token {@code hedge}, or -1.
   */
  private static int relativeBefore(Sentence s, int bodyStart, int hedge) {
    boolean mainVerb = false;
    for (int i = 0; i < hedge; i++) {
      var t = s.token(i);
      if (t.start() < bodyStart) {
        continue;
      }
      if (!mainVerb) {
        mainVerb = finite(t.pos()) && !afterRelative(s, i);
        continue;
      }
      String w = t.text().toLowerCase(Locale.ROOT);
      if ((w.equals("that") || w.equals("which") || w.equals("who"))
          && i > 0
          && (s.token(i - 1).isNoun()
              || (s.token(i - 1).text().equals(",") && i > 1 && s.token(i - 2).isNoun()))) {
        for (int j = i + 1; j < hedge; j++) {
          if (s.token(j).isVerb()) {
            return -1; // the relative clause says something before its hedge
          }
        }
        return t.start() - bodyStart;
      }
    }
    return -1;
  }

  /**
   * True unless the statement's last "that" after a verb ("reports that", "ruled Monday that") is
   * followed by no finite verb in the statement: what was reported was cut away.
   */
  private static boolean thatClauseComplete(Sentence s, int bodyStart, String body) {
    int bodyEnd = bodyStart + body.length();
    int that = -1;
    for (int i = 1; i < s.size(); i++) {
      var t = s.token(i);
      if (t.start() < bodyStart) {
        continue;
      }
      if (t.end() > bodyEnd) {
        break;
      }
      if (t.text().equalsIgnoreCase("that") && t.pos().equals("IN")) {
        that = i;
      }
    }
    if (that < 0) {
      return true;
    }
    for (int i = that + 1; i < s.size() && s.token(i).end() <= bodyEnd; i++) {
      if (finite(s.token(i).pos())) {
        return true;
      }
    }
    return false;
  }

  /** An opening phrase up to its comma, before a clause that starts with "the" or a name. */
  private static final Pattern FRAMED_OPENER =
      Pattern.compile("^((?:In|With|By|After|Amid) [^,]{3,120}), (?=[Tt]he |an? |\\p{Lu})");

  private static final List<String> FRAMING =
      org.civicbrief.core.text.WordList.listOf("framing-words");

  /** True when {@code text} frames its fact with a word of framing-words.txt. */
  private static boolean framed(String text) {
    String lower = " " + text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}'’-]+", " ") + " ";
    for (String w : FRAMING) {
      if (lower.contains(" " + w + " ")) {
        return true;
      }
    }
    return false;
  }

  private static final List<Pattern> FRAMING_ADJECTIVES =
      org.civicbrief.core.text.WordList.listOf("framing-adjectives").stream()
          .map(
              w ->
                  Pattern.compile(
                      "(?:\\b([Aa]n?) )?(?<![\\p{L}-])" + Pattern.quote(w) + " (?=(\\p{L}))"))
          .toList();

  /**
   * {@code text} without the writer's framing adjectives before a noun ("a controversial law" → "a
   * law"), the article before it agreeing with the next word ("an unprecedented order" → "an
   * order", "a historic ruling" → "a ruling").
   */
  static String plain(String text) {
    String out = text;
    for (Pattern p : FRAMING_ADJECTIVES) {
      out =
          p.matcher(out)
              .replaceAll(
                  m -> {
                    if (m.group(1) == null) {
                      return "";
                    }
                    boolean vowel = "aeiouAEIOU".indexOf(m.group(2).charAt(0)) >= 0;
                    String article = vowel ? "an" : "a";
                    if (Character.isUpperCase(m.group(1).charAt(0))) {
                      article = Character.toUpperCase(article.charAt(0)) + article.substring(1);
                    }
                    return article + " ";
                  });
    }
    return out;
  }

  /** {@link #secondClaim}: the statement carries two claims and no cut leaves one. */
  private static final int DROP = -2;

  /** Words of a noun phrase that may open a second clause's subject after "and". */
  private static final Set<String> SUBJECT_TAGS =
      Set.of("DT", "PRP$", "NNP", "NNPS", "NN", "NNS", "JJ", "CD", "POS", "PRP");

  /**
   * Where "and" without a comma, after the main clause's verb, joins a second claim: a second verb
   * of the same subject ("found … and ordered …": cut before it) or a second subject with its own
   * verb ("has passed and the commissioners asked …": cut when the first clause ended on its verb,
   * else {@link #DROP}, since "said he and the mayor were …" cannot be cut there). Returns the
   * offset in {@code body}, -1 when there is one claim only.
   */
  private int secondClaim(Sentence s, int bodyStart, String body) {
    int bodyEnd = bodyStart + body.length();
    boolean mainVerb = false;
    int lastVerb = -1;
    for (int i = 0; i < s.size(); i++) {
      var t = s.token(i);
      if (t.start() < bodyStart || quotes.insideQuote(t.start())) {
        continue;
      }
      if (t.end() > bodyEnd) {
        break;
      }
      if (!mainVerb) {
        mainVerb = finite(t.pos()) && !afterRelative(s, i);
        lastVerb = mainVerb ? i : lastVerb;
        continue;
      }
      if (t.isVerb()) {
        lastVerb = i;
      }
      if (!(t.text().equals("and") || t.text().equals("but"))
          || s.token(i - 1).text().equals(",")) {
        continue;
      }
      int j = i + 1;
      while (j < s.size() && s.token(j).pos().startsWith("RB")) {
        j++;
      }
      if (j >= s.size() || s.token(j).end() > bodyEnd) {
        return -1;
      }
      if (finite(s.token(j).pos())) {
        return t.start() - bodyStart; // a second verb of the same subject
      }
      int k = j;
      while (k < s.size() && k < j + 6 && SUBJECT_TAGS.contains(s.token(k).pos())) {
        k++;
      }
      if (k > j && k < s.size() && s.token(k).end() <= bodyEnd && finite(s.token(k).pos())) {
        if (joinsSubjects(s, i)) {
          continue;
        }
        boolean endedOnVerb = lastVerb >= i - 2 && lastVerb < i;
        return endedOnVerb ? t.start() - bodyStart : DROP;
      }
    }
    return -1;
  }

  /** Lemmas of verbs that take a clause: "said he and Putin failed …", "found the map and …". */
  private static final Set<String> CLAUSE_TAKING =
      org.civicbrief.core.text.WordList.of("reporting-verbs");

  /**
   * True when the noun phrase before "and" (token {@code and}) opens a reported clause ("said he
   * and Putin failed", "that the governor and the mayor were …"): "and" joins its subjects, one
   * claim.
   */
  private static boolean joinsSubjects(Sentence s, int and) {
    int p = and - 1;
    while (p >= 0 && SUBJECT_TAGS.contains(s.token(p).pos())) {
      p--;
    }
    if (p < 0 || p == and - 1) {
      return false;
    }
    var before = s.token(p);
    String word = before.text().toLowerCase(Locale.ROOT);
    return word.equals("that")
        || word.equals("whether")
        || word.equals("if")
        || (before.isVerb() && CLAUSE_TAKING.contains(before.lemma().toLowerCase(Locale.ROOT)));
  }

  /**
   * True when a finite verb in {@code [from, offset)} is a main clause's, not one that a relative
   * pronoun opens ("a company that includes …").
   */
  static boolean mainVerbBefore(Sentence s, int from, int offset) {
    for (int i = 0; i < s.size(); i++) {
      var t = s.token(i);
      if (t.start() < from) {
        continue;
      }
      if (t.start() >= offset) {
        return false;
      }
      String pos = t.pos();
      if (finite(pos) && !afterRelative(s, i)) {
        return true;
      }
    }
    return false;
  }

  /** True when a finite verb of the sentence stands before {@code offset}: a clause came first. */
  private static boolean finiteVerbBefore(Sentence s, int offset) {
    for (var t : s.tokens()) {
      if (t.start() >= offset) {
        return false;
      }
      String pos = t.pos();
      if (finite(pos)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when a finite verb stands in {@code [from, to)}: what follows the comma is a clause of its
   * own ("…, Prop. 50, the redistricting measure, was passing"), not a tail to cut.
   */
  private static boolean finiteVerbAfter(Sentence s, int from, int to) {
    return finiteVerbAfter(s, from, to, false);
  }

  /**
   * As {@link #finiteVerbAfter(Sentence, int, int)}; with {@code relativesOwn}, a verb of a
   * relative clause inside the tail (", una ley poco utilizada que otorga …", ", a decision that
   * vastly expanded …") is the tail's, not the sentence's.
   */
  private static boolean finiteVerbAfter(Sentence s, int from, int to, boolean relativesOwn) {
    boolean relative = false;
    for (var t : s.tokens()) {
      String pos = t.pos();
      if (t.start() < from || t.end() > to) {
        continue;
      }
      String w = t.text().toLowerCase(Locale.ROOT);
      relative |= relativesOwn && (SPANISH_RELATIVES.contains(w) || ENGLISH_RELATIVES.contains(w));
      if (!relative && finite(pos)) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> ENGLISH_RELATIVES =
      Set.of("that", "which", "who", "whom", "whose");

  private static final Set<String> SPANISH_RELATIVES =
      Set.of("que", "quien", "quienes", "cual", "cuales", "donde", "cuyo", "cuya");

  /** "A ruling against Cook would threaten …": a prediction, not a checkable fact (T1). */
  private boolean hedgedByModal(Sentence s, int end) {
    for (int i = 0; i < s.size(); i++) {
      var t = s.token(i);
      if (t.start() >= end) {
        return false;
      }
      if (t.pos().equals("MD")
          && HEDGING_MODALS.contains(t.text().toLowerCase(Locale.ROOT))
          && !quotes.insideQuote(t.start())
          && !org.civicbrief.core.text.Hedges.reportedCan(s, i)) {
        return true;
      }
    }
    return false;
  }

  /** {@code text} with each "not" and "never" outside a quotation in capitals. */
  private static String emphasized(String text) {
    StringBuilder out = new StringBuilder();
    boolean quoted = false;
    int from = 0;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : '“';
      if (c == '“' || c == '”' || c == '"' || i == text.length()) {
        String part = text.substring(from, i);
        out.append(
            quoted
                ? part
                : EMPHASIS.matcher(part).replaceAll(r -> r.group().toUpperCase(Locale.ROOT)));
        if (i < text.length()) {
          out.append(c);
        }
        quoted = c == '“' || (c == '"' && !quoted);
        from = i + 1;
      }
    }
    return out.toString();
  }

  /** An upper-case dateline before the story: "WASHINGTON:", "ANCHORAGE, Alaska —". */
  private static final Pattern DATELINE =
      Pattern.compile(
          "(\\p{Lu}[\\p{Lu}.’' /-]{2,}(, [\\p{L}. ]+)?(:| —| –| -)"
              + "|\\p{Lu}[\\p{L}.’'/-]+( \\p{Lu}[\\p{L}.’'/-]+)?"
              + "(, \\p{Lu}[\\p{L}.]*( \\p{Lu}[\\p{L}.]*){0,2})? (—|–))\\s+(?=[\\p{Lu}“\"])");

  /** A dateline stands before the story's first sentence: the title's lines and the lead's. */
  private static final int DATELINE_SENTENCES = 4;

  /** A negation outside a contraction: "not", "never". */
  private static final Pattern EMPHASIS = Pattern.compile("\\b(not|never)\\b");

  /** A statement may quote a few words verbatim ("effective immediately"), not a whole remark. */
  private static boolean shortQuotesOnly(String body) {
    java.util.regex.Matcher q = QUOTED.matcher(body);
    int quoted = 0;
    while (q.find()) {
      quoted++;
      if (q.group(1).split("\\s+").length > 4) {
        return false;
      }
    }
    long marks = body.chars().filter(c -> c == '“' || c == '”' || c == '"').count();
    boolean opensOnQuote = body.startsWith("“") || body.startsWith("\"");
    return marks == 2L * quoted && quoted <= 1 && !opensOnQuote;
  }

  private static final Pattern QUOTED = Pattern.compile("[“\"]([^”\"]+)[”\"]");

  /** A statement cut down to its main clause keeps at least this many words. */
  private static final int MIN_HEAD_WORDS = 6;

  /**
   * The value that makes the fact false by a minimal, plausible swap, or null when none is fair.
   */
  private String swapFor(Sentence s, EntityMention m) {
    if (m.isLabel(s)) {
      return null; // "Proposition 30" for 50 tests a label, not the fact
    }
    if (inTally(ctx.text, m)) {
      return null; // "4-to-4" on a court of nine gives itself away
    }
    if (SpanishQuiz.isSpanish(b)
        && (m.type() == EntityType.DATE
            || ((m.type() == EntityType.NUMBER || m.type() == EntityType.MONEY)
                && (!SpanishQuiz.plainFigure(m.text()) || SpanishQuiz.namesSomething(s, m))))) {
      return null; // English notation, or a number that names a law ("la Proposición 50")
    }
    if (SpanishQuiz.isSpanish(b)
        && (SpanishQuiz.age(ctx.text, m.start(), m.end())
            || SpanishQuiz.afterBound(ctx.text, m.start()))) {
      return null; // "de 58 años": an age is a detail, not the fact (R-es3)
    }
    if ((m.type() == EntityType.NUMBER
            || m.type() == EntityType.MONEY
            || m.type() == EntityType.PERCENT)
        && m.text().matches(".*\\d.*")
        && !m.text().matches(".*[A-Za-z]{3,}.*")) {
      if (QuestionContext.yearOrExactFigure(m.text())) {
        return null; // "the Act of 2700", "5,154,529" among round numbers
      }
      if (AskFillInBlank.afterBound(ctx.text, m.start())) {
        return null; // "more than 2,000" is as true as "more than 4,000" of what is 4,500 (K1)
      }
      if (RANGE_END.matcher(ctx.text.substring(Math.max(0, m.start() - 40), m.start())).find()
          || RANGE_START.matcher(ctx.text.substring(m.end())).lookingAt()) {
        return null; // "raised … from 1.4% to 1.6%": a swap of either end may undo the rise
      }
      List<String> options = ctx.numberOptions(m, m.text(), m.type() == EntityType.MONEY);
      return options.isEmpty() ? null : options.getFirst();
    }
    if (m.type() == EntityType.DATE
        && m.normalized().matches("\\d{4}-\\d{2}-\\d{2}")
        && !weekdayBeside(s, m)
        && !GLOSSED_DATE.matcher(ctx.text.substring(m.end())).lookingAt()
        && !history(m.normalized())) {
      List<String> ds =
          Distractors.dates(
              m.normalized(), List.of(), b.article().published(), m.start() * 31L + m.end());
      if (!m.text().matches(".*\\d{4}.*")) {
        ds = Distractors.withoutYear(ds, m.text(), m.normalized()); // as the article writes it
      }
      return ds.isEmpty() ? null : ds.getFirst();
    }
    if (m.type() == EntityType.DATE && !SpanishQuiz.isSpanish(b)) {
      String other = monthOrYearSwap(s, m);
      if (other != null) {
        return other;
      }
    }
    if (m.type() == EntityType.LOCATION
        && STATES.contains(m.text().toLowerCase(Locale.ROOT))
        && fairStateSwap(s, m)) {
      // Another large state the article never names: plausible, and false by the article.
      String lower = ctx.text.toLowerCase(Locale.ROOT);
      List<String> unnamed = new ArrayList<>();
      for (String other : SWAP_STATES) {
        if (!lower.contains(other.toLowerCase(Locale.ROOT))) {
          unnamed.add(other);
        }
      }
      if (unnamed.isEmpty()) {
        return null;
      }
      if (SpanishQuiz.isSpanish(b)) {
        // A Spanish quiz's swaps vary with the sentence (R-es1: three of five went to "Florida"),
        // and a headline that names the state gives the false twin away.
        if (b.headline().text().contains(m.text())) {
          return null;
        }
        return unnamed.get(Math.floorMod(m.start() * 31 + s.index(), unnamed.size()));
      }
      return unnamed.getFirst();
    }
    if (m.type() == EntityType.PERSON
        && ctx.isActor(m.text(), ActorKind.PERSON)
        && !possessive(s, m)) {
      // Only another person of the story in the same kind of office: a county official put in a
      // president's place, or one country's leader behind another country's title, is no test.
      Optional<Office> office = ctx.distractors.officeOf(m.text());
      if (office.isEmpty()) {
        return null;
      }
      Set<String> forms = ctx.aliases(m.text());
      Optional<String> country = countryBefore(s, m);
      for (Actor actor : b.actors()) {
        // A person the story names once, in passing ("nominated by President Ronald Reagan"), is
        // no plausible actor of its events; one whose country differs from the title before the
        // name ("Russian President _____") gives the statement away.
        if (actor.kind() == ActorKind.PERSON
            && actor.mentions() >= 2
            && !actor.name().equals(m.text())
            && !actor.aliases().contains(m.text())
            && !forms.contains(QuestionContext.lastName(actor.name()))
            && actor.role().flatMap(r -> Office.of(r.text())).equals(office)
            && country.map(c -> sameCountry(actor, c)).orElse(true)
            && sameModifiers(s, m, actor)
            && !namedIn(s, actor)) {
          return m.text().contains(" ") ? actor.name() : QuestionContext.lastName(actor.name());
        }
      }
    }
    return null;
  }

  /** "May", "March 2024": a month the article writes by its name, with its year or not. */
  private static final Pattern MONTH_NAME =
      Pattern.compile(
          "(January|February|March|April|May|June|July|August|September|October|November|"
              + "December)( \\d{4})?");

  /**
   * Another month or year for "in May" or "in 2022", when the date says when something happened
   * ("signed an order in May"), not which thing it was ("the 2024 election"): a month of the same
   * year, a year on the same side of the article's date, never one the article names. Null when
   * none is fair.
   */
  private String monthOrYearSwap(Sentence s, EntityMention m) {
    // "~2025-05": a month whose year the article's date supplies; "In May" may carry its "In".
    String iso = m.normalized().replaceFirst("^~", "");
    java.util.regex.Matcher in = IN_DATE.matcher(m.text());
    if (!in.matches()) {
      return null;
    }
    String prefix = in.group(1) == null ? "" : in.group(1);
    String written = in.group(2);
    boolean month = iso.matches("\\d{4}-\\d{2}") && MONTH_NAME.matcher(written).matches();
    boolean year = iso.matches("\\d{4}") && written.equals(iso);
    String before = ctx.text.substring(s.start(), m.start());
    if (!(month || year)
        || history(iso)
        || (prefix.isEmpty() && !afterIn(s, m))
        || modifiesNoun(s, m)
        || SCOPE_BEFORE.matcher(before).find()
        || inRelativeClause(before)) {
      return null;
    }
    List<String> ds =
        Distractors.dates(iso, List.of(), b.article().published(), m.start() * 31L + m.end());
    for (String d : ds) {
      String shown = d;
      if (month) {
        if (!d.endsWith(iso.substring(0, 4))) {
          continue; // "In March" beside "In May" of another year: no order a reader can see
        }
        shown = written.matches(".*\\d{4}") ? d : d.substring(0, d.indexOf(' '));
      }
      if (!ctx.text.contains(shown)) {
        return prefix + shown;
      }
    }
    return null;
  }

  /**
   * "Jan. 20, the first day of his second term": a date the sentence glosses, which a swap would
   * contradict on its face.
   */
  private static final Pattern GLOSSED_DATE =
      Pattern.compile(",? (the|a|his|her|its|their) ([\\p{L}'’-]+ ){0,3}(day|anniversary|eve)\\b");

  /**
   * "for the first time in 2025", "the highest since 2019": the year bounds a count or a record, it
   * does not say when; another year makes a statement no reader can judge.
   */
  private static final Pattern SCOPE_BEFORE =
      Pattern.compile(
          "\\b(time|times|ever|since|record|highest|lowest|most|least|first|last)\\b"
              + "[^,.;]{0,12}$");

  /**
   * True when the text before a date is inside a relative clause (", who won in 2021,"): the year
   * there tests an aside, not the statement's fact.
   */
  private static boolean inRelativeClause(String before) {
    int r = Math.max(before.lastIndexOf(", who "), before.lastIndexOf(", which "));
    return r >= 0 && before.indexOf(',', r + 2) < 0;
  }

  /** Years before the article's own that make a date history, not the story's news. */
  private static final int HISTORY_YEARS = 3;

  /**
   * True when the date ({@code iso}, "1974-07-08", "2019") lies years before the article's: "the
   * Supreme Court heard arguments July 8, 1974" is a precedent's date, and another day of it tests
   * trivia, not the story.
   */
  private boolean history(String iso) {
    String y = iso.replaceFirst("^~", "");
    if (!y.matches("\\d{4}.*") || b.article().published().isEmpty()) {
      return false;
    }
    return Integer.parseInt(y.substring(0, 4))
        <= b.article().published().get().getYear() - HISTORY_YEARS;
  }

  /** A date mention that may carry its "In": "In May", "2019". */
  private static final Pattern IN_DATE = Pattern.compile("((?:[Ii]n) )?(.+)");

  /** True when "in" (or "In") stands right before {@code m}: the date says when. */
  private static boolean afterIn(Sentence s, EntityMention m) {
    for (int i = 1; i < s.size(); i++) {
      if (s.token(i).start() == m.start()) {
        return s.token(i - 1).text().equalsIgnoreCase("in");
      }
    }
    return false;
  }

  /** True when a noun or adjective follows {@code m}: "in 2024 elections" names which ones. */
  private static boolean modifiesNoun(Sentence s, EntityMention m) {
    for (int i = 0; i < s.size() - 1; i++) {
      if (s.token(i).end() == m.end()) {
        String pos = s.token(i + 1).pos();
        return pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("CD");
      }
    }
    return false;
  }

  /**
   * "Putin's delegation included the Russian foreign minister": what a person's possessive owns
   * belongs to them, and another person in their place contradicts the rest of the sentence.
   */
  private static boolean possessive(Sentence s, EntityMention m) {
    int next = m.lastToken() + 1;
    return next < s.size() && s.token(next).pos().equals("POS");
  }

  /** True when {@code m} is one side of a tally ("6-3", "4-to-3"), or the whole of one. */
  static boolean inTally(String text, EntityMention m) {
    int from = Math.max(0, m.start() - 6);
    int to = Math.min(text.length(), m.end() + 6);
    java.util.regex.Matcher t = TALLY.matcher(text.substring(from, to));
    while (t.find()) {
      int start = from + t.start();
      int end = from + t.end();
      if (start < m.end() && end > m.start()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A state is fairly swapped where nothing else in the sentence ties the fact to it: not in a
   * person's title ("Texas Gov. Greg Abbott"), a case name ("Louisiana v. Callais") or after a city
   * ("Anchorage, Alaska"), and not named twice in the sentence.
   */
  private boolean fairStateSwap(Sentence s, EntityMention m) {
    // A state after the main verb that names a class every state has ("urged Virginia residents",
    // "a Tennessee law") is one the fact may hold for besides the one the article names: another
    // state is not contradicted (R9, R13). One in the subject ("Florida voters passed …") or
    // owning a one-of-a-kind body ("California's National Guard") is.
    boolean afterVerb = false;
    for (int i = 0; i < m.firstToken(); i++) {
      afterVerb |= Clause.isFinite(s.token(i)) && !quotes.insideQuote(s.token(i).start());
    }
    int after = m.lastToken() + 1;
    if (after < s.size() && s.token(after).pos().equals("POS")) {
      after++;
    }
    if (afterVerb
        && (after >= s.size()
            || SHARED_CLASS.contains(s.token(after).text().toLowerCase(Locale.ROOT))
            || PERSUADING.contains(verbBefore(s, m.firstToken())))) {
      return false;
    }
    int next = m.lastToken() + 1;
    if (next < s.size()) {
      String w = s.token(next).text().toLowerCase(Locale.ROOT);
      if (TITLES.contains(w) || w.equals("v.") || w.equals("attorney")) {
        return false;
      }
    }
    int prev = m.firstToken() - 1;
    if (prev >= 0 && s.token(prev).text().equals("v.")) {
      return false;
    }
    if (prev >= 1 && s.token(prev).text().equals(",") && s.token(prev - 1).isProperNoun()) {
      return false;
    }
    // "Unlike in Texas, California requires …": a state set beside the fact for contrast; another
    // state there may well make the statement true (REVIEW.md K1, T1).
    for (int i = Math.max(0, m.firstToken() - 2); i < m.firstToken(); i++) {
      if (COMPARISON.contains(s.token(i).text().toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    String sentence = s.text().toLowerCase(Locale.ROOT);
    String state = m.text().toLowerCase(Locale.ROOT);
    // "from the ballot in Colorado or any other state": the fact holds for every state, so another
    // one keeps the statement true (R9, R11).
    if (EVERY_STATE.matcher(sentence).find()) {
      return false;
    }
    // "The state of California and city of Chicago sued": a city the sentence names pins its
    // state, and another state beside it is false on its face (R17).
    for (EntityMention other : a.mentionsIn(s.index())) {
      if (other != m
          && other.type() == EntityType.LOCATION
          && !STATES.contains(other.text().toLowerCase(Locale.ROOT))
          && !COUNTRIES.containsKey(other.text())
          && !(SpanishQuiz.isSpanish(b) && COUNTRIES_ES.contains(other.text()))
          && !quotes.insideQuote(other.start())) {
        return false;
      }
    }
    return sentence.indexOf(state) == sentence.lastIndexOf(state);
  }

  /** Words of a title that set a rank within an office: "Chief Justice", "Vice President". */
  private static final Set<String> RANKS =
      Set.of("chief", "vice", "deputy", "acting", "associate", "lt.", "lieutenant", "assistant");

  /**
   * The capitalized words of the title before {@code m} that are no title themselves ("Norwegian"
   * in "Norwegian Prime Minister", "Texas" in "Texas Gov.") are in {@code other}'s role too: else
   * the swapped statement contradicts its own title.
   */
  private static boolean sameModifiers(Sentence s, EntityMention m, Actor other) {
    String role = other.role().map(r -> r.text()).orElse("");
    String lowerRole = role.toLowerCase(Locale.ROOT);
    for (int i = Math.max(0, m.firstToken() - 3); i < m.firstToken(); i++) {
      var t = s.token(i);
      String w = t.text();
      // "Chief Justice _____", "Lt. Gov. _____": a rank the title gives is one the other person
      // must hold too, or the false statement gives itself away.
      if (RANKS.contains(w.toLowerCase(Locale.ROOT))
          && !lowerRole.contains(w.toLowerCase(Locale.ROOT))) {
        return false;
      }
      if (!w.isEmpty()
          && Character.isUpperCase(w.charAt(0))
          && !TITLES.contains(w.toLowerCase(Locale.ROOT))
          && (t.pos().equals("JJ") || t.pos().startsWith("NNP"))
          && !role.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /** True when the sentence names {@code actor} already: a swap would name them twice. */
  private boolean namedIn(Sentence s, Actor actor) {
    for (EntityMention o : a.mentionsIn(s.index())) {
      if (o.type() == EntityType.PERSON
          && (o.text().equals(actor.name())
              || actor.aliases().contains(o.text())
              || o.text().equals(QuestionContext.lastName(actor.name())))) {
        return true;
      }
    }
    return false;
  }

  /** The country a demonym or short form just before {@code m} names ("Russian President X"). */
  private static Optional<String> countryBefore(Sentence s, EntityMention m) {
    for (int i = Math.max(0, m.firstToken() - 3); i < m.firstToken(); i++) {
      String w = s.token(i).text();
      if (COUNTRIES.containsKey(w)) {
        return Optional.of(COUNTRIES.get(w));
      }
    }
    return Optional.empty();
  }

  private static boolean sameCountry(Actor actor, String country) {
    String role = actor.role().map(r -> r.text()).orElse("");
    if (role.contains(country.replaceFirst("^the ", ""))) {
      return true;
    }
    for (var e : COUNTRIES.entrySet()) {
      if (e.getValue().equals(country)
          && role.matches(".*\\b" + Pattern.quote(e.getKey()) + "\\b.*")) {
        return true;
      }
    }
    return false;
  }

  /** True when {@code m} is a number that lies within a date mention of its sentence. */
  private boolean insideDate(Sentence s, EntityMention m) {
    if (m.type() == EntityType.DATE) {
      return false;
    }
    for (EntityMention d : a.mentionsIn(s.index())) {
      if (d.type() == EntityType.DATE && d.start() <= m.start() && m.end() <= d.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * "on Wednesday (September 17, 2025)": another date beside the weekday would contradict it, which
   * gives the false statement away.
   */
  private static boolean weekdayBeside(Sentence s, EntityMention m) {
    int from = Math.max(0, m.firstToken() - 3);
    int to = Math.min(s.size() - 1, m.lastToken() + 3);
    for (int i = from; i <= to; i++) {
      if (WEEKDAY.matcher(s.token(i).text()).matches()) {
        return true;
      }
    }
    return false;
  }

  private static int words(String s) {
    return s.split("\\s+").length;
  }

  private static String firstWord(String s) {
    String[] w = s.split("[\\s,]+", 2);
    return w[0].toLowerCase(Locale.ROOT);
  }
}
