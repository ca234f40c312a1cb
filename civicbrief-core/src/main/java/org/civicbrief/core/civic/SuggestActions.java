package org.civicbrief.core.civic;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.civicbrief.core.text.AnnotatedArticle;
import org.civicbrief.core.text.Layout;
import org.civicbrief.core.text.Sentence;

/**
 * "What you can do": neutral actions tied to the cards a briefing cites, at the story's level of
 * government. Stateless.
 */
final class SuggestActions {

  private SuggestActions() {}

  /** The most "what you can do" lines a briefing shows. */
  public static final int MAX_ACTIONS = 4;

  /**
   * Neutral actions at the story's level of government, at most {@value #MAX_ACTIONS} and never two
   * of a kind (blind reviews found seven near-identical lines, then the same four federal lines on
   * every story whatever it turned on): read the primary text on the first cited law, treaty,
   * constitutional provision, right or process (an agency's or an office's page is no primary
   * text); for a story the U.S. Supreme Court's headline or lead names, look the case up on its
   * docket; for a federal story on a statute or a treaty, or one that reports what Congress does,
   * follow the committees with jurisdiction and find one's member of Congress (a court's procedure,
   * a right or a clause of the Constitution is no matter to ask a representative about unless
   * Congress acts in the story); for a state story, one's state legislators and governor; for a
   * local one, one's city or county government; for a state or local story about an election or its
   * maps, one's election office. A state story never gets the congressional lines, nor a federal
   * story the state's. {@code cited} are the cards the why-it-matters items cite, in their order.
   */
  static List<ActionItem> suggest(
      AnnotatedArticle annotated, Layout layout, List<ConceptCard> cited) {
    if (cited.isEmpty()) {
      return List.of();
    }
    StoryLevel level = StoryLevel.of(annotated, layout);
    boolean election = countSentences(annotated, ELECTION) >= 2;
    boolean congress = congressActs(annotated, layout);
    boolean supremeCourt = inHeadlineOrLead(annotated, layout, SUPREME_COURT);
    return actions(cited, level, congress, election, supremeCourt);
  }

  static List<ActionItem> actions(
      List<ConceptCard> cited,
      StoryLevel level,
      boolean congress,
      boolean election,
      boolean supremeCourt) {
    List<ActionItem> out = new ArrayList<>();
    cited.stream()
        .filter(c -> TEXTS.contains(c.category()))
        .findFirst()
        .ifPresent(
            c ->
                out.add(
                    new ActionItem(
                        ActionKind.READ_PRIMARY_SOURCE,
                        "Read the primary text on "
                            + CardNames.inSentence(c)
                            + ": "
                            + c.source().title()
                            + ".",
                        c.source().url(),
                        c.id())));
    String anchor = cited.getFirst().id();
    if (supremeCourt) {
      out.add(
          new ActionItem(
              ActionKind.FOLLOW_COURT_DOCKET,
              "Follow the Supreme Court's cases on its official docket, where the Court posts the"
                  + " filings, orders and opinions of each case.",
              ActionItem.SUPREME_COURT_DOCKET,
              anchor));
    }
    switch (level) {
      case STATE ->
          out.add(
              new ActionItem(
                  ActionKind.CONTACT_STATE_OFFICIALS,
                  "Find your state legislators and governor, and how to reach them, through"
                      + " USA.gov's official lookup.",
                  ActionItem.STATE_OFFICIALS_LOOKUP,
                  anchor));
      case LOCAL ->
          out.add(
              new ActionItem(
                  ActionKind.CONTACT_LOCAL_OFFICIALS,
                  "Find your city or county government, and how to reach your mayor and council,"
                      + " through USA.gov's guide to local governments.",
                  ActionItem.LOCAL_GOVERNMENTS,
                  anchor));
      case FEDERAL -> out.addAll(congressional(cited, congress));
    }
    if (level != StoryLevel.FEDERAL && election) {
      out.add(
          new ActionItem(
              ActionKind.FIND_ELECTION_OFFICE,
              "Find your state or local election office for official information on voting"
                  + " where you live.",
              ActionItem.ELECTION_OFFICE_LOOKUP,
              anchor));
    }
    return distinct(out);
  }

