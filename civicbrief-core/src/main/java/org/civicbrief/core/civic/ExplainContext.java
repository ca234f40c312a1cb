package org.civicbrief.core.civic;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicbrief.core.briefing.Evidence;
import org.civicbrief.core.text.AnnotatedArticle;
import org.civicbrief.core.text.EntityType;
import org.civicbrief.core.text.Layout;
import org.civicbrief.core.text.Sentence;
import org.civicbrief.core.text.Token;

/**
 * Writes "Why this matters" and "What you can do" from the concepts an article touches.
 *
 * <p>Each why-it-matters item quotes the article span that touches a concept, saying whose voice it
 * is in when it is not the article's reporting, and joins it to the concept with the card's own
 * sentence on why (a reader wants the reason, not a glossary line). Nothing is invented and no
 * legal judgement is issued that the article does not make: a verdict stays with whoever makes it.
 * Advocacy is never quoted as a reason. Stateless and thread-safe.
 */
public final class ExplainContext {

  /** The most why-it-matters sentences a briefing shows. */
  public static final int MAX_ITEMS = 4;

  /** The most "what you can do" lines a briefing shows. */
  public static final int MAX_ACTIONS = SuggestActions.MAX_ACTIONS;

  /** An article is opinion-heavy when at least this share of its sentences is opinion. */
  public static final double OPINION_HEAVY_SHARE = 0.3;

  /** The headline and the lead: sentences up to this index name the story's matter. */
  static final int LEAD_SENTENCES = 2;

  private static final int MAX_QUOTE_TOKENS = 45;
  private static final int QUOTE_REACH = 20;
  private static final Pattern DATELINE =
      Pattern.compile(
          "^[A-Z][A-Z.'’ -]*(?:, ?[A-Z][A-Za-z.'’ -]*)?(?:,? [A-Z][a-z]{2,8}\\.? \\d{1,2})?"
              + "(?: \\([^)]{1,40}\\))? ?[–—-]{1,2} ");

  /**
   * The civic context of an article.
   *
   * @param annotated the article
   * @param matches what {@link MatchConcepts#match} found in it
   * @param statements what {@link ClassifyStatements#classify} found in it
   */
  public CivicContext explain(
      AnnotatedArticle annotated, List<ConceptMatch> matches, List<Statement> statements) {
    return explain(annotated, Layout.of(annotated), matches, statements);
  }

  /** The civic context of an article whose {@code layout} was found already. */
  public CivicContext explain(
      AnnotatedArticle annotated,
      Layout layout,
      List<ConceptMatch> matches,
      List<Statement> statements) {
    return explain(annotated, layout, matches, statements, List.of());
  }

  /**
   * The civic context of an article whose {@code layout} was found already, with the {@code
   * citations} {@link FindCitations} found in it: a citation of a card's provision is tied to that
   * card and shown with its why-it-matters sentence, not a second time among the others.
   */
  public CivicContext explain(
      AnnotatedArticle annotated,
      Layout layout,
      List<ConceptMatch> matches,
      List<Statement> statements,
      List<LegalCitation> citations) {
    Objects.requireNonNull(annotated, "annotated");
    if (statements.size() != annotated.sentences().size()) {
      throw new IllegalArgumentException(
          statements.size() + " statements for " + annotated.sentences().size() + " sentences");
    }
    List<ContextItem> items = new ArrayList<>();
    List<ConceptCard> cited = new ArrayList<>();
    // The laws, rights and processes a story turns on say why it matters; an institution or an
    // office only says who acts, which Key actors says already (R15: "the Supreme Court has nine
    // members" beside the statute the ruling read). They are shown only when nothing else is.
    List<ConceptMatch> owned = SharedSpans.resolve(matches, annotated.text());
    boolean ruleMatched =
        owned.stream().anyMatch(m -> !isBody(m.card()) && bearsOnTheStory(m, annotated));
    List<ConceptMatch> bearing =
        owned.stream()
            .filter(m -> bearsOnTheStory(m, annotated) && !(ruleMatched && isBody(m.card())))
            .toList();
    for (AssignSentences.Assigned as :
        AssignSentences.assign(bearing, statements, layout, MAX_ITEMS)) {
      Sentence s = annotated.sentence(as.trigger().sentence());
      cited.add(as.match().card());
      items.add(
          item(
              annotated,
              s,
              as.trigger(),
              as.match().card(),
              as.match().situationAt(as.trigger()),
              unnamed(as.match(), annotated.article().title().orElse("")),
              statements.get(s.index()),
              layout));
    }
    int body = 0;
    int opinion = 0;
    for (Statement st : statements) {
      if (!layout.isHeading(st.sentence())) {
        body++;
        opinion += st.kind().isOpinionOrAdvocacy() ? 1 : 0;
      }
    }
    double share = body == 0 ? 0 : Math.round(1000.0 * opinion / body) / 1000.0;
    boolean heavy = opinion >= 2 && share >= OPINION_HEAVY_SHARE;
    List<LegalCitation> linked = link(citations, matches);
    List<ContextItem> carrying = new ArrayList<>();
    for (ContextItem item : items) {
      String card = item.citation().cardId();
      carrying.add(
          new ContextItem(
              item.text(),
              item.evidence(),
              item.citation(),
              item.voice(),
              linked.stream().filter(c -> c.cardId().equals(Optional.of(card))).toList()));
    }
    List<LegalCitation> rest =
        linked.stream()
            .filter(
                c ->
                    c.cardId().isEmpty()
                        || cited.stream().noneMatch(k -> k.id().equals(c.cardId().get())))
            .toList();
    return new CivicContext(
        carrying,
        SuggestActions.suggest(annotated, layout, cited),
        matches,
        statements,
        heavy,
        share,
        rest);
  }

