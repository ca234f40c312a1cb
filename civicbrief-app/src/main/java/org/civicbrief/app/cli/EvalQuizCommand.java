package org.civicbrief.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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
import org.civicbrief.core.article.Article;
import org.civicbrief.core.common.Outcome;
import org.civicbrief.core.quiz.Quiz;
import org.civicbrief.json.BriefingJson;
import org.civicbrief.pipeline.BriefRecord;
import picocli.CommandLine.Command;

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

  private record Result(String id, Quiz quiz) {}

  @Override
  String evaluate(CivicbriefConfig config) {
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
                Outcome<Article> a = pipeline.ingest().fromJsonRecord(line, origin);
                if (!a.isOk()) {
                  return new Result(origin, null);
                }
                return new Result(a.value().origin(), pipeline.brief(a.value()).briefing().quiz());
              }));
    }
    QuizEval eval = new QuizEval();
    BriefingJson json = new BriefingJson();
    try (BufferedWriter w =
        out().isPresent() ? Files.newBufferedWriter(out, StandardCharsets.UTF_8) : null) {
      int done = 0;
      for (Future<Result> f : results) {
        Result r = get(f);
        if (r.quiz() == null) {
          eval.fail();
        } else {
          eval.add(r.quiz());
          if (w != null) {
            Map<String, Object> prediction = new LinkedHashMap<>();
            prediction.put("id", r.id());
            prediction.put("questions", r.quiz().questions());
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
    return eval.report();
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
