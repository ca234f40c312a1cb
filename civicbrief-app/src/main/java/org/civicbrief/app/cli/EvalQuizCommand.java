package org.civicbrief.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.civicbrief.app.config.CivicbriefConfig;
import org.civicbrief.app.eval.QuizEval;
import org.civicbrief.app.eval.ReviewPacket;
import org.civicbrief.app.eval.ReviewVerdicts;
import org.civicbrief.core.article.Article;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.common.Outcome;
import org.civicbrief.core.quiz.Quiz;
import org.civicbrief.json.BriefingJson;
import org.civicbrief.pipeline.BriefRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code eval quiz}: quizzes every article record and reports gates, counts, kinds and difficulty.
 */
@Command(
    name = "quiz",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the quiz of every article record ({id, text|article, title?, url?, published?}) and"
          + " reports the quality gates' pass rates, questions per article, kinds and difficulty.",
      "Predictions: {id, questions:[...]} as in the quiz JSON."
    })
final class EvalQuizCommand extends EvalSubcommand {

  @Option(
      names = "--review",
      paramLabel = "DIR",
      description =
          "Also write a blind review packet into DIR: packet.md (each article's text and date, then"
              + " its briefing and quiz as a reader gets them) and verdicts.tsv (one row per quiz"
              + " item, for a reviewer to fill in with REVIEW.md's codes).")
  Path review;

  @Option(
      names = "--ids",
      split = ",",
      paramLabel = "ID[,ID...]",
      description = "With --review: only these records, in this order.")
  List<String> ids = new ArrayList<>();

  @Option(
      names = "--verdicts",
      paramLabel = "FILE",
      description =
          "Score a filled verdicts.tsv instead: acceptable items (article and background), wrong"
              + " keys per 100 items, ungrammatical stems, failures by code.")
  Path verdicts;

  private record Result(String id, String recordId, Briefing briefing) {}

  @Override
  String evaluate(CivicbriefConfig config) {
    if (verdicts != null) {
      try {
        return new ReviewVerdicts().score(Files.readAllLines(verdicts, StandardCharsets.UTF_8));
      } catch (NoSuchFileException e) {
        throw new UserError(verdicts + ": no such file", Civicbrief.BAD_INPUT);
      } catch (IOException e) {
        throw new UserError(verdicts + ": " + e.getMessage(), Civicbrief.BAD_INPUT);
      }
    }
    BriefRecord pipeline = root().briefRecord(config);
    List<String> lines = lines();
    int n = threads != null ? threads : config.threads();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, n));
    List<Future<Result>> results = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String origin = data.getFileName() + ":" + (i + 1);
      results.add(
          pool.submit(
              () -> {
                String recordId = new BriefingJson().idOf(line, origin);
                Outcome<Article> a = pipeline.ingest().fromJsonRecord(line, origin);
                if (!a.isOk()) {
                  return new Result(origin, recordId, null);
                }
                return new Result(
                    a.value().origin(), recordId, pipeline.brief(a.value()).briefing());
              }));
    }
    QuizEval eval = new QuizEval();
    BriefingJson json = new BriefingJson();
    Map<String, Briefing> forReview = new LinkedHashMap<>();
    try (BufferedWriter w =
        out().isPresent() ? Files.newBufferedWriter(out, StandardCharsets.UTF_8) : null) {
      int done = 0;
      for (Future<Result> f : results) {
        Result r = get(f);
        if (r.briefing() == null) {
          eval.fail();
        } else {
          Quiz quiz = r.briefing().quiz();
          eval.add(quiz);
          if (review != null && (ids.isEmpty() || ids.contains(r.recordId()))) {
            forReview.put(r.recordId(), r.briefing());
          }
          if (w != null) {
            Map<String, Object> prediction = new LinkedHashMap<>();
            prediction.put("id", r.id());
            prediction.put("questions", quiz.questions());
            w.write(json.mapper().writeValueAsString(prediction));
            w.newLine();
          }
        }
        progress("quizzed").accept(++done);
      }
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write quiz predictions", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      pool.shutdownNow();
    }
    if (root().terminal) {
      root().err.println();
    }
    String report = eval.report();
    if (review != null) {
      List<ReviewPacket.Entry> entries = new ArrayList<>();
      for (String id : ids.isEmpty() ? List.copyOf(forReview.keySet()) : ids) {
        Briefing b = forReview.get(id);
        if (b == null) {
          throw new UserError("--ids: no briefed record has the id " + id, 2);
        }
        entries.add(new ReviewPacket.Entry(id, b));
      }
      int items = new ReviewPacket().write(review, entries);
      report +=
          "review packet: "
              + entries.size()
              + " articles, "
              + items
              + " items in "
              + review
              + " (packet.md, verdicts.tsv)\n";
    }
    return report;
  }

  private List<String> lines() {
    try (var stream = Files.lines(data, StandardCharsets.UTF_8)) {
      return stream.filter(l -> !l.isBlank()).limit(limit).toList();
    } catch (NoSuchFileException e) {
      throw new UserError(data + ": no such file", Civicbrief.BAD_INPUT);
    } catch (IOException e) {
      throw new UserError(data + ": " + e.getMessage(), Civicbrief.BAD_INPUT);
    }
  }

  private static Result get(Future<Result> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UserError("interrupted", Civicbrief.INTERNAL_ERROR);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }
}