  /**
   * Ties each citation to the most salient card the article touches whose primary source names the
   * cited provision or one that contains it ("8 U.S.C. § 1182(f)" to a card on § 1182). An
   * amendment cited whole is tied to a card on one of its sections, as news rarely names the
   * section ("the 14th Amendment" for the citizenship clause).
   */
  static List<LegalCitation> link(List<LegalCitation> citations, List<ConceptMatch> matches) {
    if (citations.isEmpty() || matches.isEmpty()) {
      return citations;
    }
    List<List<String>> keys = matches.stream().map(m -> FindCitations.keysOf(m.card())).toList();
    List<LegalCitation> out = new ArrayList<>();
    for (LegalCitation c : citations) {
      LegalCitation tied = c;
      for (int i = 0; i < matches.size() && tied == c; i++) {
        for (String key : keys.get(i)) {
          boolean amendmentWhole =
              c.key().matches("const/amendment/\\d+") && key.startsWith(c.key() + "/");
          if (c.isWithin(key) || amendmentWhole) {
            tied = c.withCard(matches.get(i).card().id());
            break;
          }
        }
      }
      out.add(tied);
    }
    return out;
  }

  /**
   * Whether the article never uses the card's own words, only the situation it governs: then the
   * item says so. A story that names the executive order in its headline and describes a judge
   * blocking "the president's order" below (R17) does name it, whichever sentence is quoted.
   */
  private static boolean unnamed(ConceptMatch m, String headline) {
    return m.evidence().stream().allMatch(e -> m.situationAt(e).isPresent())
        && !namesInHeadline(headline, m.card());
  }

