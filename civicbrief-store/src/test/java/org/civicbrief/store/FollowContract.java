package org.civicbrief.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.civicbrief.core.article.Article;
import org.civicbrief.core.article.OutletArticles;
import org.civicbrief.core.common.Outcome;
import org.civicbrief.core.quiz.Quiz;
import org.civicbrief.core.story.Assignment;
import org.civicbrief.core.story.Carrier;
import org.civicbrief.core.story.FollowStoryLines;
import org.civicbrief.core.story.StoryFeatures;
import org.civicbrief.core.story.StoryMember;
import org.civicbrief.store.article.Submission;
import org.civicbrief.store.article.Submitted;
import org.civicbrief.store.audit.Principal;
import org.civicbrief.store.briefing.ReviewState;
import org.civicbrief.store.briefing.StoredBriefing;
import org.civicbrief.store.feed.Feed;
import org.civicbrief.store.story.Stories;
import org.civicbrief.store.story.StoryReplay;
import org.civicbrief.store.story.StorySummary;
import org.civicbrief.store.user.Role;
import org.junit.jupiter.api.Test;

/**
 * The part of the store contract that follows stories: feed subscriptions, duplicates and story
 * membership. {@link StoreContract} runs it on every database.
 */
interface FollowContract {

  Principal POLLER = Principal.system("feeds");

  /** The store under test, fresh for each test. */
  Store store();

  /** The clock the store reads. */
  TestClock clock();

  /** An editor with an account, as the feed pages have. */
  private Principal editor() {
    var u =
        store()
            .users()
            .byUsername("fiona")
            .orElseGet(
                () ->
                    store()
                        .users()
                        .create("fiona", Optional.empty(), Set.of(Role.EDITOR), POLLER)
                        .value());
    return Principal.user(u.id(), u.username());
  }

  // Feeds

  @Test
  default void aFeedIsSubscribedOnceAndOnlyWithAnHttpAddress() {
    Outcome<Feed> added = store().feeds().add(" https://ledger.example/feed.xml ", editor());

    assertThat(added.isOk()).isTrue();
    assertThat(added.value().url()).isEqualTo("https://ledger.example/feed.xml");
    assertThat(added.value().nextPollAt()).isEqualTo(clock().instant());
    assertThat(store().feeds().add("https://ledger.example/feed.xml", editor()).reason())
        .contains("already subscribed");
    assertThat(store().feeds().add("file:///etc/passwd", editor()).reason())
        .contains("http:// or https://");
    assertThat(store().feeds().list()).extracting(Feed::url).hasSize(1);
  }

  @Test
  default void aDueFeedIsClaimedByOnePollerAndItsOutcomeDecidesTheNextPoll() {
    long id = store().feeds().add("https://ledger.example/feed.xml", editor()).value().id();
    Duration lease = Duration.ofMinutes(5);

    Feed claimed = store().feeds().claimDue(lease).orElseThrow();
    assertThat(claimed.id()).isEqualTo(id);
    assertThat(store().feeds().claimDue(lease)).as("leased to the first poller").isEmpty();

    Instant later = clock().instant().plus(Duration.ofMinutes(30));
    store()
        .feeds()
        .succeeded(
            id,
            Optional.of("\"v1\""),
            Optional.of("Tue, 17 Nov 2026 08:00:00 GMT"),
            Optional.of("Harbor Ledger"),
            later);
    Feed ok = store().feeds().find(id).orElseThrow();
    assertThat(ok.etag()).contains("\"v1\"");
    assertThat(ok.lastModified()).contains("Tue, 17 Nov 2026 08:00:00 GMT");
    assertThat(ok.title()).contains("Harbor Ledger");
    assertThat(ok.nextPollAt()).isEqualTo(later);

    assertThat(store().feeds().failed(id, "the site answered 500", later)).isEqualTo(1);
    assertThat(store().feeds().failed(id, "the feed does not parse", later)).isEqualTo(2);
    Feed failing = store().feeds().find(id).orElseThrow();
    assertThat(failing.lastError()).contains("the feed does not parse");
    assertThat(failing.failures()).isEqualTo(2);
    assertThat(failing.etag()).as("kept for the next conditional request").contains("\"v1\"");

    assertThat(store().feeds().pollSoon(id)).isTrue();
    assertThat(store().feeds().claimDue(lease)).isPresent();
  }

