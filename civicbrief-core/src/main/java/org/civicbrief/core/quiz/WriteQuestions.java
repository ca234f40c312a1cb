package org.civicbrief.core.quiz;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.civicbrief.core.briefing.Actor;
import org.civicbrief.core.briefing.ActorKind;
import org.civicbrief.core.briefing.BriefItem;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.briefing.DatePrecision;
import org.civicbrief.core.briefing.Evidence;
import org.civicbrief.core.briefing.Quote;
import org.civicbrief.core.briefing.TimelineEvent;
import org.civicbrief.core.text.AnnotatedArticle;
import org.civicbrief.core.text.EntityMention;
import org.civicbrief.core.text.EntityType;
import org.civicbrief.core.text.Sentence;
import org.civicbrief.core.text.Token;

/** Writes candidate questions of every kind from the briefing's items and their sentences. */
final class WriteQuestions {

  private static final Set<String> QUALIFIERS =
      Set.of(
          "up",
          "roughly",
          "about",
          "some",
          "nearly",
          "approximately",
          "around",
          "almost",
          "over",
          "than",
          "least",
          "estimated",
          "to");

  private final Briefing b;
  private final AnnotatedArticle a;
  private final String text;
  private final QuoteRanges quotes;
  private final Distractors distractors;
  private final Stems stems;
  private final Explain explain;
  private final Map<Integer, String> itemOf = new HashMap<>();
  private final Map<Integer, Double> weightOf = new HashMap<>();
  private final int maxMentions;

  WriteQuestions(Briefing b, AnnotatedArticle a) {
    this.b = b;
    this.a = a;
    this.text = b.article().text();
    this.quotes = new QuoteRanges(text, b.quotes());
    this.distractors = new Distractors(b);
    this.stems = new Stems(text);
    this.explain = new Explain(b);
    for (int i = b.coreFacts().size() - 1; i >= 0; i--) {
      itemOf.put(b.coreFacts().get(i).evidence().sentence(), "coreFacts[" + i + "]");
      weightOf.put(b.coreFacts().get(i).evidence().sentence(), 2.5);
    }
    for (int i = b.summary().size() - 1; i >= 0; i--) {
      itemOf.put(b.summary().get(i).evidence().sentence(), "summary[" + i + "]");
      weightOf.put(b.summary().get(i).evidence().sentence(), 3.0);
    }
    itemOf.put(b.dek().evidence().sentence(), "dek");
    weightOf.put(b.dek().evidence().sentence(), 3.0);
    this.maxMentions = Math.max(1, b.actors().stream().mapToInt(Actor::mentions).max().orElse(1));
  }

  List<Candidate> all() {
    List<Candidate> out = new ArrayList<>();
    for (Quote q : b.quotes()) {
      whoSaid(q).ifPresent(out::add);
    }
    for (Actor actor : b.actors()) {
      whoIs(actor).ifPresent(out::add);
    }
    for (int i = 0; i < b.timeline().size(); i++) {
      when(b.timeline().get(i), i).ifPresent(out::add);
    }
    List<BriefItem> items = new ArrayList<>(b.summary());
    items.add(b.dek());
    items.addAll(b.coreFacts());
    Set<Integer> seen = new HashSet<>();
    for (BriefItem item : items) {
      if (!seen.add(item.evidence().sentence())) {
        continue;
      }
      Sentence s = a.sentence(item.evidence().sentence());
      out.addAll(howMany(s, item));
      who(s, item).ifPresent(out::add);
      trueFalse(s, item).ifPresent(out::add);
      out.addAll(fillBlank(s, item));
    }
    return out;
  }

  private boolean inDate(int offset) {
    for (EntityMention m : a.mentions()) {
      if (m.type() == EntityType.DATE && offset >= m.start() && offset < m.end()) {
        return true;
      }
    }
    return false;
  }

  private String item(int sentence, String fallback) {
    return itemOf.getOrDefault(sentence, fallback);
  }

  private double weight(int sentence, double fallback) {
    return weightOf.getOrDefault(sentence, fallback);
  }

  private double salience(String name) {
    for (Actor actor : b.actors()) {
      if (actor.name().equals(name)) {
        return actor.mentions() / (double) maxMentions;
      }
    }
    return 0;
  }

  private Set<String> aliases(String name) {
    Set<String> out = new HashSet<>();
    for (Actor actor : b.actors()) {
      if (actor.name().equals(name)) {
        out.addAll(actor.aliases());
        for (String part : name.split("\\s+")) {
          if (part.length() > 3 && Character.isUpperCase(part.charAt(0))) {
            out.add(part);
          }
        }
      }
    }
    return out;
  }

