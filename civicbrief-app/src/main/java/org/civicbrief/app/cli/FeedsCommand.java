package org.civicbrief.app.cli;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import org.civicbrief.app.serve.IngestSubmissions;
import org.civicbrief.app.serve.PollFeeds;
import org.civicbrief.core.common.Outcome;
import org.civicbrief.ingest.url.FetchFeed;
import org.civicbrief.store.Store;
import org.civicbrief.store.audit.Principal;
import org.civicbrief.store.feed.Feed;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code civicbrief feeds}: the feed subscriptions that {@code civicbrief serve} polls, managed
 * from the command line as editors manage them at {@code /editor/feeds}.
 */
@Command(
    name = "feeds",
    mixinStandardHelpOptions = true,
    description = "Subscribes to RSS, Atom and JSON feeds whose new entries are briefed.",
    subcommands = {
      FeedsCommand.Add.class,
      FeedsCommand.ListFeeds.class,
      FeedsCommand.Remove.class,
      FeedsCommand.Poll.class,
      CommandLine.HelpCommand.class
    })
final class FeedsCommand implements Runnable {

  private static final Principal CLI = Principal.system("cli");
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  @ParentCommand Civicbrief root;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        new CommandLine(this), "say what to do: add, list, remove or poll");
  }

  Store open(StoreOptions options) {
    return ServeCommand.openBesideServers(options.apply(root.config().serve().store()));
  }

  /** {@code feeds add URL}. */
  @Command(name = "add", mixinStandardHelpOptions = true, description = "Subscribes to a feed.")
  static final class Add implements Callable<Integer> {
    @ParentCommand FeedsCommand feeds;
    @Mixin StoreOptions storeOptions;

    @Parameters(paramLabel = "URL", description = "The feed's http(s) address.")
    String url;

    @Override
    public Integer call() {
      try (Store store = feeds.open(storeOptions)) {
        Outcome<Feed> added = store.feeds().add(url, CLI);
        if (!added.isOk()) {
          throw new UserError(added.reason(), Civicbrief.BAD_INPUT);
        }
        feeds.root.out.println(
            "feed " + added.value().id() + ": " + added.value().url() + " (polled by serve)");
        return 0;
      }
    }
  }

  /** {@code feeds list}. */
  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "Lists the feeds with their last error and next poll.")
  static final class ListFeeds implements Callable<Integer> {
    @ParentCommand FeedsCommand feeds;
    @Mixin StoreOptions storeOptions;

    @Override
    public Integer call() {
      try (Store store = feeds.open(storeOptions)) {
        List<Feed> all = store.feeds().list();
        if (all.isEmpty()) {
          feeds.root.out.println("no feeds; add one with: civicbrief feeds add URL");
        }
        for (Feed f : all) {
          feeds.root.out.println(describe(f));
        }
        return 0;
      }
    }
  }

  static String describe(Feed f) {
    StringBuilder s = new StringBuilder();
    s.append(f.id()).append("  ").append(f.url());
    f.title().ifPresent(t -> s.append("  \"").append(t.replaceAll("\\s+", " ")).append('"'));
    s.append("\n    entries: ").append(f.entries());
    s.append("; last poll: ").append(f.polledAt().map(WHEN::format).orElse("never"));
    s.append("; next poll: ").append(WHEN.format(f.nextPollAt()));
    if (f.lastError().isPresent()) {
      s.append("\n    last error (")
          .append(f.failures())
          .append(f.failures() == 1 ? " failure" : " failures in a row")
          .append("): ")
          .append(f.lastError().get());
    }
    return s.toString();
  }

  /** {@code feeds remove ID}. */
  @Command(name = "remove", mixinStandardHelpOptions = true, description = "Unsubscribes.")
  static final class Remove implements Callable<Integer> {
    @ParentCommand FeedsCommand feeds;
    @Mixin StoreOptions storeOptions;

    @Parameters(paramLabel = "ID", description = "The feed's number, as feeds list shows it.")
    long id;

    @Override
    public Integer call() {
      try (Store store = feeds.open(storeOptions)) {
        if (!store.feeds().remove(id, CLI)) {
          throw new UserError("there is no feed " + id, Civicbrief.BAD_INPUT);
        }
        feeds.root.out.println("removed feed " + id);
        return 0;
      }
    }
  }

  /** {@code feeds poll [ID]}. */
  @Command(
      name = "poll",
      mixinStandardHelpOptions = true,
      description = {
        "Polls the feeds that are due now (or feed ID at once) and queues their new entries.",
        "The queued articles are briefed by civicbrief serve."
      })
  static final class Poll implements Callable<Integer> {
    @ParentCommand FeedsCommand feeds;
    @Mixin StoreOptions storeOptions;

    @Parameters(arity = "0..1", paramLabel = "ID", description = "Poll this feed now.")
    Long id;

    @Override
    public Integer call() {
      Civicbrief root = feeds.root;
      var config = root.config();
      var ingest = root.ingest(config);
      try (Store store = feeds.open(storeOptions)) {
        if (id != null && !store.feeds().pollSoon(id)) {
          throw new UserError("there is no feed " + id, Civicbrief.BAD_INPUT);
        }
        PollFeeds poll =
            new PollFeeds(
                store,
                new FetchFeed(ingest.config()),
                new IngestSubmissions(ingest),
                Clock.systemUTC(),
                PollFeeds.INTERVAL);
        List<PollFeeds.Polled> polled = poll.pollDue();
        if (polled.isEmpty()) {
          root.out.println("no feed is due (" + Instant.now() + "); poll one with: feeds poll ID");
        }
        boolean failed = false;
        for (PollFeeds.Polled p : polled) {
          root.out.println(
              "feed "
                  + p.feedId()
                  + " "
                  + p.url()
                  + ": "
                  + p.outcome()
                  + (p.submitted().isEmpty() ? "" : ", " + p.submitted().size() + " queued"));
          for (String problem : p.problems()) {
            root.err.println("  skipped " + problem);
          }
          failed |= !p.outcome().startsWith("ok") && !p.outcome().equals("not modified");
        }
        return failed ? Civicbrief.BAD_INPUT : 0;
      }
    }
  }
}
