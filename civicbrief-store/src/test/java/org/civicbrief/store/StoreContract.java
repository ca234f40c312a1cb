package org.civicbrief.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.civicbrief.core.article.Article;
import org.civicbrief.core.article.RawDocument;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.common.Outcome;
import org.civicbrief.core.quiz.Quiz;
import org.civicbrief.store.article.Submission;
import org.civicbrief.store.article.Submitted;
import org.civicbrief.store.audit.AuditAction;
import org.civicbrief.store.audit.AuditEntry;
import org.civicbrief.store.audit.Principal;
import org.civicbrief.store.briefing.BriefingSummary;
import org.civicbrief.store.briefing.ReviewState;
import org.civicbrief.store.briefing.StoredBriefing;
import org.civicbrief.store.job.Job;
import org.civicbrief.store.job.JobSettings;
import org.civicbrief.store.job.JobStatus;
import org.civicbrief.store.job.JobWorkers;
import org.civicbrief.store.quiz.NewAttempt;
import org.civicbrief.store.quiz.QuestionVerdict;
import org.civicbrief.store.quiz.StoredQuiz;
import org.civicbrief.store.search.SearchHit;
import org.civicbrief.store.search.SearchQuery;
import org.civicbrief.store.search.SearchResults;
import org.civicbrief.store.user.IssuedToken;
import org.civicbrief.store.user.Role;
import org.civicbrief.store.user.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The behaviour every database under the store must have. Each subclass runs it against one
 * database, with a fresh database and data folder per test.
 */
abstract class StoreContract implements FollowContract {

  private static final Principal EDITOR = Principal.user(1, "editor");
  private static final Principal WORKER = Principal.system("worker");
  private static final Duration LEASE = Duration.ofMinutes(1);

  @TempDir Path dataFolder;
  final TestClock clock = new TestClock(Instant.parse("2026-11-20T10:00:00Z"));
  StoreConfig config;
  Store store;

  @Override
  public Store store() {
    return store;
  }

  @Override
  public TestClock clock() {
    return clock;
  }

  /** The configuration of a fresh, empty database for one test. */
  abstract StoreConfig freshDatabase(Path dataFolder) throws Exception;

  /** Throws away what search keeps, as a lost disk or a bad upgrade would, the store closed. */
  abstract void loseSearch(StoreConfig config) throws Exception;

  /** Removes what {@link #freshDatabase} made, after the store is closed. */
  abstract void dropDatabase() throws Exception;

  @BeforeEach
  void open() throws Exception {
    config = freshDatabase(dataFolder);
    store = Store.open(config, clock);
  }

  @AfterEach
  void close() throws Exception {
    if (store != null) {
      store.close();
    }
    dropDatabase();
  }

  private Submitted submit(String topic) {
    return store.articles().submit(Submission.of(article(topic)), WORKER).value();
  }

  private static Article article(String topic) {
    return Fixtures.article(topic, Optional.of(LocalDate.parse("2026-11-16")));
  }

  private StoredBriefing briefed(String topic, LocalDate published) {
    Article article = Fixtures.article(topic, Optional.of(published));
    long id = store.articles().submit(Submission.of(article), WORKER).value().articleId();
    return store.briefings().save(id, Fixtures.briefing(article, "p1", Quiz.empty()), WORKER);
  }

  /** The id of the quiz of a briefing of a new article on {@code topic}. */
  private long quizOf(String topic) {
    Article article = article(topic);
    long articleId = store.articles().submit(Submission.of(article), WORKER).value().articleId();
    long briefingId =
        store
            .briefings()
            .save(articleId, Fixtures.briefing(article, "p1", Fixtures.quiz()), WORKER)
            .id();
    return store.quizzes().latestFor(briefingId).orElseThrow().id();
  }

  private StoredBriefing publish(StoredBriefing b) {
    store.briefings().review(b.id(), ReviewState.APPROVED, "", EDITOR).value();
    return store.briefings().review(b.id(), ReviewState.PUBLISHED, "", EDITOR).value();
  }

  // Articles and the job queue