  @Test
  default void anEntryIsRememberedOnceAndForgottenWithItsFeed() {
    long id = store().feeds().add("https://ledger.example/feed.xml", editor()).value().id();

    assertThat(store().feeds().seen(id, "urn:entry:1")).isFalse();
    assertThat(
            store().feeds().remember(id, "urn:entry:1", Optional.empty(), Optional.of("paywall")))
        .isTrue();
    assertThat(store().feeds().remember(id, "urn:entry:1", Optional.empty(), Optional.empty()))
        .isFalse();
    assertThat(store().feeds().seen(id, "urn:entry:1")).isTrue();
    assertThat(store().feeds().find(id).orElseThrow().entries()).isEqualTo(1);

    assertThat(store().feeds().remove(id, editor())).isTrue();
    assertThat(store().feeds().find(id)).isEmpty();
    assertThat(store().feeds().remove(id, editor())).isFalse();
  }

  // Duplicates

  @Test
  default void aWireCopyWithSmallEditsJoinsTheOriginalAsAnotherOutlet() {
    Submitted original = submitWire(WIRE, "Harbor Ledger", "https://ledger.example/ferry");
    String edited =
        WIRE.replace("Ferry Fares Rise", "Island Ferry Fares Go Up")
            .replace("The vote was 5 to 2.", "The board voted 5 to 2 after a long debate.");
    edited = edited.substring(0, edited.lastIndexOf("\n\n"));

    Submitted copy = submitWire(edited, "Coast Gazette", "https://gazette.example/ferry-fares");

    assertThat(copy.duplicate()).isTrue();
    assertThat(copy.articleId()).isEqualTo(original.articleId());
    assertThat(copy.jobId()).as("no second briefing job").isEqualTo(original.jobId());
    List<Carrier> carriers = store().articles().carriers(original.articleId());
    assertThat(carriers).hasSize(1);
    assertThat(carriers.getFirst().outlet()).isEqualTo("Coast Gazette");
    assertThat(carriers.getFirst().url()).contains("https://gazette.example/ferry-fares");
    assertThat(carriers.getFirst().exact()).isFalse();
  }

  @Test
  default void theSameWordsFromAnotherOutletAreAnExactCopyAndADifferentReportIsNew() {
    Submitted original = submitWire(WIRE, "Harbor Ledger", "https://ledger.example/ferry");

    Submitted shouted =
        submitWire(WIRE.toUpperCase(java.util.Locale.ROOT), "Bay Times", "https://bay.example/f");
    Submitted other = submitWire(OTHER, "Bay Times", "https://bay.example/library");

    assertThat(shouted.articleId()).isEqualTo(original.articleId());
    assertThat(store().articles().carriers(original.articleId()))
        .singleElement()
        .satisfies(c -> assertThat(c.exact()).isTrue());
    assertThat(other.duplicate()).isFalse();
    assertThat(other.articleId()).isNotEqualTo(original.articleId());
  }

  private Submitted submitWire(String text, String publisher, String url) {
    Article a =
        OutletArticles.article(
            text, publisher, LocalDate.parse("2026-11-17"), Optional.of(url), url);
    return store().articles().submit(Submission.of(a), POLLER).value();
  }

  // Stories

  @Test
  default void assignmentsAndMergesAreReplayedInTheOrderTheyHappened() {
    long a = article("ferry fares");
    long b = article("ferry schedule");
    long c = article("ferry strike");
    store().stories().record(started(a, 1), features(a));
    store().stories().record(started(b, 2), features(b));
    store()
        .stories()
        .record(new Assignment(String.valueOf(c), 1, false, 0.9, List.of(2L), 2, 2), features(c));

    assertThat(store().stories().record(started(a, 7), features(a)))
        .as("an article joins once")
        .isFalse();
    assertThat(store().stories().storyOf(b)).contains(1L);
    assertThat(store().stories().resolve(2)).isEqualTo(OptionalLong.of(1));
    assertThat(store().stories().resolve(99)).isEmpty();
    List<String> replayed = new ArrayList<>();
    store()
        .stories()
        .replay(
            new StoryReplay() {
              @Override
              public void member(long storyId, StoryFeatures f) {
                replayed.add(f.articleId() + "->" + storyId);
                assertThat(f).isEqualTo(features(Long.parseLong(f.articleId())));
              }

              @Override
              public void merge(long into, long from) {
                replayed.add(from + "=>" + into);
              }
            });
    assertThat(replayed).containsExactly(a + "->1", b + "->2", c + "->1", "2=>1");
  }

