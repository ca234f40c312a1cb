package org.civicbrief.core.quiz;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.briefing.NameGender;
import org.civicbrief.core.civic.Category;
import org.civicbrief.core.civic.ClassifyStatements;
import org.civicbrief.core.civic.ConceptMatch;
import org.civicbrief.core.civic.ContextItem;
import org.civicbrief.core.civic.Officeholders;
import org.civicbrief.core.civic.QuizFact;
import org.civicbrief.core.civic.SpanishCard;
import org.civicbrief.core.civic.Statement;
import org.civicbrief.core.common.Sha256;
import org.civicbrief.core.text.AnnotatedArticle;
import org.civicbrief.core.text.Layout;

/**
 * Writes the quiz of a briefing: candidate questions of every kind, the quality gates, then a
 * selection that covers the story's main points first, mixes kinds and never tests one fact twice.
 * Deterministic: the same briefing gives the same questions in the same order with the same
 * options.
 */
public final class GenerateQuiz {

  private static final int WORDS_PER_QUESTION = 150;
  private static final int MIN = 5;
  private static final int MAX = 15;

  /** With {@code -Dcivicbrief.quiz.trace=true}, every candidate and its gate go to stderr. */
  private static final boolean TRACE = Boolean.getBoolean("civicbrief.quiz.trace");

  private final Officeholders officeholders;
  private final Map<String, SpanishCard> spanish;
  private final NameGender genders;

  /** A writer whose only curated people are the distractor pool's. */
  public GenerateQuiz() {
    this(Officeholders.none());
  }

  /**
   * A writer that also offers, as wrong answers for a person in an office, the people who held the
   * same kind of office on the article's date.
   */
  public GenerateQuiz(Officeholders officeholders) {
    this(officeholders, Map.of());
  }

  /**
   * A writer that also asks, in a Spanish article's quiz, the Spanish background questions of the
   * cards that have them ({@code spanish}, by card id; ADR 21).
   */
  public GenerateQuiz(Officeholders officeholders, Map<String, SpanishCard> spanish) {
    this(officeholders, spanish, NameGender.unknown());
  }

  /**
   * As {@link #GenerateQuiz(Officeholders, Map)}, with the usual gender of first names: a Spanish
   * stem says a person's gender ("la jueza", "el gobernador"), so its people options share the
   * key's (REVIEW.md D3, ADR 21).
   */
  public GenerateQuiz(
      Officeholders officeholders, Map<String, SpanishCard> spanish, NameGender genders) {
    this.officeholders = java.util.Objects.requireNonNull(officeholders, "officeholders");
    this.spanish = Map.copyOf(spanish);
    this.genders = java.util.Objects.requireNonNull(genders, "genders");
  }

  /** Writes the quiz; {@code annotated} is the annotation the briefing was built from. */
  public Quiz generate(Briefing briefing, AnnotatedArticle annotated) {
    return generate(briefing, annotated, Layout.of(annotated));
  }

  /** Writes the quiz from the article's {@code layout}, which the briefing found already. */
  public Quiz generate(Briefing briefing, AnnotatedArticle annotated, Layout layout) {
    return generate(
        briefing, annotated, layout, new ClassifyStatements().classify(annotated, layout));
  }

  /**
   * Writes the quiz from the article's {@code layout} and {@code voices}, which the briefing found
   * already: no sentence the briefing judged opinion becomes a key.
   */
  public Quiz generate(
      Briefing briefing, AnnotatedArticle annotated, Layout layout, List<Statement> voices) {
    int words = bodyWords(briefing, annotated);
    // Three, and one per 150 words: a 250-word lead asks five, a 1,500-word article thirteen (issue
    // 15 asks at least 4 and 10 article items); fewer when fewer candidates pass the gates.
    int target = Math.max(MIN, Math.min(MAX, Math.round(words / (float) WORDS_PER_QUESTION) + 3));
    List<Candidate> candidates =
        new WriteQuestions(briefing, annotated, layout, voices, officeholders, genders).all();
    QualityGates gates =
        new QualityGates(
            briefing.article().text(),
            personNames(briefing),
            bodyNames(briefing),
            SpanishQuiz.isSpanish(briefing));
    Map<String, Integer> dropped = new TreeMap<>();
    if (TRACE) {
      System.err.println("ARTICLE\t" + briefing.headline().text());
    }
    List<Passed> passed = new ArrayList<>();
    for (Candidate c : candidates) {
      QualityGates.Result r = gates.check(c);
      if (TRACE) {
        System.err.println(
            String.join(
                "\t",
                r.failedGate().map(g -> "DROP\t" + g).orElse("PASS\t" + c.evidence().sentence()),
                c.kind().toString(),
                c.stem(),
                c.answer(),
                c.distractors().toString()));
      }
      if (r.failedGate().isPresent()) {
        dropped.merge(r.failedGate().get(), 1, Integer::sum);
      } else {
        passed.add(new Passed(c, r.distractors()));
      }
    }
    List<Passed> chosen = select(passed, target, dropped, SpanishQuiz.isSpanish(briefing));
    List<Question> questions = new ArrayList<>();
    String textHash = Sha256.hex(briefing.article().text());
    for (Passed p : chosen) {
      questions.add(question(p, textHash, briefing));
    }
    questions.addAll(background(briefing, annotated, textHash, MAX - questions.size(), questions));
    // Keys spread over the letters in every language (R-es1: 13 of 24 at C; R18: 10 of 20 at A).
    questions = balanceKeys(questions);
    return new Quiz(questions, target, candidates.size(), dropped);
  }