  @Test
  void aSubmissionIsStoredWithItsOriginalBytesAndQueuesOneBriefingJob() {
    Article article = article("harbor dredging");
    RawDocument raw =
        new RawDocument(
            "https://ledger.example/a",
            Optional.of("text/html"),
            Optional.of("UTF-8"),
            "<p>original</p>".getBytes(java.nio.charset.StandardCharsets.UTF_8));

    User dana = store.users().create("dana", Optional.empty(), Set.of(Role.EDITOR), WORKER).value();

    Submitted s =
        store
            .articles()
            .submit(new Submission(article, Optional.of(raw)), Principal.user(dana.id(), "dana"))
            .value();

    assertThat(s.duplicate()).isFalse();
    assertThat(store.articles().find(s.articleId()).orElseThrow().article()).isEqualTo(article);
    assertThat(store.articles().find(s.articleId()).orElseThrow().submittedBy())
        .contains(dana.id());
    assertThat(store.articles().raw(s.articleId())).contains(raw);
    Job job = store.jobs().find(s.jobId()).orElseThrow();
    assertThat(job.status()).isEqualTo(JobStatus.QUEUED);
    assertThat(job.kind()).isEqualTo(Job.BRIEF);
    assertThat(job.articleId()).isEqualTo(s.articleId());
    assertThat(store.audit().about("article", s.articleId()))
        .extracting(AuditEntry::action, e -> e.who().name())
        .containsExactly(org.assertj.core.groups.Tuple.tuple(AuditAction.ARTICLE_SUBMIT, "dana"));
  }

  @Test
  void theSameContentSubmittedTwiceIsStoredOnceAndReturnsTheFirstJob() {
    Submitted first = submit("ferry fares");
    Article again = article("ferry fares");
    Article respaced =
        Article.ofText(again.text().replace("\n\n", "\n  \n").replace(" voted", "  voted"), "x");

    Submitted second = store.articles().submit(Submission.of(respaced), WORKER).value();

    assertThat(second).isEqualTo(new Submitted(first.articleId(), first.jobId(), true));
    assertThat(store.articles().recent(10, 0)).hasSize(1);
    assertThat(store.jobs().counts()).containsEntry(JobStatus.QUEUED, 1L);
  }

  @Test
  void anArticleWithoutTextIsRefusedWithAReason() {
    Outcome<Submitted> o =
        store.articles().submit(Submission.of(Article.ofText(" \n", "x")), WORKER);

    assertThat(o.reason()).isEqualTo("the article has no text");
    assertThat(store.articles().recent(10, 0)).isEmpty();
  }

  @Test
  void concurrentWorkersNeverClaimTheSameJob() throws Exception {
    for (int i = 0; i < 24; i++) {
      submit("topic " + i);
    }
    int threads = 4;
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<List<Long>>> claims = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      String worker = "w" + t;
      claims.add(
          pool.submit(
              () -> {
                go.await();
                List<Long> mine = new ArrayList<>();
                for (Optional<Job> j = store.jobs().claim(worker, LEASE);
                    j.isPresent();
                    j = store.jobs().claim(worker, LEASE)) {
                  mine.add(j.get().id());
                }
                return mine;
              }));
    }
    go.countDown();
    List<Long> all = new ArrayList<>();
    for (Future<List<Long>> f : claims) {
      all.addAll(f.get(1, TimeUnit.MINUTES));
    }
    pool.shutdown();

