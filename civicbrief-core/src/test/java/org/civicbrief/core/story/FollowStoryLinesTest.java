package org.civicbrief.core.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Story lines over events, on articles described by hand: a deployment followed for months is one
 * line of several events; the same kind of deployment in another city is another line.
 */
class FollowStoryLinesTest {

  /** Unrelated articles, so that the index's word weights mean something. */
  private static final List<StoryFeatures> BACKGROUND =
      List.of(
          article(
              "bg-budget",
              "2025-05-02",
              vector(0, 1, 0, 0),
              Map.of(),
              "Cedar County",
              "budget schools levy teachers vote"),
          article(
              "bg-drought",
              "2025-05-09",
              vector(0, 0, 1, 0),
              Map.of(),
              "Sierra Basin",
              "drought water farmers reservoir rationing"),
          article(
              "bg-transit",
              "2025-05-20",
              vector(0, 0, 0, 1),
              Map.of(),
              "Alder Line",
              "transit fares riders buses schedule"),
          article(
              "bg-court",
              "2025-05-28",
              vector(0.5f, 0.5f, 0, 0.5f),
              Map.of(),
              "Whitfield",
              "judge ruling lawsuit appeal hearing"));

  private static final Map<String, Float> DENVER = Map.of("denver", 6f, "colorado", 3f);
  private static final Map<String, Float> BOSTON = Map.of("boston", 6f, "massachusetts", 3f);

  // Denver: the order, a report of it two days later, a ruling three months later.
  private static final StoryFeatures ORDER =
      article(
          "denver-order",
          "2025-06-02",
          vector(1, 0.1f, 0, 0),
          DENVER,
          "Guard Denver Colorado",
          "guard deployment troops order governor federalized denver protests");
  private static final StoryFeatures ORDER_REPORT =
      article(
          "denver-order-2",
          "2025-06-04",
          vector(1, 0.12f, 0.02f, 0),
          DENVER,
          "Guard Denver Colorado",
          "guard deployment troops order governor federalized denver protests lawsuit");
  private static final StoryFeatures RULING =
      article(
          "denver-ruling",
          "2025-09-15",
          vector(1, 0.3f, 0, 0.3f),
          DENVER,
          "Guard Denver Colorado Marsh",
          "judge ruling guard deployment troops federalized denver unlawful appeal");
  // Boston, weeks later: the same kind of story in another place.
  private static final StoryFeatures BOSTON_ORDER =
      article(
          "boston-order",
          "2025-10-06",
          vector(1, 0.3f, 0.6f, 0.3f),
          BOSTON,
          "Guard Boston Massachusetts Healey",
          "guard deployment troops boston harbor mayor lawsuit federal agents");

  @Test
  void aReportOfTheSameDaysJoinsTheEventAndALaterEventJoinsItsLine() {
    FollowStoryLines follow = follow();
    FollowStoryLines.Placement order = follow.assign(ORDER);
    FollowStoryLines.Placement report = follow.assign(ORDER_REPORT);
    FollowStoryLines.Placement ruling = follow.assign(RULING);

    assertThat(report.eventId()).isEqualTo(order.eventId());
    assertThat(report.lineId()).isEqualTo(order.lineId());
    assertThat(ruling.eventId()).isNotEqualTo(order.eventId());
    assertThat(ruling.startedLine()).isFalse();
    assertThat(ruling.lineId()).isEqualTo(order.lineId());
  }

  @Test
  void theSameKindOfStoryInAnotherPlaceIsAnotherLine() {
    FollowStoryLines follow = follow();
    long denver = follow.assign(ORDER).lineId();
    follow.assign(RULING);
    FollowStoryLines.Placement boston = follow.assign(BOSTON_ORDER);

    assertThat(boston.startedLine()).isTrue();
    assertThat(boston.lineId()).isNotEqualTo(denver);
  }

  @Test
  void twoCitiesAreTwoLinesEvenForALineModelThatLearnedNothingOfPlaces() {
    // A model fitted on stories that each happen in one place weighs places at nothing; the line
    // step must still not chain one city's deployment to another's, however alike the reports.
    StoryModel.Weights w = StoryModel.lineDefaults().weights();
    StoryModel placeBlind =
        StoryModel.lineDefaults()
            .withWeights(
                new StoryModel.Weights(
                    w.embedding(),
                    w.terms(),
                    w.names(),
                    w.numbers(),
                    w.dated(),
                    w.dateDistance(),
                    w.protagonist(),
                    0,
                    w.matter(),
                    w.bias()));
    FollowStoryLines follow = new FollowStoryLines(4, StoryModel.eventDefaults(), placeBlind);
    BACKGROUND.forEach(follow::assign);
    long denver = follow.assign(ORDER).lineId();
    StoryFeatures bostonTwin =
        article(
            "boston-twin",
            "2025-07-01",
            vector(1, 0.1f, 0, 0),
            BOSTON,
            "Guard Boston Massachusetts",
            "guard deployment troops order governor federalized boston protests");

    FollowStoryLines.Placement boston = follow.assign(bostonTwin);
    assertThat(boston.startedLine()).isTrue();
    assertThat(boston.lineId()).isNotEqualTo(denver);
  }