  private static long seed(Evidence e) {
    return e.start() * 31L + e.end();
  }

  // ---- who said ----

  private Optional<Candidate> whoSaid(Quote q) {
    if (q.speakerId().isEmpty() || FindWords.count(q.text()) < 4) {
      return Optional.empty();
    }
    String shown = q.text().replaceAll("[,\\s]+$", "");
    String[] words = shown.split("\\s+");
    if (words.length > 28) {
      shown = String.join(" ", java.util.Arrays.copyOf(words, 22)).replaceAll("[,;:]$", "") + " …";
    }
    String stem = "Who said “" + shown + "”?";
    return Optional.of(
        new Candidate(
            QuestionKind.WHO_SAID,
            stem,
            q.speaker(),
            distractors.people(q.speaker(), seed(q.evidence())),
            AnswerType.PERSON,
            explain.quote(q),
            q.evidence(),
            "quotes/" + q.id(),
            weight(q.evidence().sentence(), 1.8),
            salience(q.speaker()),
            aliases(q.speaker()),
            Set.of()));
  }

  // ---- who is ----

  private Optional<Candidate> whoIs(Actor actor) {
    if (actor.kind() != ActorKind.PERSON || actor.role().isEmpty()) {
      return Optional.empty();
    }
    String role = actor.role().get().text();
    if (role.split("\\s+").length < 2) {
      return Optional.empty(); // "President" alone names no one in particular
    }
    Set<String> sameRole = new HashSet<>();
    String head = lastWord(role);
    for (Actor other : b.actors()) {
      if (other != actor && other.role().map(r -> lastWord(r.text()).equals(head)).orElse(false)) {
        sameRole.add(other.name());
      }
    }
    String stem = "Who is described in the article as " + withArticle(role) + "?";
    List<String> people = new ArrayList<>(distractors.people(actor.name(), seed(actor.evidence())));
    people.removeAll(sameRole);
    return Optional.of(
        new Candidate(
            QuestionKind.WHO_IS,
            stem,
            actor.name(),
            people,
            AnswerType.PERSON,
            explain.role(actor),
            actor.role().get().evidence(),
            "actors/" + actor.id(),
            1.6,
            salience(actor.name()),
            aliases(actor.name()),
            sameRole));
  }

  private static String lastWord(String s) {
    String[] w = s.toLowerCase(Locale.ROOT).split("\\s+");
    return w[w.length - 1];
  }

  static String withArticle(String role) {
    String first = role.split("\\s+")[0];
    if (first.endsWith("’s") || first.endsWith("'s")) {
      return role;
    }
    String lower = role.toLowerCase(Locale.ROOT);
    boolean indefinite =
        lower.startsWith("former ")
            || Set.of(
                    "agent",
                    "official",
                    "analyst",
                    "member",
                    "expert",
                    "colonel",
                    "lawyer",
                    "researcher",
                    "activist",
                    "professor",
                    "economist",
                    "veteran")
                .contains(lastWord(role));
    if (indefinite) {
      return ("aeiou".indexOf(lower.charAt(0)) >= 0 ? "an " : "a ") + role;
    }
    return "the " + role;
  }

  // ---- when ----

  private Optional<Candidate> when(TimelineEvent e, int index) {
    if (e.approximate() || e.precision() == DatePrecision.YEAR) {
      return Optional.empty();
    }
    Sentence s = a.sentence(e.evidence().sentence());
    int from = firstTokenAt(s, e.evidence().start());
    Clause c = Clause.read(s, from, quotes, this::inDate);
    if (c == null
        || quotes.overlaps(s.token(c.subjectStart()).start(), s.token(c.restStart() - 1).end())) {
      return Optional.empty();
    }
    int dateFirst = firstTokenAt(s, e.dateEvidence().start());
    int dateLast = lastTokenBefore(s, e.dateEvidence().end());
    String stem;
    int gerund = byGerund(s, c);
    if (dateFirst >= c.from() && dateLast < c.adverbialEnd()) {
      Clause without =
          new Clause(
              s,
              c.adverbialEnd(),
              c.adverbialEnd(),
              c.subjectStart(),
              c.verbStart(),
              c.mainVerb(),
              c.restStart(),
              c.end());
      stem =
          gerund > 0
              ? stems.byGerundQuestion("When", without, gerund)
              : stems.objectQuestion("When", without, -1, -1);
    } else if (dateFirst >= c.restStart() && dateLast < c.end()) {
      int cut = dateFirst;
      while (cut > c.restStart() && isPrepositionOrModifier(s.token(cut - 1))) {
        cut--;
      }
      stem = stems.objectQuestion("When", c, cut, dateLast + 1);
    } else {
      return Optional.empty();
    }
    if (stem == null) {
      return Optional.empty();
    }
    List<String> articleDates = b.timeline().stream().map(TimelineEvent::date).toList();
    return Optional.of(
        new Candidate(
            QuestionKind.WHEN,
            stem,
            Distractors.display(e.date()),
            Distractors.dates(e.date(), articleDates, Map.of()),
            AnswerType.DATE,
            explain.date(e),
            e.evidence(),
            "timeline[" + index + "]",
            weight(s.index(), 2.0) + 0.35,
            0.5,
            Set.of(e.dateText()),
            Set.of()));
  }

