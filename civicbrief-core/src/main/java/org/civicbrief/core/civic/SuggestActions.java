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
   * of a kind (blind reviews found seven near-identical lines): read the text of the first cited
   * law, treaty, constitutional provision, right or process (an agency's or an office's page is no
   * primary text); then, for a federal story, follow the committees of the first cited card that
   * has any, in one line, and, when that card is a matter Congress legislates on, find one's
   * representative and senators; for a state story, find one's state legislators and governor, and
   * for a story about an election or its maps, one's election office. A state story never gets the
   * congressional lines, nor a federal one the state's. {@code cited} are the cards the
   * why-it-matters items cite, in their order.
   */
  static List<ActionItem> suggest(
      AnnotatedArticle annotated, Layout layout, List<ConceptCard> cited) {
    boolean congress = CONGRESS.matcher(annotated.text()).find();
    StoryLevel level = StoryLevel.of(annotated, layout);
    boolean election = countSentences(annotated, ELECTION) >= 2;
    return actions(cited, level, congress, election);
  }

  private static List<ActionItem> actions(
      List<ConceptCard> cited, StoryLevel level, boolean congress, boolean election) {
    if (cited.isEmpty()) {
      return List.of();
    }
    List<ActionItem> out = new ArrayList<>();
    cited.stream()
        .filter(c -> TEXTS.contains(c.category()))
        .findFirst()
        .ifPresent(
            c ->
                out.add(
                    new ActionItem(
                        ActionKind.READ_PRIMARY_SOURCE,
                        "Read the text behind " + c.name() + ": " + c.source().title() + ".",
                        c.source().url(),
                        c.id())));
    String anchor = cited.getFirst().id();
    if (level == StoryLevel.STATE) {
      out.add(
          new ActionItem(
              ActionKind.CONTACT_STATE_OFFICIALS,
              "Find your state legislators and governor, and how to reach them, through USA.gov's"
                  + " official lookup.",
              ActionItem.STATE_OFFICIALS_LOOKUP,
              anchor));
      if (election) {
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
    Optional<ConceptCard> congressional =
        cited.stream().filter(c -> !c.committees().isEmpty()).findFirst();
    if (congressional.isEmpty()) {
      return distinct(out);
    }
    ConceptCard c = congressional.get();
    List<Committee> committees = c.committees().subList(0, Math.min(2, c.committees().size()));
    String names = String.join(" and the ", committees.stream().map(Committee::name).toList());
    out.add(
        new ActionItem(
            ActionKind.FOLLOW_COMMITTEE,
            "Follow the hearings and votes of the "
                + names
                + (committees.size() > 1 ? ", which have" : ", which has")
                + " jurisdiction over "
                + c.name()
                + ".",
            committees.getFirst().url(),
            c.id()));
    if (TEXTS.contains(c.category()) || congress) {
      out.add(
          new ActionItem(
              ActionKind.CONTACT_HOUSE,
              "Find your U.S. representative to ask where they stand on "
                  + c.name()
                  + " or to share your view.",
              ActionItem.HOUSE_LOOKUP,
              c.id()));
      out.add(
          new ActionItem(
              ActionKind.CONTACT_SENATE,
              "Find your two U.S. senators.",
              ActionItem.SENATE_LOOKUP,
              c.id()));
    }
    return distinct(out);
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

  /** The article reports what Congress, the House or the Senate does. */
  private static final Pattern CONGRESS =
      Pattern.compile("\\b(Congress|the House|the Senate|lawmakers)\\b");

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