  @Test
  default void anArticleIsStoredInItsStoryLineWithItsEventAndReplayedWithBoth() {
    long a = article("ferry fares");
    long b = article("ferry strike");
    store().stories().record(started(a, 1), features(a));
    Stories.Placed placed =
        store()
            .stories()
            .placeInTurn(
                features(b),
                -1,
                new StoryReplay() {
                  @Override
                  public void member(long storyId, StoryFeatures f) {}

                  @Override
                  public void merge(long into, long from) {}
                },
                () -> new FollowStoryLines.Placement(started(b, 7), 1, false, 0.93));

    assertThat(placed.storyId()).as("the line").isEqualTo(1);
    assertThat(store().stories().storyOf(b)).contains(1L);
    List<String> replayed = new ArrayList<>();
    store()
        .stories()
        .replay(
            new StoryReplay() {
              @Override
              public void member(long storyId, StoryFeatures f) {
                throw new AssertionError("the replay names the event");
              }

              @Override
              public void member(long storyId, long eventId, StoryFeatures f) {
                replayed.add(f.articleId() + "->" + storyId + "/" + eventId);
              }

              @Override
              public void merge(long into, long from) {
                replayed.add(from + "=>" + into);
              }
            });
    assertThat(replayed)
        .as("an article stored before story lines is its story's event")
        .containsExactly(a + "->1/1", b + "->1/7");
  }

  @Test
  default void aPlacementThatJoinsTwoLinesMovesTheNewerLinesArticlesAndIsReplayedAsAMerge() {
    long a = article("ferry fares");
    long b = article("ferry strike");
    long c = article("ferry fares and strike");
    StoryReplay none =
        new StoryReplay() {
          @Override
          public void member(long storyId, StoryFeatures f) {}

          @Override
          public void merge(long into, long from) {}
        };
    store()
        .stories()
        .placeInTurn(
            features(a), -1, none, () -> new FollowStoryLines.Placement(started(a, 1), 1, true, 0));
    store()
        .stories()
        .placeInTurn(
            features(b), 0, none, () -> new FollowStoryLines.Placement(started(b, 2), 2, true, 0));
    Stories.Placed placed =
        store()
            .stories()
            .placeInTurn(
                features(c),
                1,
                none,
                () -> new FollowStoryLines.Placement(started(c, 3), 1, false, 0.9, List.of(2L)));

    assertThat(placed.storyId()).isEqualTo(1);
    assertThat(store().stories().storyOf(b)).as("the merged line's article").contains(1L);
    assertThat(store().stories().resolve(2)).isEqualTo(OptionalLong.of(1));
    List<String> replayed = new ArrayList<>();
    store()
        .stories()
        .replay(
            new StoryReplay() {
              @Override
              public void member(long storyId, StoryFeatures f) {
                throw new AssertionError("the replay names the event");
              }

              @Override
              public void member(long storyId, long eventId, StoryFeatures f) {
                replayed.add(f.articleId() + "->" + storyId + "/" + eventId);
              }

              @Override
              public void merge(long into, long from) {
                replayed.add(from + "=>" + into);
              }
            });
    assertThat(replayed).containsExactly(a + "->1/1", b + "->2/2", c + "->1/3", "2=>1");
  }

  @Test
  default void aBatchsStoryJoinsTheStoryOneOfItsArticlesIsInOrStartsANewOneOnce() {
    long a = article("ferry fares");
    long b = article("ferry schedule");
    long c = article("ferry strike");
    long d = article("bridge tolls");
    store().stories().record(started(a, 4), features(a));

    long batch = store().stories().placeInStory(List.of(features(b), features(c)));
    long joined = store().stories().placeInStory(List.of(features(d), features(a)));
    long again = store().stories().placeInStory(List.of(features(b), features(c)));

    assertThat(batch).as("numbered after every story there is").isEqualTo(5);
    assertThat(store().stories().storyOf(c)).contains(5L);
    assertThat(joined).as("the story an article of the group is in").isEqualTo(4);
    assertThat(store().stories().storyOf(d)).contains(4L);
    assertThat(again).isEqualTo(5);
    assertThat(store().stories().assigned()).isEqualTo(4);
  }

  @Test
  default void serversAssigningAtOnceTakeTurnsAndCatchUpSoNoTwoNumberANewStoryAlike()
      throws Exception {
    List<Long> articles = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      articles.add(article("levy vote " + i));
    }
    ExecutorService servers = Executors.newFixedThreadPool(2);
    List<Future<Map<Long, Long>>> indexes = new ArrayList<>();
    for (int n = 0; n < 2; n++) {
      List<Long> mine = articles.subList(n * 8, n * 8 + 8);
      indexes.add(servers.submit(() -> assignEachToANewStory(mine)));
    }
    List<Map<Long, Long>> known = new ArrayList<>();
    for (Future<Map<Long, Long>> index : indexes) {
      known.add(index.get(1, TimeUnit.MINUTES));
    }
    servers.shutdown();