  /**
   * The committee and member-of-Congress lines for the first cited card with committees that
   * Congress writes (a statute or a treaty), or else, when the story reports what Congress does, a
   * process or a body whose card says Congress acts on it (a confirmation, a shutdown, the debt
   * limit); never a right or a clause of the Constitution, which no vote of Congress changes
   * ("where they stand on the First Amendment"), nor a court's procedure ("where they stand on the
   * writ of certiorari"). One line to find one's member: the House's lookup, and the Senate's
   * directory for a matter only the Senate decides (a confirmation, a treaty, the filibuster).
   */
  private static List<ActionItem> congressional(List<ConceptCard> cited, boolean congress) {
    Optional<ConceptCard> congressional =
        cited.stream()
            .filter(c -> !c.committees().isEmpty() && LEGISLATED.contains(c.category()))
            .findFirst()
            .or(
                () ->
                    cited.stream()
                        .filter(c -> !c.committees().isEmpty() && congress)
                        .filter(c -> c.category() == Category.PROCESS || isBody(c))
                        .filter(c -> CONGRESS_MATTER.matcher(c.name() + " " + c.gloss()).find())
                        .findFirst());
    if (congressional.isEmpty()) {
      return List.of();
    }
    ConceptCard c = congressional.get();
    String name = CardNames.inSentence(c);
    List<Committee> committees = c.committees().subList(0, Math.min(2, c.committees().size()));
    String names = String.join(" and the ", committees.stream().map(Committee::name).toList());
    boolean senateOnly = committees.stream().allMatch(k -> k.name().startsWith("Senate"));
    return List.of(
        new ActionItem(
            ActionKind.FOLLOW_COMMITTEE,
            "Follow the hearings and votes of the "
                + names
                + (committees.size() > 1 ? ", which have" : ", which has")
                + " jurisdiction over "
                + name
                + ".",
            committees.getFirst().url(),
            c.id()),
        senateOnly
            ? new ActionItem(
                ActionKind.CONTACT_SENATE,
                "Find your two U.S. senators, to ask where they stand on "
                    + name
                    + " or to share your view.",
                ActionItem.SENATE_LOOKUP,
                c.id())
            : new ActionItem(
                ActionKind.CONTACT_HOUSE,
                "Find your U.S. representative, to ask where they stand on "
                    + name
                    + " or to share your view; senators are listed on senate.gov.",
                ActionItem.HOUSE_LOOKUP,
                c.id()));
  }

  /** At most {@value #MAX_ACTIONS} actions, none of the same kind or address as an earlier one. */
  private static List<ActionItem> distinct(List<ActionItem> actions) {
    List<ActionItem> out = new ArrayList<>();
    Set<ActionKind> kinds = new HashSet<>();
    Set<String> urls = new HashSet<>();
    for (ActionItem a : actions) {
      if (out.size() < MAX_ACTIONS && kinds.add(a.kind()) && urls.add(a.url())) {
        out.add(a);
      }
    }
    return List.copyOf(out);
  }

  /** An election, its ballots or its district maps. */
  private static final Pattern ELECTION =
      Pattern.compile(
          "\\b(?:elections?|ballots?|voters?|voting|redistricting|polling places?"
              + "|(?:congressional|district|legislative) maps?)\\b",
          Pattern.CASE_INSENSITIVE);

  private static int countSentences(AnnotatedArticle a, Pattern p) {
    int n = 0;
    for (Sentence s : a.sentences()) {
      n += p.matcher(a.text()).region(s.start(), s.end()).find() ? 1 : 0;
    }
    return n;
  }

  /** Congress, the House or the Senate (a state's chambers are named by the state or "state"). */
  private static final Pattern CONGRESS =
      Pattern.compile(
          "\\b(?:Congress|Congreso)\\b|(?<![Ss]tate )\\b[Tt]he (?:House|Senate)\\b"
              + "|\\bU\\.S\\. (?:House|Senate)\\b");

  /**
   * Whether the article reports what Congress does: it names Congress or one of its chambers in the
   * headline or lead, or in two sentences ("the standards set by Congress" once, further down, is
   * background).
   */
  private static boolean congressActs(AnnotatedArticle a, Layout layout) {
    return countSentences(a, CONGRESS) >= 2 || inHeadlineOrLead(a, layout, CONGRESS);
  }

  /** The U.S. Supreme Court, not a state's: "the Supreme Court", "the high court", "SCOTUS". */
  private static final Pattern SUPREME_COURT =
      Pattern.compile(
          "(?:^|\\b[Tt]he |U\\.S\\. |United States )Supreme Court\\b(?! of (?!the United)[A-Z])"
              + "|\\b(?:SCOTUS|[Hh]igh [Cc]ourt)\\b"
              + "|\\b(?:Corte Suprema|Tribunal Supremo)\\b(?! de (?!Estados|EE)\\p{Lu})");

  private static boolean inHeadlineOrLead(AnnotatedArticle a, Layout layout, Pattern p) {
    String headline = a.article().titleInText() ? "" : a.article().title().orElse("");
    if (p.matcher(headline).find()) {
      return true;
    }
    for (Sentence s : a.sentences()) {
      if ((layout.isHeading(s.index()) || s.index() <= ExplainContext.LEAD_SENTENCES)
          && p.matcher(a.text().substring(s.start(), s.end()).strip()).find()) {
        return true;
      }
    }
    return false;
  }

  /** A card's name or gloss that says Congress, one of its chambers or a law it passes acts. */
  private static final Pattern CONGRESS_MATTER =
      Pattern.compile(
          "\\b(?:Congress|Senate|House|appropriations?|enacted|set by law|legislat\\w*)\\b");

  private static boolean isBody(ConceptCard c) {
    return c.category() == Category.INSTITUTION || c.category() == Category.OFFICE;
  }

  /** Cards Congress writes or ratifies, whose committees and members a reader may ask about. */
  private static final java.util.Set<Category> LEGISLATED =
      java.util.EnumSet.of(Category.LAW, Category.TREATY);

  /**
   * Cards whose primary source is a text a reader can read: not an agency's or an office's page.
   */
  private static final java.util.Set<Category> TEXTS =
      java.util.EnumSet.of(
          Category.LAW,
          Category.TREATY,
          Category.CONSTITUTIONAL_PROVISION,
          Category.RIGHT,
          Category.PROCESS);
}