    assertThat(all).hasSize(24).doesNotHaveDuplicates();
    assertThat(store.jobs().counts()).containsEntry(JobStatus.RUNNING, 24L);
  }

  @Test
  void aFailedAttemptIsRetriedLaterAndFailedForGoodAfterTheLastAttempt() {
    long id = submit("bridge tolls").jobId();
    for (int attempt = 1; attempt <= 3; attempt++) {
      Job job = store.jobs().claim("w", LEASE).orElseThrow();
      assertThat(job.attempts()).isEqualTo(attempt);
      assertThat(store.jobs().fail(id, "w", "parser crashed " + attempt, true)).isTrue();
      assertThat(store.jobs().claim("w", LEASE)).as("not due yet").isEmpty();
      clock.advance(Duration.ofMinutes(5));
    }

    Job failed = store.jobs().find(id).orElseThrow();
    assertThat(failed.status()).isEqualTo(JobStatus.FAILED);
    assertThat(failed.lastError()).contains("parser crashed 3");
    assertThat(failed.finishedAt()).isPresent();
  }

  @Test
  void aJobWhoseWorkerStoppedReturnsToTheQueueWhenItsLeaseEnds() {
    long id = submit("park hours").jobId();
    store.jobs().claim("dead", LEASE).orElseThrow();
    assertThat(store.jobs().requeueExpired()).as("lease still running").isZero();

    clock.advance(LEASE.plusSeconds(1));

    assertThat(store.jobs().requeueExpired()).isEqualTo(1);
    assertThat(store.jobs().find(id).orElseThrow().status()).isEqualTo(JobStatus.QUEUED);
    Job again = store.jobs().claim("alive", LEASE).orElseThrow();
    assertThat(again.id()).isEqualTo(id);
    assertThat(again.attempts()).isEqualTo(2);
    assertThat(store.jobs().complete(id, "dead", "late")).as("the dead worker lost it").isFalse();
    assertThat(store.jobs().complete(id, "alive", "briefing 1")).isTrue();
    assertThat(store.jobs().find(id).orElseThrow().note()).contains("briefing 1");
  }

  @Test
  void aJobWhoseWorkerStoppedIsTakenOverByTheNextClaimOnceItsLeaseEnds() {
    long id = submit("tram depot").jobId();
    store.jobs().claim("dead", LEASE).orElseThrow();
    assertThat(store.jobs().claim("alive", LEASE)).as("lease still running").isEmpty();

    clock.advance(LEASE.plusSeconds(1));

    Job taken = store.jobs().claim("alive", LEASE).orElseThrow();
    assertThat(taken.id()).isEqualTo(id);
    assertThat(taken.attempts()).isEqualTo(2);
    assertThat(taken.lockedBy()).contains("alive");
    assertThat(taken.lastError().orElseThrow()).contains("worker dead stopped renewing its lease");
    assertThat(store.jobs().complete(id, "dead", "late")).as("the dead worker lost it").isFalse();
    assertThat(store.jobs().complete(id, "alive", "briefing 1")).isTrue();
  }

  @Test
  void aJobWhoseWorkersKeepDyingIsFailedAfterItsLastAttemptNotTakenOverAgain() {
    long id = submit("pier closure").jobId();
    for (int attempt = 1; attempt <= 3; attempt++) {
      assertThat(store.jobs().claim("dead " + attempt, LEASE)).isPresent();
      clock.advance(LEASE.plusSeconds(1));
    }

    assertThat(store.jobs().claim("alive", LEASE)).isEmpty();
    assertThat(store.jobs().requeueExpired()).isEqualTo(1);
    Job failed = store.jobs().find(id).orElseThrow();
    assertThat(failed.status()).isEqualTo(JobStatus.FAILED);
    assertThat(failed.lastError().orElseThrow()).contains("last attempt", "worker dead 3");
  }

  @Test
  void workersRunTheHandlerOnEveryQueuedJobAndRecordItsOutcome() throws Exception {
    long ok = submit("library levy").jobId();
    long bad = submit("stadium bond").jobId();
    CountDownLatch handled = new CountDownLatch(2);
    Map<Long, String> seen = Collections.synchronizedMap(new java.util.HashMap<>());
    try (JobWorkers workers =
        store.workers(
            job -> {
              seen.put(job.id(), Thread.currentThread().getName());
              handled.countDown();
              return job.id() == bad
                  ? Outcome.failed("not an article")
                  : Outcome.ok("briefing " + job.articleId());
            },
            new JobSettings(3, LEASE, Duration.ofSeconds(1)))) {
      workers.start();
      assertThat(handled.await(1, TimeUnit.MINUTES)).isTrue();
    }

    assertThat(seen).containsOnlyKeys(ok, bad);
    assertThat(store.jobs().find(ok).orElseThrow().status()).isEqualTo(JobStatus.DONE);
    Job failed = store.jobs().find(bad).orElseThrow();
    assertThat(failed.status()).isEqualTo(JobStatus.FAILED);
    assertThat(failed.lastError()).contains("not an article");
  }

  // Briefings, review and publication

  @Test
  void aSavedBriefingReadsBackUnchangedAsADraftWithItsQuiz() {
    Article article = article("school meals");
    long articleId = store.articles().submit(Submission.of(article), WORKER).value().articleId();
    Briefing briefing = Fixtures.briefing(article, "p1", Fixtures.quiz());

    StoredBriefing saved = store.briefings().save(articleId, briefing, WORKER);

    StoredBriefing read = store.briefings().find(saved.id()).orElseThrow();
    assertThat(read.briefing()).isEqualTo(briefing);
    assertThat(read.state()).isEqualTo(ReviewState.DRAFT);
    assertThat(read.createdAt()).isEqualTo(clock.instant());
    StoredQuiz quiz = store.quizzes().latestFor(saved.id()).orElseThrow();
    assertThat(quiz.quiz()).isEqualTo(Fixtures.quiz());
    assertThat(quiz.pipelineVersion()).isEqualTo("p1");
    assertThat(store.briefings().latestFor(articleId)).contains(read);
  }

  @Test
  void savingTheSameBriefingAgainKeepsTheFirst() {
    Article article = article("tree planting");
    long articleId = store.articles().submit(Submission.of(article), WORKER).value().articleId();
    StoredBriefing first =
        store
            .briefings()
            .save(articleId, Fixtures.briefing(article, "p1", Fixtures.quiz()), WORKER);

    StoredBriefing again =
        store
            .briefings()
            .save(articleId, Fixtures.briefing(article, "p1", Fixtures.quiz()), WORKER);

    assertThat(again.id()).isEqualTo(first.id());
    assertThat(store.briefings().inState(ReviewState.DRAFT, 10, 0)).hasSize(1);
    assertThatThrownBy(
            () ->
                store
                    .briefings()
                    .save(99_999, Fixtures.briefing(article, "p2", Quiz.empty()), WORKER))
        .hasMessage("there is no article 99999");
  }

  @Test
  void reviewFollowsTheEditorialWorkflowAndRecordsEveryDecision() {
    StoredBriefing b = briefed("water rates", LocalDate.parse("2026-11-16"));

    Outcome<StoredBriefing> early =
        store.briefings().review(b.id(), ReviewState.PUBLISHED, "", EDITOR);
    assertThat(early.reason())
        .isEqualTo(
            "briefing " + b.id() + " is draft; it can become approved or rejected, not published");

    store.briefings().review(b.id(), ReviewState.APPROVED, "checked quotes", EDITOR).value();
    clock.advance(Duration.ofHours(1));
    Instant publication = clock.instant();
    StoredBriefing published =
        store.briefings().review(b.id(), ReviewState.PUBLISHED, "", EDITOR).value();
    assertThat(published.publishedAt()).contains(publication);
    assertThat(store.briefings().published(10, 0))
        .extracting(BriefingSummary::id)
        .containsExactly(b.id());

    clock.advance(Duration.ofHours(1));
    StoredBriefing withdrawn =
        store.briefings().review(b.id(), ReviewState.UNPUBLISHED, "legal asked", EDITOR).value();
    assertThat(withdrawn.publishedAt()).as("first publication is kept").contains(publication);
    assertThat(withdrawn.updatedAt()).isEqualTo(clock.instant());
    assertThat(store.briefings().published(10, 0)).isEmpty();
    assertThat(store.briefings().review(b.id(), ReviewState.UNPUBLISHED, "", EDITOR).reason())
        .isEqualTo("briefing " + b.id() + " is already unpublished");

    assertThat(store.briefings().decisions(b.id()))
        .extracting(d -> d.from() + ">" + d.to() + ":" + d.note() + ":" + d.editor().name())
        .containsExactly(
            "DRAFT>APPROVED:checked quotes:editor",
            "APPROVED>PUBLISHED::editor",
            "PUBLISHED>UNPUBLISHED:legal asked:editor");
    assertThat(store.audit().about("briefing", b.id()))
        .extracting(AuditEntry::action)
        .containsExactly(
            AuditAction.BRIEFING_SAVE,
            AuditAction.BRIEFING_REVIEW,
            AuditAction.BRIEFING_REVIEW,
            AuditAction.BRIEFING_REVIEW);
    assertThat(store.audit().about("briefing", b.id()).getLast().details())
        .containsEntry("from", "published")
        .containsEntry("to", "unpublished");
  }

  @Test
  void publishedBriefingsAreListedNewestFirstForTheFrontPageAndTheFeed() {
    StoredBriefing older = publish(briefed("bus lanes", LocalDate.parse("2026-11-10")));
    clock.advance(Duration.ofMinutes(10));
    StoredBriefing newer = publish(briefed("snow plows", LocalDate.parse("2026-11-11")));
    briefed("draft only", LocalDate.parse("2026-11-12"));

    List<BriefingSummary> page = store.briefings().published(10, 0);

    assertThat(page).extracting(BriefingSummary::id).containsExactly(newer.id(), older.id());
    assertThat(page.getFirst().headline()).isEqualTo("Harbor Council Approves snow plows");
    assertThat(page.getFirst().publishedAt()).isEqualTo(newer.publishedAt());
    assertThat(store.briefings().published(1, 1))
        .extracting(BriefingSummary::id)
        .containsExactly(older.id());
    assertThat(store.briefings().countPublished()).isEqualTo(2);
  }

  // Quizzes

  @Test
  void editorsApproveEditOrRejectEachQuestion() {
    long quizId = quizOf("pier repairs");

    store
        .quizzes()
        .review(quizId, "q-who", QuestionVerdict.APPROVED, Optional.empty(), EDITOR)
        .value();
    store
        .quizzes()
        .review(
            quizId,
            "q-vote",
            QuestionVerdict.EDITED,
            Optional.of("Did the council approve it?"),
            EDITOR)
        .value();
    store
        .quizzes()
        .review(quizId, "q-who", QuestionVerdict.REJECTED, Optional.empty(), EDITOR)
        .value();

    StoredQuiz quiz = store.quizzes().find(quizId).orElseThrow();
    assertThat(quiz.reviews().get("q-who").verdict()).isEqualTo(QuestionVerdict.REJECTED);
    assertThat(quiz.reviews().get("q-vote").editedText()).contains("Did the council approve it?");
    assertThat(
            store
                .quizzes()
                .review(quizId, "q-none", QuestionVerdict.APPROVED, Optional.empty(), EDITOR)
                .reason())
        .isEqualTo("quiz " + quizId + " has no question q-none");
    assertThat(
            store
                .quizzes()
                .review(quizId, "q-who", QuestionVerdict.EDITED, Optional.of(" "), EDITOR)
                .reason())
        .isEqualTo("an edited question needs its new text");
    assertThat(store.audit().about("quiz", quizId))
        .extracting(AuditEntry::action)
        .containsOnly(AuditAction.QUIZ_SAVE, AuditAction.QUESTION_REVIEW)
        .hasSize(4);
  }

  @Test
  void readerAttemptsAreStoredWithTheirAnswersScoreAndTime() {
    long quizId = quizOf("beach cleanup");

    var attempt =
        store
            .quizzes()
            .recordAttempt(
                new NewAttempt(
                    quizId,
                    "reader-7f3a9c",
                    Map.of("q-who", "Lena Ortiz", "q-vote", "False"),
                    1,
                    2,
                    Optional.of(Duration.ofSeconds(42))))
            .value();

    assertThat(store.quizzes().attemptsBy("reader-7f3a9c", 10)).containsExactly(attempt);
    assertThat(attempt.answers()).containsEntry("q-vote", "False");
    assertThat(attempt.timeTaken()).contains(Duration.ofSeconds(42));
    assertThat(attempt.submittedAt()).isEqualTo(clock.instant());
    assertThat(
            store
                .quizzes()
                .recordAttempt(
                    new NewAttempt(
                        quizId, "reader-7f3a9c", Map.of("q-x", "A"), 0, 2, Optional.empty()))
                .reason())
        .isEqualTo("quiz " + quizId + " has no question q-x");
  }

  @Test
  void aClassPostingAtOnceHasEveryAttemptStoredAndAWrongOneFailsAlone() throws Exception {
    long quizId = quizOf("beach cleanup");
    int readers = 40;
    ExecutorService pool = Executors.newFixedThreadPool(readers);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Outcome<org.civicbrief.store.quiz.QuizAttempt>>> posted = new ArrayList<>();
    try {
      for (int i = 0; i < readers; i++) {
        String reader = "student-" + String.format("%03d", i);
        Map<String, String> answers =
            i == 7 ? Map.of("q-nope", "A") : Map.of("q-who", "Lena Ortiz");
        posted.add(
            pool.submit(
                () -> {
                  go.await();
                  return store
                      .quizzes()
                      .recordAttempt(
                          new NewAttempt(quizId, reader, answers, 0, 2, Optional.empty()));
                }));
      }
      go.countDown();
      List<String> failures = new ArrayList<>();
      Set<Long> ids = new java.util.HashSet<>();
      for (var f : posted) {
        var outcome = f.get(30, TimeUnit.SECONDS);
        if (outcome.isOk()) {
          ids.add(outcome.value().id());
        } else {
          failures.add(outcome.reason());
        }
      }
      assertThat(failures).containsExactly("quiz " + quizId + " has no question q-nope");
      assertThat(ids).hasSize(readers - 1);
      assertThat(store.quizzes().attempts(quizId, 100)).hasSize(readers - 1);
      long someId = ids.iterator().next();
      assertThat(store.quizzes().attempt(someId)).map(a -> a.quizId()).contains(quizId);
    } finally {
      pool.shutdownNow();
    }
  }

  // Users, tokens and the audit log

  @Test
  void userNamesAreUniqueWithoutRegardToCase() {
    User alice =
        store
            .users()
            .create("Alice", Optional.of("$argon2id$hash"), Set.of(Role.EDITOR), WORKER)
            .value();

    assertThat(alice.username()).isEqualTo("alice");
    assertThat(store.users().create("ALICE", Optional.empty(), Set.of(), WORKER).reason())
        .isEqualTo("user name alice is taken");
    assertThat(store.users().create("no spaces", Optional.empty(), Set.of(), WORKER).isOk())
        .isFalse();
    assertThat(store.users().byUsername("aLiCe")).contains(alice);
    assertThat(store.users().count()).isEqualTo(1);
  }

  @Test
  void rolesAndPasswordHashesChangeAndEveryChangeIsAudited() {
    User bob = store.users().create("bob", Optional.empty(), Set.of(Role.READER), WORKER).value();
    Principal admin = Principal.user(99, "root");

    store.users().setRoles(bob.id(), Set.of(Role.EDITOR, Role.ADMIN), admin).value();
    store.users().setPasswordHash(bob.id(), "$argon2id$new", admin).value();

    User changed = store.users().find(bob.id()).orElseThrow();
    assertThat(changed.roles()).containsExactlyInAnyOrder(Role.EDITOR, Role.ADMIN);
    assertThat(changed.passwordHash()).contains("$argon2id$new");
    assertThat(store.audit().about("user", bob.id()))
        .extracting(AuditEntry::action, e -> e.who())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(AuditAction.USER_CREATE, WORKER),
            org.assertj.core.groups.Tuple.tuple(AuditAction.USER_ROLES, admin),
            org.assertj.core.groups.Tuple.tuple(AuditAction.USER_PASSWORD, admin));
    assertThat(store.users().setRoles(12345, Set.of(), admin).reason())
        .isEqualTo("there is no user 12345");
  }

  @Test
  void apiTokensAuthenticateUntilRevokedAndOnlyTheirHashIsStored() throws SQLException {
    User carol =
        store.users().create("carol", Optional.empty(), Set.of(Role.EDITOR), WORKER).value();
    IssuedToken issued = store.apiTokens().issue(carol.id(), "laptop", WORKER).value();

    assertThat(store.apiTokens().authenticate(issued.secret())).contains(carol);
    assertThat(store.apiTokens().authenticate(issued.secret() + "x")).isEmpty();
    assertThat(storedText("SELECT token_hash FROM api_tokens")).doesNotContain(issued.secret());
    assertThat(storedText("SELECT details FROM audit_log")).doesNotContain(issued.secret());

    store.apiTokens().revoke(issued.token().id(), WORKER).value();

    assertThat(store.apiTokens().authenticate(issued.secret())).isEmpty();
    assertThat(store.apiTokens().list(carol.id()))
        .singleElement()
        .satisfies(t -> assertThat(t.active()).isFalse());
  }

  private String storedText(String sql) throws SQLException {
    try (Connection c =
            DriverManager.getConnection(
                config.url(), config.user().orElse(null), config.password().orElse(null));
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      StringBuilder out = new StringBuilder();
      while (rs.next()) {
        out.append(rs.getString(1)).append('\n');
      }
      return out.toString();
    }
  }

  @Test
  void aSessionIsKnownUntilItEndsOrExpiresAndOnlyItsHashIsStored() throws SQLException {
    long userId =
        store
            .users()
            .create("sam", Optional.empty(), Set.of(Role.EDITOR), Principal.system("test"))
            .value()
            .id();
    var started = store.signIns().start(userId, Duration.ofHours(12));
    var other = store.signIns().start(userId, Duration.ofHours(12));

    assertThat(store.signIns().find(started.secret()).orElseThrow().userId()).isEqualTo(userId);
    assertThat(store.signIns().find("not-a-session")).isEmpty();
    assertThat(started.toString()).doesNotContain(started.secret());
    assertThat(storedText("SELECT id_hash FROM sessions"))
        .doesNotContain(started.secret())
        .doesNotContain(other.secret());
    store.signIns().end(started.secret());
    assertThat(store.signIns().find(started.secret())).isEmpty();
    clock.advance(Duration.ofHours(12));
    assertThat(store.signIns().find(other.secret())).as("expired").isEmpty();
  }

  @Test
  void failedSignInsAreCountedPerKeyStoredHashedClearedAndForgottenAfterADay() throws SQLException {
    String key = "ada\n192.0.2.1";
    assertThat(store.signInFailures().of(key)).isEmpty();
    store.signInFailures().failed(key);
    clock.advance(Duration.ofSeconds(3));
    store.signInFailures().failed(key);
    store.signInFailures().failed("ada\n198.51.100.7");
    var count = store.signInFailures().of(key).orElseThrow();
    assertThat(count.failures()).isEqualTo(2);
    assertThat(count.last()).isEqualTo(clock.instant());
    assertThat(storedText("SELECT key_hash FROM sign_in_failures")).doesNotContain("ada");
    store.signInFailures().cleared(key);
    assertThat(store.signInFailures().of(key)).isEmpty();
    assertThat(store.signInFailures().of("ada\n198.51.100.7")).isPresent();
    clock.advance(Duration.ofDays(1));
    assertThat(store.signInFailures().of("ada\n198.51.100.7")).as("a day later").isEmpty();
  }

  @Test
  void aServerKeyIsMadeOnceAndTheSameForEveryone() {
    byte[] first = store.serverKeys().key("csrf");

    assertThat(first).hasSize(32);
    assertThat(store.serverKeys().key("csrf")).isEqualTo(first);
    assertThat(store.serverKeys().key("other")).isNotEqualTo(first);
  }

  // Search

  @Test
  void publishedBriefingsAreFoundByTheirWordsWithMarkedSnippets() {
    StoredBriefing fares = publish(briefed("ferry <fares>", LocalDate.parse("2026-11-16")));
    StoredBriefing draft = briefed("ferry schedules", LocalDate.parse("2026-11-16"));

    SearchResults results = store.search().search(SearchQuery.of("ferry"));

    assertThat(results.total()).isEqualTo(1);
    SearchHit hit = results.hits().getFirst();
    assertThat(hit.briefingId()).isEqualTo(fares.id());
    assertThat(hit.articleId()).isEqualTo(fares.articleId());
    assertThat(hit.actors()).containsExactly("Lena Ortiz", "Omar Reyes");
    assertThat(hit.snippet())
        .contains("<mark>ferry</mark> &lt;fares&gt;")
        .doesNotContain("<fares>");
    assertThat(store.search().search(SearchQuery.of("schedules")).hits())
        .as("a draft is not public")
        .isEmpty();

    store.briefings().review(fares.id(), ReviewState.UNPUBLISHED, "", EDITOR).value();
    assertThat(store.search().search(SearchQuery.of("ferry")).hits()).isEmpty();
    assertThat(draft.state()).isEqualTo(ReviewState.DRAFT);
  }

  @Test
  void searchFiltersByActorAndByDate() {
    StoredBriefing november = publish(briefed("curfew rules", LocalDate.parse("2026-11-02")));
    StoredBriefing october = publish(briefed("curfew fines", LocalDate.parse("2026-10-02")));

    SearchQuery curfew = SearchQuery.of("curfew");
    assertThat(ids(store.search().search(curfew.withActor("lena ortiz"))))
        .containsExactlyInAnyOrder(november.id(), october.id());
    assertThat(ids(store.search().search(curfew.withActor("Ortiz")))).as("an alias").hasSize(2);
    assertThat(ids(store.search().search(curfew.withActor("Lena"))))
        .as("exact names only")
        .isEmpty();
    assertThat(
            ids(
                store
                    .search()
                    .search(
                        curfew.between(
                            LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-30")))))
        .containsExactly(november.id());
    assertThat(
            ids(
                store
                    .search()
                    .search(
                        SearchQuery.of("")
                            .between(
                                LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-31")))))
        .containsExactly(october.id());
    assertThat(ids(store.search().search(SearchQuery.of(""))))
        .as("newest first")
        .containsExactly(november.id(), october.id());
  }

  @Test
  void searchTakesPhrasesExclusionsAndPrefixesAndRanksHeadlinesFirst() {
    StoredBriefing dredging = publish(briefed("harbor dredging", LocalDate.parse("2026-11-02")));
    StoredBriefing parking = publish(briefed("parking meters", LocalDate.parse("2026-11-03")));

    assertThat(ids(store.search().search(SearchQuery.of("\"approve the parking\""))))
        .containsExactly(parking.id());
    assertThat(ids(store.search().search(SearchQuery.of("council -dredging"))))
        .containsExactly(parking.id());
    assertThat(ids(store.search().search(SearchQuery.of("dredg*")))).containsExactly(dredging.id());
    assertThat(ids(store.search().search(SearchQuery.of("the")))).as("stop words only").isEmpty();
    SearchResults both = store.search().search(SearchQuery.of("council"));
    assertThat(both.total()).isEqualTo(2);
    assertThat(ids(both))
        .as("equal matches, newest first")
        .containsExactly(parking.id(), dredging.id());
  }

  private static List<Long> ids(SearchResults results) {
    return results.hits().stream().map(SearchHit::briefingId).toList();
  }

  @Test
  void aLostIndexIsRebuiltFromTheDatabaseWhenTheStoreOpens() throws Exception {
    StoredBriefing b = publish(briefed("harbor lights", LocalDate.parse("2026-11-16")));
    store.close();
    store = null;
    loseSearch(config);

    store = Store.open(config, clock);

    assertThat(ids(store.search().search(SearchQuery.of("lights")))).containsExactly(b.id());
  }

  @Test
  void reopeningTheStoreKeepsTheDataAndAppliesNoMigrationTwice() {
    Submitted s = submit("night market");
    store.close();
    store = null;

    store = Store.open(config, clock);

    assertThat(store.articles().find(s.articleId())).isPresent();
    assertThat(store.jobs().find(s.jobId()).orElseThrow().status()).isEqualTo(JobStatus.QUEUED);
  }
}