    List<Long> stories =
        articles.stream().map(a -> store().stories().storyOf(a).orElseThrow()).toList();
    assertThat(stories).doesNotHaveDuplicates().allSatisfy(s -> assertThat(s).isBetween(1L, 16L));
    // Each server's index learned of the other's assignments before making each of its own.
    assertThat(known.get(0).size() + known.get(1).size()).isGreaterThan(16);
  }

  /**
   * What one server does: for each article, in turn with the others, catch up with what is stored
   * and start a story numbered after every story its index knows, as the story index would.
   */
  private Map<Long, Long> assignEachToANewStory(List<Long> articles) {
    Map<Long, Long> index = new HashMap<>();
    StoryReplay catchUp =
        new StoryReplay() {
          @Override
          public void member(long storyId, StoryFeatures f) {
            index.put(Long.parseLong(f.articleId()), storyId);
          }

          @Override
          public void merge(long into, long from) {
            throw new AssertionError("nothing merges here");
          }
        };
    long seen = -1;
    for (long a : articles) {
      Stories.Placed placed =
          store()
              .stories()
              .assignInTurn(
                  features(a),
                  seen,
                  catchUp,
                  () -> started(a, index.values().stream().mapToLong(s -> s).max().orElse(0) + 1));
      index.put(a, placed.storyId());
      seen = placed.seen();
    }
    return index;
  }

  @Test
  default void readersSeeOnlyStoriesWithPublishedArticlesWithTheirCarriers() {
    long a = article("ferry fares");
    long b = article("ferry schedule");
    store().stories().record(started(a, 1), features(a));
    store()
        .stories()
        .record(new Assignment(String.valueOf(b), 1, false, 0.8, List.of(), 1, 1), features(b));
    assertThat(store().stories().published(10, 0)).isEmpty();

    publish(a);
    store()
        .articles()
        .submit(
            Submission.of(
                store()
                    .articles()
                    .find(a)
                    .orElseThrow()
                    .article()
                    .withCanonicalUrl("https://gazette.example/copy")),
            POLLER);

    List<StorySummary> stories = store().stories().published(10, 0);
    assertThat(stories).singleElement().satisfies(s -> assertThat(s.articles()).isEqualTo(1));
    assertThat(stories.getFirst().title()).isEqualTo("Harbor Council Approves ferry fares");
    List<StoryMember> members = store().stories().publishedMembers(1);
    assertThat(members).extracting(StoryMember::articleId).containsExactly(String.valueOf(a));
    publish(b);
    assertThat(store().stories().publishedMembers(1))
        .extracting(StoryMember::articleId)
        .containsExactly(String.valueOf(a), String.valueOf(b));
  }

  private long article(String topic) {
    Article article = Fixtures.article(topic, Optional.of(LocalDate.parse("2026-11-16")));
    long id = store().articles().submit(Submission.of(article), POLLER).value().articleId();
    store().briefings().save(id, Fixtures.briefing(article, "p1", Quiz.empty()), POLLER);
    return id;
  }

  private void publish(long articleId) {
    StoredBriefing b = store().briefings().latestFor(articleId).orElseThrow();
    store().briefings().review(b.id(), ReviewState.APPROVED, "", editor()).value();
    store().briefings().review(b.id(), ReviewState.PUBLISHED, "", editor()).value();
  }

  private static Assignment started(long articleId, long storyId) {
    return new Assignment(String.valueOf(articleId), storyId, true, 0, List.of(), 0, 0);
  }

  private static StoryFeatures features(long articleId) {
    float x = (float) Math.sqrt(0.5);
    return new StoryFeatures(
        String.valueOf(articleId),
        new float[] {x, articleId % 2 == 0 ? x : -x},
        Map.of("ferry", 2.5f, "fare", 1f),
        Map.of("ortiz", 1f),
        Map.of("1500", 1f),
        Map.of("ortiz", 2f),
        articleId % 2 == 0 ? Optional.of(LocalDate.parse("2026-11-16")) : Optional.empty());
  }

  String WIRE =
      """
      Ferry Fares Rise on the Island Line

      PORT ALDER (Wirewire) - The regional transit board approved a fare increase for the island \
      ferry on Tuesday, raising a one-way adult ticket from four dollars to five starting in \
      January. Board chair Marta Quill said the money would pay for two new engines and longer \
      winter hours on the busiest crossing.

      Commuters who ride the morning boats told the board at a crowded hearing that the increase \
      would cost a daily rider more than four hundred dollars a year. A student group asked for a \
      discounted pass, which the board agreed to study before the spring budget. The vote was 5 to 2.

      Quill said the board had not raised fares in six years while fuel and repair costs climbed \
      steadily, and that the new engines would cut the number of cancelled sailings in storms.

      Two members who voted no said the board should first seek a state grant for the engines.""";

  String OTHER =
      """
      Library Hours Extended in Port Alder

      The Port Alder library will stay open until nine on weeknights from next month, the city \
      librarian announced on Wednesday, after a survey found that most residents could only visit \
      in the evening. The change is paid for by a grant from a local foundation and will be \
      reviewed after a year. Volunteers will run a homework club on Tuesday and Thursday evenings, \
      and the reading room on the second floor will reopen after repairs to its roof.""";
}