  @Test
  void aLineAboutOneRarePersonFollowsThatPersonToAReportFiledElsewhere() {
    // A deported man's case in Maryland, then his hearing on other charges in Tennessee: the
    // places differ, the person the line is about does not, and few other stories name him.
    FollowStoryLines follow = followWithPresident();
    long line =
        follow
            .assign(
                person(
                    "okafor-deported",
                    "2025-04-02",
                    vector(0.2f, 1, 0, 0.3f),
                    Map.of("maryland", 6f),
                    Map.of("okafor", 6f, "marlow", 1f),
                    "deported okafor prison error administration court return"))
            .lineId();
    FollowStoryLines.Placement hearing =
        follow.assign(
            person(
                "okafor-hearing",
                "2025-06-10",
                vector(0.25f, 1, 0, 0.35f),
                Map.of("tennessee", 6f, "nashville", 4f),
                Map.of("okafor", 6f),
                "okafor deported court return charges hearing judge"));

    assertThat(hearing.startedLine()).isFalse();
    assertThat(hearing.lineId()).isEqualTo(line);
  }

  @Test
  void twoCitiesAboutAPersonEveryStoryNamesAreStillTwoLines() {
    // The president orders both deployments and is the person both reports name most; most
    // stories name him, so he does not carry a line from one city to the other.
    FollowStoryLines follow = followWithPresident();
    long denver =
        follow
            .assign(
                person(
                    "denver-marlow",
                    "2025-06-02",
                    vector(1, 0.1f, 0, 0),
                    DENVER,
                    Map.of("marlow", 6f),
                    "guard deployment troops order governor federalized denver protests"))
            .lineId();
    FollowStoryLines.Placement boston =
        follow.assign(
            person(
                "boston-marlow",
                "2025-07-01",
                vector(1, 0.1f, 0, 0),
                BOSTON,
                Map.of("marlow", 6f),
                "guard deployment troops order governor federalized boston protests"));

    assertThat(boston.startedLine()).isTrue();
    assertThat(boston.lineId()).isNotEqualTo(denver);
  }

  @Test
  void aRulingWeeksAfterItsArgumentJoinsItsOwnLineNotTheOtherCaseOfTheWeek() {
    // Two cases before one court about one person: a ballot case argued in early February, an
    // immunity case taken up late in February. The ballot ruling comes four weeks after its
    // argument, outside the event window, and within a week of the immunity event, which shares the
    // court, the person and most words. Its line is the ballot case's.
    FollowStoryLines follow = follow();
    // Other cases of the same court, so that the court, its justices and the person are common
    // words; their reports read unlike these (another embedding direction).
    String[] others = {"tariffs imports", "pardons clemency", "agency layoffs", "asylum border"};
    for (int k = 0; k < others.length; k++) {
      follow.assign(
          article(
              "court-" + k,
              "2025-01-0" + (k + 1),
              vector(0.05f * k, 0, 1, 0),
              Map.of(),
              "Court Whitfield",
              "court justices whitfield ruling trial " + others[k]));
    }
    long ballot =
        follow
            .assign(
                article(
                    "ballot-argued",
                    "2025-02-03",
                    vector(1, 0, 0, 0.3f),
                    Map.of(),
                    "Court Whitfield Ashby",
                    "court justices whitfield ballot ashby disqualification insurrection argument"))
            .lineId();
    FollowStoryLines.Placement immunity =
        follow.assign(
            article(
                "immunity-taken",
                "2025-02-24",
                vector(0.6f, 0.8f, 0, 0.3f),
                Map.of(),
                "Court Whitfield",
                "court justices whitfield immunity prosecution trial agreed hear ruling"));
    FollowStoryLines.Placement ruling =
        follow.assign(
            article(
                "ballot-ruling",
                "2025-03-03",
                vector(1, 0.35f, 0, 0.3f),
                Map.of(),
                "Court Whitfield Ashby",
                "court justices whitfield ballot ashby disqualification insurrection ruling trial"));

    assertThat(immunity.lineId()).isNotEqualTo(ballot);
    assertThat(ruling.eventId()).isNotEqualTo(immunity.eventId());
    assertThat(ruling.lineId()).isEqualTo(ballot);
  }