  /**
   * Whether a headline kept apart from the text names the card by its name or an alias ("Judge
   * blocks Trump executive order …" above a text that only says "the order").
   */
  private static boolean namesInHeadline(String headline, ConceptCard card) {
    if (headline.isEmpty()) {
      return false;
    }
    List<String> names = new ArrayList<>(card.aliases());
    names.add(card.name());
    for (String name : names) {
      Pattern p =
          Pattern.compile(
              "\\b" + Pattern.quote(name) + "s?\\b",
              Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
      if (p.matcher(headline).find()) {
        return true;
      }
    }
    return false;
  }

  /** An institution or an office: who acts, not the rule that governs what they do. */
  private static boolean isBody(ConceptCard card) {
    return card.category() == Category.INSTITUTION || card.category() == Category.OFFICE;
  }

  /**
   * Whether the card is the story's matter and not a passing mention: an institution or an office
   * counts when the headline or lead names it or two sentences do ("he asked DOJ attorney X" once,
   * further down, names the department only as a lawyer's employer). A law, a right or a process
   * the article names once is still what that sentence turns on. A card whose own gloss tells of a
   * time after the article's date is left out, as the reader would learn the future from it.
   */
  private static boolean bearsOnTheStory(ConceptMatch m, AnnotatedArticle a) {
    if (m.sentences().isEmpty()) {
      return false;
    }
    if (a.article().published().isPresent()
        && CardDates.describesLater(m.card().gloss(), a.article().published().get())) {
      return false;
    }
    Category category = m.card().category();
    if (m.sentences().size() == 1 && m.situations().isEmpty() && inTrailingPhrase(m, a)) {
      return false;
    }
    if (m.sentences().getFirst() <= LEAD_SENTENCES || m.sentences().size() >= 2) {
      return true;
    }
    return category != Category.INSTITUTION
        && category != Category.OFFICE
        && (!m.situations().isEmpty() || sharesTheStorysMatter(m, a));
  }

  /**
   * Whether the card's words, in the one sentence that has them, sit in a phrase without a verb of
   * its own that the sentence sets off after its last comma: an appositive that describes someone
   * on the way ("… members of the gang, a designated terrorist organization.") or an adjunct that
   * dates the sentence's act by another ("… his first vote, following his swift Senate
   * confirmation."). The sentence reports something else; the card would explain the description. A
   * closing clause ("…, the judge ruled.") has a verb of its own and is not such a phrase.
   */
  private static final Pattern TIME_ADJUNCT =
      Pattern.compile("(?i)following|after|before|since|amid|during");

  static boolean inTrailingPhrase(ConceptMatch m, AnnotatedArticle a) {
    Sentence s = a.sentence(m.sentences().getFirst());
    List<Token> tokens = s.tokens();
    int comma = -1;
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).text().equals(",")) {
        comma = i;
      }
    }
    if (comma < 1 || comma + 1 >= tokens.size()) {
      return false;
    }
    int phraseStart = tokens.get(comma).end();
    boolean allInside =
        m.evidence().stream()
            .filter(e -> e.start() >= s.start() && e.end() <= s.end())
            .allMatch(e -> e.start() >= phraseStart);
    if (!allInside) {
      return false;
    }
    // An appositive opens on a determiner; a time adjunct on a word that dates by another event. A
    // participle that goes on with the subject's own act ("…, rejecting the emergency appeal") is
    // what the sentence reports.
    Token opener = tokens.get(comma + 1);
    boolean appositive = opener.pos().equals("DT") || opener.pos().equals("PRP$");
    if (!appositive && !TIME_ADJUNCT.matcher(opener.text()).matches()) {
      return false;
    }
    for (int i = comma + 1; i < tokens.size(); i++) {
      String pos = tokens.get(i).pos();
      String next = i + 1 < tokens.size() ? tokens.get(i + 1).pos() : "";
      boolean attributive = next.startsWith("NN") || next.startsWith("JJ");
      if (pos.equals("MD")
          || pos.equals("VBZ")
          || pos.equals("VBP")
          || pos.startsWith("W")
          || (pos.equals("VBD") || pos.equals("VBN")) && !attributive) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the one sentence far from the lead that touches the card speaks of what the headline or
   * lead does: a noun in common, beside the card's own words. "Other actions include … the first
   * peacetime invocation of the Alien Enemies Act" in a story on birthright citizenship, or a rate
   * decision "following his swift Senate confirmation", mention a law or a process on the way to
   * something else (R17); a later sentence on the story's own people or acts does not.
   */
  private static boolean sharesTheStorysMatter(ConceptMatch m, AnnotatedArticle a) {
    Set<String> story = new HashSet<>();
    for (int i = 0; i <= LEAD_SENTENCES && i < a.sentences().size(); i++) {
      for (Token t : a.sentence(i).tokens()) {
        if (t.pos().startsWith("NN")) {
          story.add(nounKey(t));
        }
      }
    }
    if (!a.article().titleInText()) {
      for (String w : a.article().title().orElse("").split("[^\\p{L}\\p{N}]+")) {
        if (!w.isEmpty()) {
          story.add(singular(w.toLowerCase(Locale.ROOT)));
        }
      }
    }
    Sentence s = a.sentence(m.sentences().getFirst());
    for (Token t : s.tokens()) {
      boolean cardsOwn =
          m.evidence().stream().anyMatch(e -> t.start() < e.end() && e.start() < t.end());
      if (t.pos().startsWith("NN") && !cardsOwn && story.contains(nounKey(t))) {
        return true;
      }
    }
    return false;
  }

  private static String nounKey(Token t) {
    String lemma = t.lemma() == null || t.lemma().isEmpty() ? t.text() : t.lemma();
    return singular(lemma.toLowerCase(Locale.ROOT));
  }

  private static String singular(String w) {
    return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")
        ? w.substring(0, w.length() - 1)
        : w;
  }

  private static ContextItem item(
      AnnotatedArticle a,
      Sentence s,
      Evidence trigger,
      ConceptCard card,
      Optional<String> situation,
      boolean unnamed,
      Statement statement,
      Layout layout) {
    int[] span = quoteSpan(a.text(), s, trigger);
    String quoted = a.text().substring(span[0], span[1]);
    String shown =
        (span[0] > displayStart(a.text(), s) ? "…" : "")
            + quoted
            + (span[1] < displayEnd(a.text(), s) ? "…" : "");
    // The article's fact, then one sentence that joins it to the concept: the card's own sentence
    // that says why, led by the concept's name when that sentence does not name it, or the name
    // and gloss when no sentence of the card shares the fact's words (R15, R16: "a definition
    // plus a pasted quote", "a glossary line").
    String voice = voice(a, s, statement, layout, span);
    String fact =
        voice.equals("where the article reports")
            ? quoted(shown)
            : Character.toUpperCase(voice.charAt("where ".length()))
                + voice.substring("where ".length() + 1)
                + ": "
                + quoted(shown);
    // A situation is written in the card's words: it bridges the article's sentence and the
    // card's sentence that says why ("… can be removed only for cause").
    String facts = a.text().substring(s.start(), s.end()) + situation.map(d -> " " + d).orElse("");
    Optional<String> reason =
        Reasons.of(card, facts, trigger.in(a.text()), a.article().published());
    String text = fact + " " + connection(card, situation.isPresent() && unnamed, reason);
    return new ContextItem(
        text, new Evidence(s.index(), span[0], span[1]), card.citation(), statement.kind());
  }

  /**
   * The sentence that joins the article's fact to the card. A law, right or process is what the
   * fact "turns on"; an institution or an office is who it "involves". A card found by its
   * situation says that the article does not name it, so the reader knows the link is the
   * briefing's, made from the card.
   */
  static String connection(ConceptCard card, boolean bySituation, Optional<String> reason) {
    String verb = isBody(card) ? "involves " : "turns on ";
    String lead =
        (bySituation ? "Though the article does not name it, that " : "That ")
            + verb
            + CardNames.inSentence(card);
    if (reason.isEmpty()) {
      return lead + ", " + card.gloss() + ".";
    }
    String why = reason.get();
    if (!bySituation && Reasons.IT.matcher(why).find()) {
      // "It requires …" speaks of the card just named: "That turns on the X Act, which requires …".
      return lead
          + (why.startsWith("Its ")
              ? ", whose " + why.substring(4)
              : ", which " + why.substring(3));
    }
    if (namesTheCard(why, card)) {
      if (bySituation) {
        return lead + ". " + why;
      }
      // A card sentence that names the card is its definition: shown on its own after the fact it
      // reads as a glossary line (session 14: "The Alien Enemies Act of 1798 lets the President
      // …"). The join says the fact turns on it, and the sentence says what it does.
      Matcher subject = definitionSubject(card).matcher(why);
      if (subject.matches()) {
        String aside = subject.group(1);
        return lead
            + aside
            + (aside.endsWith(",") ? " which " : ", which ")
            + subject.group(2)
            + subject.group(3);
      }
    }
    return lead + ": " + afterColon(why, card);
  }

  /**
   * A card sentence whose subject is the card's name: "The Voting Rights Act of 1965 prohibits …",
   * "Section 3 of the Fourteenth Amendment, ratified in 1868, bars …". Groups: what follows the
   * name before its verb (a year, an aside set off by commas), the verb, the rest.
   */
  private static Pattern definitionSubject(ConceptCard card) {
    return Pattern.compile(
        "^(?:The )?"
            + Pattern.quote(card.name())
            + "((?: of \\d{4})?(?:, [^,]{1,80},)?) (\\p{Ll}+(?:s|ed))\\b(.*)$",
        Pattern.DOTALL);
  }

  /** Whether {@code sentence} names the card itself, in full or by its first two words. */
  private static boolean namesTheCard(String sentence, ConceptCard card) {
    String name = card.name();
    if (sentence.contains(name)) {
      return true;
    }
    String[] words = name.split(" ");
    return words.length >= 3
        && Character.isUpperCase(words[1].charAt(0))
        && sentence.contains(words[0] + " " + words[1]);
  }

  /**
   * A card sentence after a colon: its first word keeps its capital only when it is a proper name
   * ("Congress", "Article III", "Section 10", "ICE"), that is, when the card writes it with a
   * capital inside a sentence too, or a capital or a number follows it; otherwise it is a common
   * word that opened the card's sentence ("Because most legislatures …", "Agencies enforce …").
   */
  static String afterColon(String sentence, ConceptCard card) {
    Matcher m = FIRST_WORDS.matcher(sentence);
    if (!m.find()) {
      return sentence;
    }
    String first = m.group(1);
    String next = m.group(2) == null ? "" : m.group(2);
    boolean acronym = first.length() > 1 && first.chars().skip(1).anyMatch(Character::isUpperCase);
    boolean nameGoesOn =
        !next.isEmpty()
            && (Character.isUpperCase(next.charAt(0)) || Character.isDigit(next.charAt(0)));
    // Anywhere the card writes: its quiz facts and its text for other dates count too, as a card
    // read before a ruling may have lost the one sentence that named "Congress" mid-sentence.
    StringBuilder all =
        new StringBuilder(card.name() + ". " + card.gloss() + ". " + card.explanation());
    for (QuizFact f : card.quizFacts()) {
      all.append(". ").append(f.question()).append(". ").append(f.answer());
    }
    for (CardHolds h : card.holds()) {
      h.gloss().ifPresent(g -> all.append(". ").append(g));
      h.explanation().ifPresent(e -> all.append(". ").append(e));
    }
    String text = all.toString();
    boolean capitalInside =
        Pattern.compile(
                "(?<![.!?:]\\s)(?<![.!?:]\\s\\s)(?<!^)\\b"
                    + Pattern.quote(first)
                    + "\\b(?!\\s+\\p{Lu})")
            .matcher(text)
            .find();
    boolean proper = acronym || nameGoesOn || capitalInside || first.equals("I");
    return proper && !FUNCTION_WORD.matcher(first).matches()
        ? sentence
        : Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
  }

  /** Words that open a sentence and are never a name: "The Fifth Amendment …" reads "the …". */
  private static final Pattern FUNCTION_WORD =
      Pattern.compile(
          "A|An|The|In|Under|Most|Some|Besides|When|If|For|Each|Every|Since|After|Before|While|By"
              + "|On|At|As|Only|Because|To|Which|Once|Although|Though|With|Without|Unless|Until");

  /** The first word of a sentence and the word after it. */
  private static final Pattern FIRST_WORDS =
      Pattern.compile("^(\\p{Lu}[\\p{L}'’-]*)(?:[ ,]+([\\p{L}\\p{N}][\\p{L}\\p{N}.'’-]*))?");

  /**
   * The article's words in quotation marks, unless they hold quotation marks of their own: the text
   * is shown exactly as it stands, so nested marks would leave the reader guessing which quote ends
   * where.
   */
  static String quoted(String words) {
    boolean hasMarks =
        words.indexOf('“') >= 0 || words.indexOf('”') >= 0 || words.indexOf('"') >= 0;
    if (!hasMarks) {
      return "“" + words + "”";
    }
    // A quotation the article goes on with in its next sentence opens here and closes there: the
    // shown words close it, or the reader cannot tell where the quote ends and the reason begins
    // (R-session 13: "“I have difficulty … order. That turns on …").
    long open = words.chars().filter(c -> c == '“').count();
    long close = words.chars().filter(c -> c == '”').count();
    long straight = words.chars().filter(c -> c == '"').count();
    // A straight mark may close a curly one in the same text ("“I wish you well," he said").
    if (open > close + straight) {
      return words + "”";
    }
    if (close > open + straight) {
      return "“" + words;
    }
    if (open != close) {
      return words;
    }
    return straight % 2 == 1
        ? (words.strip().startsWith("\"") ? words + "\"" : "\"" + words)
        : words;
  }

  /** Whose voice the quoted span is in, in words a reader can check against the article. */
  private static String voice(
      AnnotatedArticle a, Sentence s, Statement statement, Layout layout, int[] span) {
    if (statement.kind() == StatementKind.OPINION) {
      return "where the article gives its own assessment";
    }
    boolean allQuoted =
        s.tokens().stream()
            .filter(t -> Character.isLetterOrDigit(t.text().charAt(0)))
            .allMatch(t -> layout.insideQuote(t.start()));
    if (allQuoted) {
      return "where the article quotes a speaker";
    }
    Optional<Attribution> at = Attribution.find(s, layout);
    if (at.isEmpty()) {
      return "where the article reports";
    }
    Attribution attribution = at.get();
    boolean verbShown =
        s.token(attribution.verb()).start() >= span[0]
            && s.token(attribution.verb()).end() <= span[1];
    boolean speakerShown =
        !attribution.hasSpeaker()
            || s.token(attribution.speakerFirst()).start() >= span[0]
                && s.token(attribution.speakerLast()).end() <= span[1];
    if (verbShown && speakerShown) {
      // The quoted words name their source themselves: "the article reports what the judge ruled:
      // 'The judge ruled …'" would say it twice.
      return "where the article reports";
    }
    Token verb = s.token(attribution.verb());
    // "what a source claiming", "what Monday ruled": only a finite verb or a past participle
    // ("what Trump has called") reads as a sentence after a speaker; otherwise the plain form.
    boolean finite =
        verb.pos().equals("VBD")
            || verb.pos().equals("VBZ")
            || verb.pos().equals("VBN")
            || verb.pos().equals("VBP");
    if (!attribution.accordingTo() && !finite) {
      return "where the article reports";
    }
    if (!attribution.hasSpeaker()
        || s.token(attribution.speakerFirst()).pos().equals("PRP")
        || isDateWord(a, s, attribution.speakerFirst())) {
      // "a source" is singular: "what a source respond" is not English.
      return attribution.accordingTo()
          ? "where the article reports what a source says"
          : verb.pos().equals("VBP")
              ? "where the article reports"
              : "where the article reports what a source " + verb.text();
    }
    String speaker =
        a.text()
            .substring(
                s.token(attribution.speakerFirst()).start(),
                s.token(attribution.speakerLast()).end());
    return attribution.accordingTo()
        ? "where the article cites " + speaker
        : "where the article reports what " + speaker + " " + s.token(attribution.verb()).text();
  }

  /** True when token {@code i} is part of a date ("Monday ruled"): a day is no speaker. */
  private static boolean isDateWord(AnnotatedArticle a, Sentence s, int i) {
    for (var m : a.mentionsIn(s.index())) {
      if (m.covers(i) && (m.type() == EntityType.DATE || m.type() == EntityType.TIME)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The span to quote: the sentence without a dateline, or, when it is long, the clause around the
   * trigger bounded by semicolons, dashes or colons, and at most {@value #QUOTE_REACH} tokens on
   * either side of it.
   */
  private static int[] quoteSpan(String text, Sentence s, Evidence trigger) {
    int start = displayStart(text, s);
    int end = displayEnd(text, s);
    List<Token> tokens = s.tokens();
    List<Token> inside = tokens.stream().filter(t -> t.start() >= start && t.end() <= end).toList();
    if (inside.size() <= MAX_QUOTE_TOKENS) {
      return new int[] {start, end};
    }
    int first = 0;
    while (first < inside.size() && inside.get(first).end() <= trigger.start()) {
      first++;
    }
    int last = first;
    while (last + 1 < inside.size() && inside.get(last + 1).start() < trigger.end()) {
      last++;
    }
    int from = first;
    while (from > 0 && first - from < QUOTE_REACH && !clauseBreak(inside.get(from - 1))) {
      from--;
    }
    int to = last;
    while (to + 1 < inside.size() && to - last < QUOTE_REACH && !clauseBreak(inside.get(to + 1))) {
      to++;
    }
    return new int[] {inside.get(from).start(), inside.get(to).end()};
  }

  private static boolean clauseBreak(Token t) {
    String w = t.text();
    return w.equals(";") || w.equals("–") || w.equals("—") || w.equals(":") || w.equals("--");
  }

  private static int displayStart(String text, Sentence s) {
    Matcher d = DATELINE.matcher(text.substring(s.start(), s.end()));
    return s.index() <= 3 && d.find() ? s.start() + d.end() : s.start();
  }

  private static int displayEnd(String text, Sentence s) {
    int end = s.end();
    while (end > s.start() && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }
}