  /** A procedural rule's or a code title's number: "Rule 65", "Title VI of the Act". */
  private static final java.util.regex.Pattern RULE_NUMBER =
      java.util.regex.Pattern.compile(
          "(?i)\\b(rule|title)\\b(\\s+of(\\s+\\p{L}+){1,3})?\\s+[\\dIVXL]+\\b");

  /** A case name's parties: "United States v. Wong Kim Ark". */
  private static final java.util.regex.Pattern CASE_NAME =
      java.util.regex.Pattern.compile("^(.+?) v\\. (.+)$");

  /** Parties that name no case on their own: the government sues and is sued in most. */
  private static final Set<String> GENERIC_PARTIES =
      Set.of("United States", "U.S.", "US", "the United States", "State", "People");

  /** A four-digit year, the whole answer. */
  private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("^\\d{4}$");

  /**
   * True when a card's fact is trivia to this story, asked of a card the story does touch: a rule's
   * or a title's number ("Rule 65", "Federal Rule of Civil Procedure 65", "Title VII": R18 rejected
   * each; what the rule does is asked instead); a case the article never names ("Which case
   * established judicial review in 1803?" beside a birthright story, "Which 2008 case set out the
   * test for preliminary injunctions?" beside a ruling on deportations: history the story does not
   * turn on, and for a ruling the article awaits, its future); a year the article never writes ("In
   * what year was the Fourteenth Amendment ratified?"). A year or a case the article names is part
   * of the story, and asked. A constitutional article ("Article II") is civics, not trivia.
   */
  static boolean trivia(QuizFact fact, String articleText) {
    String answer = fact.answer().strip();
    if (RULE_NUMBER.matcher(answer).find()) {
      return true;
    }
    if (YEAR.matcher(answer).matches()) {
      return !articleText.contains(answer);
    }
    java.util.regex.Matcher caseName = CASE_NAME.matcher(answer);
    if (caseName.matches()) {
      for (int i = 1; i <= 2; i++) {
        String party = caseName.group(i).strip();
        if (!GENERIC_PARTIES.contains(party) && articleText.contains(party)) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  /**
   * Keys spread over the letters (REVIEW.md D5, C4; R-es1 found the key at C in 13 of 24): a quiz's
   * ordered options (numbers, dates, years, which stay in ascending order) keep their key where it
   * is; every other multiple-choice item, in quiz order, puts its key at the letter used least so
   * far, the nearest to where its shuffle put it on a tie. Deterministic: it reads only the quiz.
   */
  static List<Question> balanceKeys(List<Question> questions) {
    int[] used = new int[8];
    for (Question q : questions) {
      if (ordered(q)) {
        used[q.options().indexOf(q.answer())]++;
      }
    }
    List<Question> out = new ArrayList<>();
    for (Question q : questions) {
      if (q.kind() == QuestionKind.TRUE_FALSE || ordered(q) || !q.options().contains(q.answer())) {
        out.add(q);
        continue;
      }
      int at = q.options().indexOf(q.answer());
      int best = at;
      for (int i = 0; i < q.options().size(); i++) {
        if (used[i] < used[best]
            || (used[i] == used[best] && Math.abs(i - at) < Math.abs(best - at))) {
          best = i;
        }
      }
      used[best]++;
      List<String> options = new ArrayList<>(q.options());
      java.util.Collections.swap(options, at, best);
      out.add(
          new Question(
              q.id(),
              q.kind(),
              q.stem(),
              options,
              q.answer(),
              q.explanation(),
              q.evidence(),
              q.difficulty(),
              q.tests(),
              q.background(),
              q.source()));
    }
    return out;
  }

  /** Options that all read as numbers, dates or years, shown in ascending order. */
  private static boolean ordered(Question q) {
    return q.kind() != QuestionKind.TRUE_FALSE
        && q.options().stream().noneMatch(o -> Double.isNaN(magnitude(o)));
  }

  /** Every name and other name of the briefing's persons, with their surnames. */
  private static List<String> personNames(Briefing briefing) {
    List<String> names = new ArrayList<>();
    for (org.civicbrief.core.briefing.Actor a : briefing.actors()) {
      if (a.kind() != org.civicbrief.core.briefing.ActorKind.PERSON) {
        continue;
      }
      names.add(a.name());
      names.addAll(a.aliases());
      String[] parts = a.name().split("\\s+");
      names.add(parts[parts.length - 1]);
    }
    return names;
  }

  /** Every name and other name of the briefing's organizations. */
  private static List<String> bodyNames(Briefing briefing) {
    List<String> names = new ArrayList<>();
    for (org.civicbrief.core.briefing.Actor a : briefing.actors()) {
      if (a.kind() == org.civicbrief.core.briefing.ActorKind.ORGANIZATION) {
        names.add(a.name());
        names.addAll(a.aliases());
      }
    }
    return names;
  }

  record Passed(Candidate candidate, List<String> distractors) {}

  /**
   * How far a statement falls behind when its sentence has a question of another kind: past the gap
   * between a statement's and a blank's priority on the same sentence (0.3), so the blank goes
   * first.
   */
  private static final double STATEMENT_GIVES_WAY = 0.5;

  /**
   * Main points first: each round takes the best remaining candidate of each kind, so kinds mix; a
   * sentence already tested is not tested again.
   */
  static List<Passed> select(
      List<Passed> passed, int target, Map<String, Integer> dropped, boolean spanish) {
    Map<QuestionKind, List<Passed>> byKind = new EnumMap<>(QuestionKind.class);
    for (Passed p : passed) {
      byKind.computeIfAbsent(p.candidate().kind(), k -> new ArrayList<>()).add(p);
    }
    // A sentence that a question of another kind can ask (a blank on its date, its number, its
    // person) is asked by that question, not by a statement: true/false is at most about a third of
    // a quiz, and numbers, dates and people are asked where the article has them (REVIEW.md C3;
    // R18 failed the mix in 12 quizzes of 12, 11 of its 17 article items statements). The lead's
    // central claim is chosen by its own rule below.
    Set<Integer> askedOtherwise = new HashSet<>();
    for (Passed p : passed) {
      if (p.candidate().kind() != QuestionKind.TRUE_FALSE) {
        askedOtherwise.add(p.candidate().evidence().sentence());
      }
    }
    Comparator<Passed> first =
        Comparator.comparingDouble((Passed p) -> -p.candidate().priority())
            .thenComparingInt(p -> p.candidate().evidence().start());
    Comparator<Passed> best =
        Comparator.comparingDouble(
                (Passed p) ->
                    -p.candidate().priority()
                        + (p.candidate().kind() == QuestionKind.TRUE_FALSE
                                && askedOtherwise.contains(p.candidate().evidence().sentence())
                            ? STATEMENT_GIVES_WAY
                            : 0))
            .thenComparingInt(p -> p.candidate().evidence().start());
    byKind.values().forEach(l -> l.sort(best));
    // The true and the false statement of one sentence: the quiz takes whichever keeps the keys
    // balanced (REVIEW.md T2, C3).
    Map<Integer, List<Passed>> truthVariants = new TreeMap<>();
    for (Passed p : passed) {
      if (p.candidate().kind() == QuestionKind.TRUE_FALSE) {
        truthVariants
            .computeIfAbsent(p.candidate().evidence().sentence(), k -> new ArrayList<>())
            .add(p);
      }
    }
    int[] truthKeys = new int[2]; // false, true
    List<Passed> out = new ArrayList<>();
    Set<Integer> usedSentences = new HashSet<>();
    Set<Integer> usedTruths = new HashSet<>();
    List<Passed> heldBack = new ArrayList<>();
    Set<String> usedKeys = new HashSet<>();
    Map<QuestionKind, Integer> perKind = new EnumMap<>(QuestionKind.class);
    int cap = Math.max(2, (int) (target * 0.3));
    // A Spanish quiz has three kinds beside true/false, not six: each may take one more item, and
    // a quiz short of three may take a true key with no false one to balance it, and a kind past
    // its share (ADR 21; issue 19 asks three items of every article).
    int otherCap = spanish ? cap + 1 : cap;
    // The central claim first (REVIEW.md C1): the best item on the lead's sentence, before any
    // other item can take its key or name it.
    Optional<Passed> leadItem =
        passed.stream().filter(p -> p.candidate().tests().equals("dek")).min(first);
    // A leadItem statement with no false twin tests the claim only as "True": a question of another
    // kind on the leadItem tests it as well and leaves the true and false keys balanced.
    // (English only: a Spanish quiz, short of kinds, keeps its lead statement, ADR 21.)
    if (!spanish
        && leadItem.isPresent()
        && leadItem.get().candidate().kind() == QuestionKind.TRUE_FALSE
        && truthVariants.get(leadItem.get().candidate().evidence().sentence()).stream()
            .noneMatch(v -> v.candidate().answer().equals("False"))) {
      Optional<Passed> other =
          passed.stream()
              .filter(p -> p.candidate().tests().equals("dek"))
              .filter(p -> p.candidate().kind() != QuestionKind.TRUE_FALSE)
              // not one whose key another sentence's item asks (a quote's speaker, R-es3)
              .filter(
                  p ->
                      passed.stream()
                          .noneMatch(
                              o ->
                                  o.candidate().kind() != QuestionKind.TRUE_FALSE
                                      && o.candidate().evidence().sentence()
                                          != p.candidate().evidence().sentence()
                                      && factKey(o.candidate()).equals(factKey(p.candidate()))))
              .min(first);
      if (other.isPresent()) {
        leadItem = other;
      }
    }
    Optional<Passed> central = leadItem;
    if (central.isPresent()) {
      Passed p = central.get();
      if (p.candidate().kind() == QuestionKind.TRUE_FALSE) {
        p = balanced(truthVariants.get(p.candidate().evidence().sentence()), truthKeys);
        truthKeys[p.candidate().answer().equals("True") ? 1 : 0]++;
      }
      out.add(p);
      perKind.merge(p.candidate().kind(), 1, Integer::sum);
      usedSentences.add(p.candidate().evidence().sentence());
      if (p.candidate().kind() == QuestionKind.TRUE_FALSE) {
        usedTruths.add(p.candidate().evidence().sentence());
      }
      usedKeys.add(factKey(p.candidate()));
      byKind.values().forEach(l -> l.remove(central.get()));
    }
    // Round after round until the target is met or no candidate is left: a round whose every
    // candidate was turned away (a give-away, a kind at its cap, a true key with no false one)
    // leaves the next candidates of each kind to try.
    while (out.size() < target && byKind.values().stream().anyMatch(l -> !l.isEmpty())) {
      List<Passed> round = new ArrayList<>();
      for (List<Passed> list : byKind.values()) {
        while (!list.isEmpty()) {
          Passed p = list.removeFirst();
          int s = p.candidate().evidence().sentence();
          String key = factKey(p.candidate());
          if ((usedSentences.contains(s) && !ownFact(p, spanish) && !secondFact(p, usedTruths, out))
              || usedKeys.contains(key)) {
            dropped.merge(QualityGates.DUPLICATE, 1, Integer::sum);
            if (TRACE) {
              System.err.println("SKIP\tduplicate\t" + s + "\t" + p.candidate().stem());
            }
            continue;
          }
          round.add(p);
          break;
        }
      }
      round.sort(best);
      for (Passed p : round) {
        int s = p.candidate().evidence().sentence();
        String key = factKey(p.candidate());
        String skip = null;
        if (out.size() >= target) {
          skip = "target";
        } else if (usedSentences.contains(s)
            && !ownFact(p, spanish)
            && !secondFact(p, usedTruths, out)) {
          skip = "sentence";
        } else if (usedKeys.contains(key)) {
          skip = "key";
        } else if (givesAway(p, spanish ? withoutStatementsNaming(out, p) : out)) {
          skip = "givesAway";
        } else if (spanish && restatesChosen(p, out, truthVariants)) {
          skip = "restates";
        } else if (spanish && showsChosenDay(p, out)) {
          skip = "showsDay";
        } else if (perKind.getOrDefault(p.candidate().kind(), 0)
                >= (p.candidate().kind() == QuestionKind.TRUE_FALSE ? cap : otherCap)
            && !(spanish && out.size() < 3)) {
          skip = "cap";
        }
        if (skip != null) {
          if (TRACE) {
            System.err.println("SKIP\t" + skip + "\t" + s + "\t" + p.candidate().stem());
          }
          continue;
        }
        if (p.candidate().kind() == QuestionKind.TRUE_FALSE) {
          p = balanced(truthVariants.get(s), truthKeys);
          int truth = p.candidate().answer().equals("True") ? 1 : 0;
          // A true key only after a false one: keys stay balanced even when a quiz has few
          // statements with a fair false twin. The lead's statement is the story's central claim
          // (REVIEW.md C1) and is always asked.
          boolean lead = p.candidate().tests().equals("dek");
          boolean short3 = spanish && out.size() < 3;
          if (!lead && !short3 && truthKeys[truth] >= truthKeys[1 - truth] + (truth == 1 ? 0 : 1)) {
            dropped.merge(QualityGates.BALANCE, 1, Integer::sum);
            if (TRACE) {
              System.err.println("SKIP\tbalance\t" + s + "\t" + p.candidate().stem());
            }
            heldBack.add(p);
            continue; // a second true key with no false one to balance it gives the pattern away
          }
          truthKeys[truth]++;
        }
        perKind.merge(p.candidate().kind(), 1, Integer::sum);
        out.add(p);
        usedSentences.add(s);
        if (p.candidate().kind() == QuestionKind.TRUE_FALSE) {
          usedTruths.add(s);
        }
        usedKeys.add(key);
      }
    }
    // A quiz with no item at all takes one true statement with no false twin: one true key gives
    // no pattern away, and an empty quiz tests nothing (five of the 74 English leads asked
    // nothing of the article).
    if (out.isEmpty()) {
      heldBack.sort(best);
      for (Passed p : heldBack) {
        int s = p.candidate().evidence().sentence();
        if (!usedSentences.contains(s) && !usedKeys.contains(factKey(p.candidate()))) {
          out.add(p);
          dropped.merge(QualityGates.BALANCE, -1, Integer::sum);
          dropped.remove(QualityGates.BALANCE, 0);
          break;
        }
      }
    }
    out.sort(best);
    return out;
  }

  /**
   * A sentence that holds two facts ("who" and "when") may be asked twice, by two questions other
   * than a true/false statement (which asks the whole sentence) whose keys differ in kind: a date
   * asked by "When …?" and by a blank is one fact asked twice (REVIEW.md C2).
   */
  private static boolean secondFact(Passed p, Set<Integer> usedTruths, List<Passed> chosen) {
    int s = p.candidate().evidence().sentence();
    return p.candidate().kind() != QuestionKind.TRUE_FALSE
        && !usedTruths.contains(s)
        && chosen.stream()
            .noneMatch(
                o ->
                    o.candidate().evidence().sentence() == s
                        && o.candidate().type() == p.candidate().type());
  }

  /**
   * {@code chosen} without the true/false statements that name the speaker of who-said {@code p}:
   * in a Spanish quiz a statement, which may be false, does not tell whose words a quote is, and
   * the story's main actor is named in its lead statement and speaks in most of its quotes (R-es3:
   * no quote item in four quizzes whose articles quote a named person; ADR 21).
   */
  private static List<Passed> withoutStatementsNaming(List<Passed> chosen, Passed p) {
    if (p.candidate().kind() != QuestionKind.WHO_SAID) {
      return chosen;
    }
    return chosen.stream().filter(c -> c.candidate().kind() != QuestionKind.TRUE_FALSE).toList();
  }

  /**
   * A Spanish statement or blank that says what a chosen one says (R-es3, ADR 21). A statement is
   * compared in each of its versions, the true one and its false twin: a false lead ("invocó la Ley
   * de Insurrección") and a true later line on the same fact test it twice, and the second gives
   * the first away.
   */
  private static boolean restatesChosen(
      Passed p, List<Passed> chosen, Map<Integer, List<Passed>> truthVariants) {
    if (p.candidate().kind() != QuestionKind.TRUE_FALSE
        && p.candidate().kind() != QuestionKind.FILL_IN_BLANK) {
      return false;
    }
    List<String> said = new ArrayList<>();
    for (Passed c : chosen) {
      if (c.candidate().kind() == QuestionKind.TRUE_FALSE) {
        truthVariants
            .getOrDefault(c.candidate().evidence().sentence(), List.of(c))
            .forEach(v -> said.add(v.candidate().stem()));
      } else if (c.candidate().kind() == QuestionKind.FILL_IN_BLANK) {
        said.add(c.candidate().stem());
      }
    }
    List<Passed> versions =
        p.candidate().kind() == QuestionKind.TRUE_FALSE
            ? truthVariants.getOrDefault(p.candidate().evidence().sentence(), List.of(p))
            : List.of(p);
    return versions.stream().anyMatch(v -> SpanishQuiz.restates(v.candidate().stem(), said));
  }

  /**
   * True when {@code p} and a chosen item are a Spanish day blank and a stem that says that day as
   * the article does ("el jueves"): beside the publication date every such stem carries, it gives
   * the day's full date away (REVIEW.md Q3; bc-05 asked its day and a statement with its weekday).
   */
  private static boolean showsChosenDay(Passed p, List<Passed> chosen) {
    for (Passed c : chosen) {
      if (saysDayOf(p.candidate(), c.candidate()) || saysDayOf(c.candidate(), p.candidate())) {
        return true;
      }
    }
    return false;
  }

  /** True when {@code stem}'s text says the day that day blank {@code day} hides. */
  private static boolean saysDayOf(Candidate stem, Candidate day) {
    if (day.kind() != QuestionKind.FILL_IN_BLANK || day.type() != AnswerType.DATE) {
      return false;
    }
    String text = stem.stem().toLowerCase(java.util.Locale.ROOT);
    return day.aliases().stream()
        .anyMatch(a -> text.contains(a.toLowerCase(java.util.Locale.ROOT)));
  }

  /**
   * A Spanish role question tests one person's role, not its sentence's fact: "el gobernador de
   * California, Gavin Newsom, y el fiscal general del estado, Rob Bonta" holds two (ADR 21).
   */
  private static boolean ownFact(Passed p, boolean spanish) {
    return spanish && p.candidate().kind() == QuestionKind.WHO_IS;
  }

  /**
   * What a question tests: its key, whatever the kind (two items keyed to the same judge test one
   * fact twice), or for a true/false statement, its sentence.
   */
  private static String factKey(Candidate c) {
    return c.kind() == QuestionKind.TRUE_FALSE
        ? "sentence:" + c.evidence().sentence()
        : "key:" + c.answer().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * True when {@code c}'s stem names a chosen item's key, or a chosen stem names {@code c}'s, and
   * singles it out: a stem that names the key and none of the other options points at the key; one
   * that names the key among the others ("Newsom, joined by Rivas and McGuire, signed …" beside
   * "Who said …?" with those three as options) gives nothing away.
   */
  private static boolean givesAway(Passed c, List<Passed> chosen) {
    for (Passed p : chosen) {
      if (singlesOut(c.candidate().stem(), p) || singlesOut(p.candidate().stem(), c)) {
        return true;
      }
    }
    return false;
  }

  private static boolean singlesOut(String stem, Passed p) {
    Candidate c = p.candidate();
    if (c.kind() == QuestionKind.TRUE_FALSE || !names(stem, c.answer())) {
      return false;
    }
    String lower = stem.toLowerCase(java.util.Locale.ROOT);
    for (String d : p.distractors()) {
      String form = c.type() == AnswerType.PERSON ? Distractors.surname(d) : d;
      if (form.length() >= 4 && lower.contains(form.toLowerCase(java.util.Locale.ROOT))) {
        return false; // another option is named there too
      }
    }
    return true;
  }

  /**
   * True when an article item already chosen gives the card fact's answer away ("the Alien Enemies
   * Act of 1798" beside "In what year …?"), the fact's question gives away a chosen key, or a
   * chosen item has the fact's answer for its key: one fact asked twice (REVIEW.md C2).
   */
  static boolean answeredBy(QuizFact fact, List<Question> chosen) {
    for (Question q : chosen) {
      if (names(q.stem(), fact.answer())
          || (q.kind() != QuestionKind.TRUE_FALSE && q.answer().equalsIgnoreCase(fact.answer()))
          || (q.kind() != QuestionKind.TRUE_FALSE && names(fact.question(), q.answer()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when {@code stem} states {@code key}: a name of four letters or more anywhere in it, a
   * number as a number of its own ("75" in "a 75-day extension", not in "1975").
   */
  static boolean names(String stem, String key) {
    String k = key.toLowerCase(java.util.Locale.ROOT).replaceFirst("^the ", "").strip();
    String lower = stem.toLowerCase(java.util.Locale.ROOT);
    if (!k.isEmpty() && Character.isDigit(k.charAt(k.length() - 1)) && k.length() < 4) {
      // A short number stands on its own: not inside "1975" or "7.5".
      for (int at = lower.indexOf(k); at >= 0; at = lower.indexOf(k, at + 1)) {
        int end = at + k.length();
        boolean before = at > 0 && ".,0123456789".indexOf(lower.charAt(at - 1)) >= 0;
        boolean after = end < lower.length() && Character.isDigit(lower.charAt(end));
        if (!before && !after) {
          return true;
        }
      }
      return false;
    }
    return k.length() >= 4 && lower.contains(k);
  }

  /** Of a sentence's true and false statements, the one whose key is rarer so far (false first). */
  private static Passed balanced(List<Passed> variants, int[] truthKeys) {
    String wanted = truthKeys[1] < truthKeys[0] ? "True" : "False";
    for (Passed v : variants) {
      if (v.candidate().answer().equals(wanted)) {
        return v;
      }
    }
    return variants.getFirst();
  }

  private static Question question(Passed p, String textHash, Briefing b) {
    Candidate c = p.candidate();
    String id =
        "q-"
            + Sha256.hex(
                    textHash
                        + "|"
                        + c.kind()
                        + "|"
                        + c.evidence().start()
                        + "|"
                        + c.evidence().end()
                        + "|"
                        + c.answer())
                .substring(0, 10);
    List<String> options = new ArrayList<>();
    if (c.kind() == QuestionKind.TRUE_FALSE) {
      options.add("True");
      options.add("False");
    } else {
      options.add(c.answer());
      options.addAll(p.distractors());
      if (SpanishQuiz.isSpanish(b)
          && (c.type() == AnswerType.NUMBER || c.type() == AnswerType.DATE)
          && options.stream().noneMatch(o -> Double.isNaN(SpanishValueBlanks.magnitude(o)))) {
        // "el 9 de abril de 2025", "1.500", "2,5 millones": in the order Spanish reads them (D5)
        options.sort(Comparator.comparing(SpanishValueBlanks::magnitude));
      } else if (c.type() == AnswerType.NUMBER || c.type() == AnswerType.DATE) {
        options.sort(Comparator.comparing(GenerateQuiz::magnitude)); // REVIEW.md D5
      } else {
        java.util.Collections.shuffle(options, new Random(id.hashCode()));
      }
    }
    Question q =
        new Question(
            id,
            c.kind(),
            c.stem(),
            options,
            c.answer(),
            c.explanation(),
            c.evidence(),
            difficulty(c, b),
            c.tests(),
            false,
            Optional.empty());
    return SpanishQuiz.isSpanish(b) ? SpanishQuiz.translate(q, b) : q;
  }

  /** True when {@code explanation} states a date after {@code published}. */
  static boolean describesLater(String explanation, java.time.LocalDate published) {
    return org.civicbrief.core.civic.CardDates.describesLater(explanation, published);
  }

  /**
   * Background questions about the concepts the story touches, from the knowledge base's cards: at
   * most two, cited cards first, marked as background and citing the card's primary source.
   */
  private List<Question> background(
      Briefing b, AnnotatedArticle annotated, String textHash, int room, List<Question> chosen) {
    List<ConceptMatch> ordered = new ArrayList<>();
    for (ContextItem item : b.whyItMatters()) {
      for (ConceptMatch m : b.concepts()) {
        // Only a card the story does more than mention: named in its lead or twice (R17: a
        // recess-appointment card for a confirmed nominee, an initiative card for a measure the
        // legislature put on the ballot, each matched by one passing sentence).
        if (m.card().id().equals(item.citation().cardId())
            && !ordered.contains(m)
            && (m.sentences().size() >= 2 || m.sentences().getFirst() <= 1)) {
          ordered.add(m);
        }
      }
    }
    // The cards "why this matters" shows, the rules the story turns on, first; a card it merely
    // touches gives trivia ("How many justices…", "When was the Fed created?", R16's four
    // rejected background items out of five), and is asked only to give a thin quiz its three
    // items.
    for (ConceptMatch m : b.concepts()) {
      if (chosen.size() < 3
          && !ordered.contains(m)
          && (m.sentences().size() >= 2 || m.sentences().getFirst() <= 2)) {
        ordered.add(m);
      }
    }
    List<Question> out = new ArrayList<>();
    boolean es = SpanishQuiz.isSpanish(b);
    for (ConceptMatch m : ordered) {
      if (out.size() >= Math.min(2, room) || m.evidence().isEmpty()) {
        break;
      }
      if (b.article().published().isPresent()
          && describesLater(m.card().explanation(), b.article().published().get())) {
        continue; // "decided on July 1, 2024" asked in an April 2024 story gives away the future
      }
      // An institution or an office is never asked about: "How many justices sit on the Court?"
      // beside a ruling tests the institution, not the rule the story turns on (R11, R12: the
      // nine justices beside a contempt finding; R16 and R-es3: most rejected background items).
      Category category = m.card().category();
      if (category == Category.INSTITUTION || category == Category.OFFICE) {
        continue;
      }
      // A Spanish briefing asks a card's Spanish facts; a card with none written is not asked.
      SpanishCard spanishCard = spanish.get(m.card().id());
      // As the card read on the article's date: a fact that held only later is not asked.
      if (es && spanishCard != null && b.article().published().isPresent()) {
        spanishCard =
            spanishCard.asOf(m.card().holds(), b.article().published().get()).orElse(null);
      }
      if (es && spanishCard == null) {
        continue;
      }
      List<QuizFact> facts = new ArrayList<>(es ? spanishCard.quizFacts() : m.card().quizFacts());
      // Each article starts at a fact of its own, so a card that many stories touch does not ask
      // the same question in every quiz.
      if (!facts.isEmpty()) {
        java.util.Collections.rotate(
            facts, -Math.floorMod((textHash + m.card().id()).hashCode(), facts.size()));
      }
      // The fact that bears on what the story says where it touches the card comes first; the
      // rotation above only breaks ties.
      StringBuilder matter = new StringBuilder();
      for (int i : m.sentences()) {
        if (i < annotated.sentences().size()) {
          var s = annotated.sentence(i);
          matter.append(annotated.text(), s.start(), s.end()).append(' ');
        }
      }
      facts =
          BearingFacts.order(facts, es ? spanishCard.name() : m.card().name(), matter.toString());
      for (QuizFact fact : facts) {
        if (fact.distractors().size() < 3
            || trivia(fact, b.article().text())
            || fact.question()
                .toLowerCase(java.util.Locale.ROOT)
                .contains(fact.answer().toLowerCase(java.util.Locale.ROOT))
            || answeredBy(fact, chosen)) {
          continue;
        }
        String id =
            "q-"
                + Sha256.hex(textHash + "|concept|" + m.card().id() + "|" + fact.question())
                    .substring(0, 10);
        List<String> options = new ArrayList<>();
        options.add(fact.answer());
        options.addAll(fact.distractors().subList(0, 3));
        if (options.stream().noneMatch(o -> Double.isNaN(magnitude(o)))) {
          options.sort(Comparator.comparing(GenerateQuiz::magnitude)); // numbers ascending (D5)
        } else {
          java.util.Collections.shuffle(options, new Random(id.hashCode()));
        }
        // A Spanish quiz names the source by its Spanish title (R-es2: English titles on a page).
        String source =
            (es ? spanishCard.source() : m.card().source().title())
                + " — "
                + m.card().source().url();
        out.add(
            new Question(
                id,
                QuestionKind.CONCEPT,
                fact.question(),
                options,
                fact.answer(),
                es
                    ? "Sobre "
                        + spanishCard.name()
                        + ": "
                        + spanishCard.explanation()
                        + " Fuente: "
                        + source
                        + "."
                    : "Background on "
                        + m.card().name()
                        + ", which the story touches: "
                        + m.card().explanation()
                        + " Source: "
                        + source
                        + ".",
                m.evidence().getFirst(),
                Difficulty.MEDIUM,
                "concepts/" + m.card().id(),
                true,
                Optional.of(source)));
        break;
      }
    }
    return out;
  }

  /**
   * Salient keys and facts in the summary are easier; precise values and minor actors are harder.
   */
  private static Difficulty difficulty(Candidate c, Briefing b) {
    double score = 0;
    score -= c.salience() >= 0.5 ? 1 : 0;
    score += c.salience() < 0.15 && c.type() == AnswerType.PERSON ? 1 : 0;
    score -= c.tests().startsWith("summary") || c.tests().equals("dek") ? 1 : 0;
    score += c.type() == AnswerType.NUMBER || c.type() == AnswerType.DATE ? 0.5 : 0;
    score += c.kind() == QuestionKind.FILL_IN_BLANK ? 0.5 : 0;
    score -= c.kind() == QuestionKind.TRUE_FALSE ? 0.5 : 0;
    return score <= -1 ? Difficulty.EASY : score >= 1 ? Difficulty.HARD : Difficulty.MEDIUM;
  }

  private static int bodyWords(Briefing b, AnnotatedArticle a) {
    int n = 0;
    for (var s : a.sentences()) {
      if (b.article().titleInText() && s.index() == 0) {
        continue;
      }
      for (var t : s.tokens()) {
        if (Character.isLetterOrDigit(t.text().charAt(0))) {
          n++;
        }
      }
    }
    return n;
  }

  /**
   * The value of a number or date option, for ordering: "1,500" is 1500, "March 4, 2025" is its
   * epoch day, "$2.5 million" is 2.5e6.
   */
  private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";

  // "Nueve" beside "Siete" and "Once" sorts as 9 among 7 and 11 (a Spanish card's options, D5).
  private static final List<String> SPANISH_NUMBER_WORDS =
      List.of(
          "cero",
          "uno",
          "dos",
          "tres",
          "cuatro",
          "cinco",
          "seis",
          "siete",
          "ocho",
          "nueve",
          "diez",
          "once",
          "doce",
          "trece",
          "catorce",
          "quince",
          "dieciséis",
          "diecisiete",
          "dieciocho",
          "diecinueve",
          "veinte");

  static double magnitude(String option) {
    String o = option.strip();
    for (java.time.format.DateTimeFormatter f :
        List.of(
            java.time.format.DateTimeFormatter.ofPattern("MMMM d, yyyy", java.util.Locale.US),
            java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", java.util.Locale.US))) {
      try {
        var parsed = f.parse(o);
        int day =
            parsed.isSupported(java.time.temporal.ChronoField.DAY_OF_MONTH)
                ? parsed.get(java.time.temporal.ChronoField.DAY_OF_MONTH)
                : 1;
        return java.time.LocalDate.of(
                parsed.get(java.time.temporal.ChronoField.YEAR),
                parsed.get(java.time.temporal.ChronoField.MONTH_OF_YEAR),
                day)
            .toEpochDay();
      } catch (java.time.DateTimeException e) {
        // not a date in this form; try the next, then read it as a number
      }
    }
    java.util.regex.Matcher day =
        java.util.regex.Pattern.compile("^(\\p{L}{3})\\p{L}*\\.? (\\d{1,2})$").matcher(o);
    if (day.matches()) { // "Oct. 22", "March 4": a day of the key's year, in calendar order
      // "Age 65" is no date: only a month's first three letters, at a multiple of three in
      // MONTHS, and a day the month has.
      int at = MONTHS.indexOf(day.group(1).toLowerCase(java.util.Locale.ROOT));
      int dayOfMonth = Integer.parseInt(day.group(2));
      if (at >= 0 && at % 3 == 0) {
        try {
          return java.time.LocalDate.of(2000, at / 3 + 1, dayOfMonth).toEpochDay();
        } catch (java.time.DateTimeException e) {
          // "June 31": no day; read it as a number below
        }
      }
    }
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d[\\d,]*(\\.\\d+)?").matcher(o);
    double v;
    String rest;
    if (m.find()) {
      v = Double.parseDouble(m.group().replace(",", ""));
      rest = o.substring(m.end()).toLowerCase(java.util.Locale.ROOT);
    } else {
      String[] words = o.toLowerCase(java.util.Locale.ROOT).split("\\s+", 2);
      int word = QuestionContext.NUMBER_WORDS.indexOf(words[0]);
      if (word < 0) {
        word = SPANISH_NUMBER_WORDS.indexOf(words[0]);
      }
      if (word < 0) {
        return Double.NaN;
      }
      v = word;
      rest = words.length > 1 ? words[1] : "";
    }
    return v * scale(rest);
  }

  /** What a number's unit multiplies it by, so "30 days" sorts before "Six months" (D5). */
  private static double scale(String unit) {
    String u = unit.strip();
    if (u.startsWith("trillion")) {
      return 1e12;
    } else if (u.startsWith("billion")) {
      return 1e9;
    } else if (u.startsWith("million")) {
      return 1e6;
    } else if (u.startsWith("thousand")) {
      return 1e3;
    } else if (u.startsWith("hour")) {
      return 1.0 / 24;
    } else if (u.startsWith("week")) {
      return 7;
    } else if (u.startsWith("month")) {
      return 30;
    } else if (u.startsWith("year")) {
      return 365;
    }
    return 1;
  }
}