  private static final Set<String> FRAMING_VERBS =
      Set.of(
          "underscore",
          "highlight",
          "show",
          "mark",
          "demonstrate",
          "signal",
          "emphasize",
          "begin",
          "start",
          "respond",
          "react",
          "follow",
          "escalate",
          "continue");

  /** The gerund of "… underscored X by signing Y", when the main verb only frames the action. */
  private static int byGerund(Sentence s, Clause c) {
    if (!FRAMING_VERBS.contains(s.token(c.mainVerb()).lemma().toLowerCase(Locale.ROOT))) {
      return -1;
    }
    for (int i = c.restStart(); i + 1 < c.end(); i++) {
      if (s.token(i).text().equals("by") && s.token(i + 1).pos().equals("VBG")) {
        return i + 1;
      }
    }
    return -1;
  }

  private static boolean isPrepositionOrModifier(Token t) {
    String w = t.text().toLowerCase(Locale.ROOT);
    return t.pos().equals("IN") || w.equals("late") || w.equals("early") || w.equals("mid");
  }

  // ---- how many / how much ----

  private List<Candidate> howMany(Sentence s, BriefItem item) {
    List<Candidate> out = new ArrayList<>();
    int from = firstTokenAt(s, item.evidence().start());
    Clause c = Clause.read(s, from, quotes, this::inDate);
    if (c == null) {
      return out;
    }
    for (EntityMention m : a.mentionsIn(s.index())) {
      boolean money = m.type() == EntityType.MONEY;
      if (!(m.type() == EntityType.NUMBER || money)
          || quotes.inside(m.start())
          || m.start() < item.evidence().start()) {
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
      List<String> options = numberOptions(m, shown, money);
      out.add(
          new Candidate(
              QuestionKind.HOW_MANY,
              stem,
              shown,
              options,
              AnswerType.NUMBER,
              explain.fact(item, shown),
              item.evidence(),
              item(s.index(), "article"),
              weight(s.index(), 1.0) + 0.4,
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

  private List<String> numberOptions(EntityMention m, String shown, boolean money) {
    String digits = shown.replaceAll("^[^0-9]*", "").replaceAll("[^0-9.,].*$", "");
    if (digits.isEmpty()) {
      return numberWordOptions(m);
    }
    BigDecimal value;
    try {
      value = new BigDecimal(digits.replace(",", ""));
    } catch (NumberFormatException e) {
      return List.of();
    }
    Set<BigDecimal> taken = new HashSet<>();
    for (EntityMention other : a.mentions()) {
      if (other.type() == m.type() && !other.normalized().isEmpty()) {
        String n = other.normalized().replaceAll("^[A-Z]{3} ", "");
        try {
          BigDecimal v = new BigDecimal(n);
          taken.add(v);
          String od =
              other
                  .text()
                  .replaceAll("^[^0-9]*", "")
                  .replaceAll("[^0-9.,].*$", "")
                  .replace(",", "");
          if (!od.isEmpty()) {
            taken.add(new BigDecimal(od));
          }
        } catch (NumberFormatException e) {
          // a value the recognizer could not write as a plain number cannot collide
        }
      }
    }
    String prefix = shown.substring(0, shown.indexOf(digits));
    String suffix = shown.substring(shown.indexOf(digits) + digits.length());
    List<String> out = new ArrayList<>();
    for (String d : Distractors.numbers(value, digits, taken)) {
      out.add(prefix + d + suffix);
    }
    return out;
  }

  private static final List<String> NUMBER_WORDS =
      List.of(
          "zero",
          "one",
          "two",
          "three",
          "four",
          "five",
          "six",
          "seven",
          "eight",
          "nine",
          "ten",
          "eleven",
          "twelve",
          "thirteen",
          "fourteen",
          "fifteen",
          "sixteen",
          "seventeen",
          "eighteen",
          "nineteen",
          "twenty");

  /** "six cartels": options are words too, near the key and never a count the article gives. */
  private List<String> numberWordOptions(EntityMention m) {
    int value;
    try {
      value = new BigDecimal(m.normalized()).intValueExact();
    } catch (ArithmeticException | NumberFormatException e) {
      return List.of();
    }
    Set<String> taken = new HashSet<>();
    for (EntityMention other : a.mentions()) {
      taken.add(other.normalized());
    }
    List<String> out = new ArrayList<>();
    for (int v : new int[] {value * 2, value + 2, value - 2, value + 4, value * 3, value - 1}) {
      if (v > 0 && v < NUMBER_WORDS.size() && v != value && !taken.contains(Integer.toString(v))) {
        String w = NUMBER_WORDS.get(v);
        if (!out.contains(w)) {
          out.add(Character.isUpperCase(m.text().charAt(0)) ? capitalize(w) : w);
        }
      }
    }
    return out;
  }

  private static String capitalize(String w) {
    return Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }

  // ---- who / which did it (the actor of a core fact) ----

  private Optional<Candidate> who(Sentence s, BriefItem item) {
    int from = firstTokenAt(s, item.evidence().start());
    Clause c = Clause.read(s, from, quotes, this::inDate);
    if (c == null
        || quotes.overlaps(s.token(c.subjectStart()).start(), s.token(c.end() - 1).end())) {
      return Optional.empty();
    }
    // The subject's head is its last name mention: "Red Mesa Governor Elena Marsh" is Marsh.
    Actor subject = null;
    for (EntityMention m : a.mentionsIn(s.index())) {
      if (m.firstToken() >= c.subjectStart() && m.lastToken() < c.verbStart()) {
        Actor found = null;
        for (Actor actor : b.actors()) {
          if (actor.name().equals(m.text()) || actor.aliases().contains(m.text())) {
            found = actor;
          }
        }
        subject = found != null && onlyTitlesAround(s, c, m) ? found : null;
      }
    }
    if (subject == null) {
      return Optional.empty();
    }
    boolean person = subject.kind() == ActorKind.PERSON;
    String stem = stems.subjectQuestion(person ? "Who" : "Which organization", c);
    String key = person ? subject.name() : stems.join(c, c.subjectStart(), c.verbStart(), -1, -1);
    key = person ? key : Stems.lowerFirst(key, s.token(c.subjectStart()));
    List<String> options =
        person
            ? distractors.people(key, seed(item.evidence()))
            : distractors.organizations(key, seed(item.evidence()));
    return Optional.of(
        new Candidate(
            QuestionKind.WHAT,
            stem,
            key,
            options,
            person ? AnswerType.PERSON : AnswerType.ORGANIZATION,
            explain.fact(item, key),
            item.evidence(),
            item(s.index(), "article"),
            weight(s.index(), 1.0) + 0.3,
            salience(subject.name()),
            aliases(subject.name()),
            Set.of()));
  }

  /**
   * The subject is the name plus titles or a determiner, nothing more ("Representative Dan
   * Crenshaw").
   */
  private static boolean onlyTitlesAround(Sentence s, Clause c, EntityMention m) {
    for (int i = c.subjectStart(); i < c.verbStart(); i++) {
      if (m.covers(i)) {
        continue;
      }
      Token t = s.token(i);
      boolean ok = t.pos().equals("DT") || t.isProperNoun() || t.pos().startsWith("RB");
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  // ---- true / false ----

  private Optional<Candidate> trueFalse(Sentence s, BriefItem item) {
    String statement = item.text().replaceAll("[\\s.]+$", "") + ".";
    boolean makeFalse = Math.floorMod(seed(item.evidence()), 2) == 1;
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
            item(s.index(), "article"),
            weight(s.index(), 1.0) - 0.3,
            0.6,
            Set.of(),
            Set.of()));
  }

  /**
   * Another value of the same type from the article, or a generated one, that makes the fact false.
   */
  private String swapFor(EntityMention m) {
    if (m.type() == EntityType.NUMBER && !m.text().matches(".*[A-Za-z].*")) {
      List<String> options = numberOptions(m, m.text(), false);
      return options.isEmpty() ? null : options.getFirst();
    }
    if (m.type() == EntityType.DATE && m.normalized().matches("\\d{4}-\\d{2}-\\d{2}")) {
      List<String> ds = Distractors.dates(m.normalized(), List.of(), Map.of());
      return ds.isEmpty() ? null : ds.getFirst();
    }
    Sentence s = a.sentence(m.sentence());
    boolean aside = m.lastToken() + 1 < s.size() && s.token(m.lastToken() + 1).text().equals("(");
    if (m.type() == EntityType.PERSON && Character.isUpperCase(m.text().charAt(0)) && !aside) {
      Clause c = Clause.read(s, 0, quotes, this::inDate);
      if (c == null) {
        return null;
      }
      String verb = s.token(c.mainVerb()).lemma().toLowerCase(Locale.ROOT);
      for (Actor actor : b.actors()) {
        if (actor.kind() == ActorKind.PERSON
            && !actor.name().equals(m.text())
            && !actor.aliases().contains(m.text())
            && !actsAlike(lastName(actor.name()), verb)) {
          return m.text().contains(" ") ? actor.name() : lastName(actor.name());
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

  private static String lastName(String name) {
    String[] parts = name.split("\\s+");
    return parts[parts.length - 1];
  }

  // ---- fill in the blank ----

  private List<Candidate> fillBlank(Sentence s, BriefItem item) {
    List<Candidate> out = new ArrayList<>();
    for (EntityMention m : a.mentionsIn(s.index())) {
      if (m.start() < item.evidence().start()
          || m.end() > item.evidence().end()
          || quotes.inside(m.start())) {
        continue;
      }
      if (!Character.isLetterOrDigit(m.text().charAt(0)) && m.text().charAt(0) != '$') {
        continue; // the tagger sometimes starts a name with "’s"; a blank there reads as nonsense
      }
      boolean modifier =
          m.type().isName() && m.lastToken() + 1 < s.size() && s.token(m.lastToken() + 1).isNoun();
      if (modifier) {
        continue; // "its own _____ troops": a name used as a modifier makes nonsense options
      }
      AnswerType type;
      List<String> options;
      switch (m.type()) {
        case PERSON -> {
          type = AnswerType.PERSON;
          options = distractors.people(m.text(), seed(item.evidence()));
        }
        case ORGANIZATION -> {
          type = AnswerType.ORGANIZATION;
          options = distractors.organizations(m.text(), seed(item.evidence()));
        }
        case NUMBER, MONEY, PERCENT -> {
          type = AnswerType.NUMBER;
          options = numberOptions(m, m.text(), m.type() == EntityType.MONEY);
        }
        case DATE -> {
          if (!m.normalized().matches("\\d{4}(-\\d{2}){0,2}")) {
            continue;
          }
          type = AnswerType.DATE;
          options =
              Distractors.dates(
                  m.normalized(),
                  b.timeline().stream().map(TimelineEvent::date).toList(),
                  Map.of());
        }
        default -> {
          continue;
        }
      }
      int relStart = m.start() - item.evidence().start();
      int relEnd = m.end() - item.evidence().start();
      String body = item.text();
      String blanked = body.substring(0, relStart) + "_____" + body.substring(relEnd);
      String key = m.text();
      out.add(
          new Candidate(
              QuestionKind.FILL_IN_BLANK,
              "Fill in the blank: " + blanked.replaceAll("[\\s.]+$", "") + ".",
              key,
              options,
              type,
              explain.fact(item, key),
              item.evidence(),
              item(s.index(), "article"),
              weight(s.index(), 1.0) - 0.6,
              0.5,
              aliases(m.text()),
              Set.of()));
    }
    return out;
  }

  private static int firstTokenAt(Sentence s, int offset) {
    for (int i = 0; i < s.size(); i++) {
      if (s.token(i).end() > offset) {
        return i;
      }
    }
    return s.size() - 1;
  }

  private static int lastTokenBefore(Sentence s, int offset) {
    int last = 0;
    for (int i = 0; i < s.size(); i++) {
      if (s.token(i).start() < offset) {
        last = i;
      }
    }
    return last;
  }

  /** Counting words of a quotation. */
  static final class FindWords {
    private FindWords() {}

    static int count(String s) {
      int n = 0;
      for (String w : s.split("\\s+")) {
        if (!w.isBlank() && Character.isLetterOrDigit(w.charAt(0))) {
          n++;
        }
      }
      return n;
    }
  }
}