  @Test
  void anEventEightMonthsAfterTheLastIsStillJoinedWhenItIsAboutTheSameThing() {
    FollowStoryLines follow = follow();
    long line = follow.assign(ORDER).lineId();
    StoryFeatures later =
        article(
            "denver-withdrawal",
            "2026-02-10",
            vector(1, 0.15f, 0, 0.1f),
            DENVER,
            "Guard Denver Colorado",
            "guard troops deployment denver withdrawal federalized order");

    assertThat(follow.assign(later).lineId()).isEqualTo(line);
  }

  // A dam on the Kettle river: the permit, then months later a tribe's lawsuit in other words, then
  // a hearing that speaks of both. The lawsuit starts a line of its own (it reads unlike the
  // permit);
  // the hearing reaches both lines.
  private static final StoryFeatures DAM_PERMIT =
      article(
          "dam-permit",
          "2025-02-03",
          vector(1, 0, 0.2f, 0),
          Map.of(),
          "Halvorsen Kettle",
          "dam permit river kettle halvorsen hydropower license utility");
  private static final StoryFeatures DAM_LAWSUIT =
      article(
          "dam-lawsuit",
          "2025-04-14",
          vector(0, 0.2f, 1, 0),
          Map.of(),
          "Halvorsen Kettle Tamsin",
          "tamsin tribe lawsuit salmon fishing treaty halvorsen kettle");
  private static final StoryFeatures DAM_HEARING =
      article(
          "dam-hearing",
          "2025-06-02",
          vector(1, 0.1f, 1, 0),
          Map.of(),
          "Halvorsen Kettle Tamsin",
          "dam permit hydropower license tamsin tribe lawsuit salmon treaty halvorsen kettle");
  private static final StoryFeatures DAM_APPEAL =
      article(
          "dam-appeal",
          "2025-08-11",
          vector(0, 0.2f, 1, 0.1f),
          Map.of(),
          "Halvorsen Kettle Tamsin",
          "tamsin tribe lawsuit salmon fishing treaty appeal halvorsen");

  @Test
  void aReportThatReachesTwoLinesOfOneStoryJoinsThemAndLaterReportsFollow() {
    FollowStoryLines follow = follow(merging());
    long permit = follow.assign(DAM_PERMIT).lineId();
    long lawsuit = follow.assign(DAM_LAWSUIT).lineId();
    long hearing = follow.assign(DAM_HEARING).lineId();
    long appeal = follow.assign(DAM_APPEAL).lineId();

    assertThat(lawsuit).isNotEqualTo(permit);
    assertThat(hearing).isEqualTo(permit);
    // The appeal reads like the lawsuit, whose line is now the permit's.
    assertThat(appeal).isEqualTo(permit);
  }

  @Test
  void aMergeOfLinesIsReplayedFromWhatWasStored() {
    FollowStoryLines live = follow(merging());
    List<long[]> stored = new ArrayList<>();
    List<long[]> merges = new ArrayList<>();
    List<StoryFeatures> placed = List.of(DAM_PERMIT, DAM_LAWSUIT, DAM_HEARING);
    for (StoryFeatures f : placed) {
      FollowStoryLines.Placement p = live.assign(f);
      stored.add(new long[] {p.eventId(), p.lineId()});
      p.mergedLines().forEach(from -> merges.add(new long[] {p.lineId(), from}));
    }
    assertThat(merges).hasSize(1);
    FollowStoryLines restored = new FollowStoryLines(4, StoryModel.eventDefaults(), merging());
    for (int i = 0; i < BACKGROUND.size(); i++) {
      restored.restore(
          backgroundPlacements.get(i)[0], backgroundPlacements.get(i)[1], BACKGROUND.get(i));
    }
    for (int i = 0; i < placed.size(); i++) {
      restored.restore(stored.get(i)[0], stored.get(i)[1], placed.get(i));
    }
    merges.forEach(m -> restored.restoreMerge(m[0], m[1]));

    assertThat(restored.lines()).isEqualTo(live.lines());
    assertThat(restored.lineOf(stored.get(1)[1])).isEqualTo(stored.get(0)[1]);
    assertThat(restored.assign(DAM_APPEAL).lineId()).isEqualTo(live.assign(DAM_APPEAL).lineId());
  }

  /**
   * The line model with lines merged when an article reaches a second one at the join threshold.
   */
  private static StoryModel merging() {
    StoryModel lines = StoryModel.lineDefaults();
    return lines.withThresholds(lines.joinThreshold(), lines.joinThreshold());
  }

  @Test
  void replayingTheStoredPlacementsGivesTheSameNextPlacement() {
    FollowStoryLines live = follow();
    List<long[]> stored = new ArrayList<>();
    for (StoryFeatures f : List.of(ORDER, ORDER_REPORT, RULING)) {
      FollowStoryLines.Placement p = live.assign(f);
      stored.add(new long[] {p.eventId(), p.lineId()});
    }
    FollowStoryLines restored =
        new FollowStoryLines(4, StoryModel.eventDefaults(), StoryModel.lineDefaults());
    for (int i = 0; i < BACKGROUND.size(); i++) {
      restored.restore(
          backgroundPlacements.get(i)[0], backgroundPlacements.get(i)[1], BACKGROUND.get(i));
    }
    List<StoryFeatures> placed = List.of(ORDER, ORDER_REPORT, RULING);
    for (int i = 0; i < placed.size(); i++) {
      restored.restore(stored.get(i)[0], stored.get(i)[1], placed.get(i));
    }

    FollowStoryLines.Placement a = live.assign(BOSTON_ORDER);
    FollowStoryLines.Placement b = restored.assign(BOSTON_ORDER);
    assertThat(b.eventId()).isEqualTo(a.eventId());
    assertThat(b.lineId()).isEqualTo(a.lineId());
  }

  private final List<long[]> backgroundPlacements = new ArrayList<>();

  private FollowStoryLines follow() {
    return follow(StoryModel.lineDefaults());
  }

  private FollowStoryLines follow(StoryModel lines) {
    FollowStoryLines follow = new FollowStoryLines(4, StoryModel.eventDefaults(), lines);
    for (StoryFeatures f : BACKGROUND) {
      FollowStoryLines.Placement p = follow.assign(f);
      backgroundPlacements.add(new long[] {p.eventId(), p.lineId()});
    }
    return follow;
  }

  /** The background, each article naming the president, and four more stories that name him. */
  private static FollowStoryLines followWithPresident() {
    FollowStoryLines follow =
        new FollowStoryLines(4, StoryModel.eventDefaults(), StoryModel.lineDefaults());
    String[] words = {
      "budget schools levy teachers vote",
      "drought water farmers reservoir rationing",
      "transit fares riders buses schedule",
      "judge ruling lawsuit appeal hearing",
      "tariffs imports steel prices trade",
      "summit allies treaty talks ministers",
      "storm hurricane coast evacuation shelters",
      "election ballots turnout counties polls"
    };
    for (int i = 0; i < words.length; i++) {
      follow.assign(
          person(
              "bg-" + i,
              LocalDate.parse("2025-03-01").plusDays(3L * i).toString(),
              vector(
                  i % 4 == 0 ? 1 : 0, i % 4 == 1 ? 1 : 0, i % 4 == 2 ? 1 : 0, i % 4 == 3 ? 1 : 0),
              Map.of(),
              Map.of("marlow", 2f),
              words[i]));
    }
    return follow;
  }

  /** An article about people: {@link #article} with their surnames and mentions. */
  private static StoryFeatures person(
      String id,
      String date,
      float[] embedding,
      Map<String, Float> places,
      Map<String, Float> persons,
      String words) {
    StoryFeatures a =
        article(id, date, embedding, places, String.join(" ", persons.keySet()), words);
    return new StoryFeatures(
        id, a.embedding(), a.terms(), a.names(), a.numbers(), persons, a.places(), a.date());
  }

  private static float[] vector(float... v) {
    double n = 0;
    for (float x : v) {
      n += x * x;
    }
    float[] out = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = (float) (v[i] / Math.sqrt(n));
    }
    return out;
  }

  /** An article: lead words counted three times, names and places as given. */
  private static StoryFeatures article(
      String id,
      String date,
      float[] embedding,
      Map<String, Float> places,
      String names,
      String words) {
    Map<String, Float> terms = new HashMap<>();
    for (String w : words.split(" ")) {
      terms.merge(w, 3f, Float::sum);
    }
    Map<String, Float> nameWords = new HashMap<>();
    for (String w : names.split(" ")) {
      nameWords.merge(w.toLowerCase(java.util.Locale.ROOT), 3f, Float::sum);
      terms.merge(w.toLowerCase(java.util.Locale.ROOT), 3f, Float::sum);
    }
    return new StoryFeatures(
        id,
        embedding,
        terms,
        nameWords,
        Map.of(),
        Map.of(),
        places,
        Optional.of(LocalDate.parse(date)));
  }
}
