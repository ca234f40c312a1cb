package org.civicbrief.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.civicbrief.core.briefing.NameGender;
import org.civicbrief.core.briefing.Summarize;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainSummarizerTest {

  @TempDir Path dir;

  private Path corpus() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      String article =
          String.join(
              "\n",
              "The weather in town was mild on Monday morning again.",
              "The council approved a harbor budget of " + (i + 3) + " million dollars.",
              "Residents packed the hall for several long hours of debate.",
              "The harbor budget pays for dredging and a new ferry pier.",
              "Some speakers praised the coffee served during the break.");
      String highlights =
          "Council approves harbor budget .\nMoney pays for dredging and a ferry pier .";
      lines.add(
          mapper.writeValueAsString(
              Map.of(
                  "id",
                  "r" + i,
                  "url",
                  "https://www.cnn.com/" + i,
                  "article",
                  article,
                  "highlights",
                  highlights)));
    }
    return Files.write(dir.resolve("cnn.jsonl"), lines);
  }

  private AnnotateCorpus annotate() {
    return new AnnotateCorpus(() -> new TinyAnnotate(Map.of()), 1, Optional.empty(), "", n -> {});
  }

  @Test
  void writesWeightsTheSelectorAcceptsAndReportsCrossValidatedScores() throws IOException {
    Path weights = dir.resolve("weights.properties");
    TrainSummarizer.Report report =
        new TrainSummarizer(annotate(), new Summarize(NameGender.unknown()))
            .run(corpus(), 100, 2, weights);
    assertThat(report.table()).contains("civicbrief CV r=0.0").contains("LEAD-2");
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(weights)) {
      p.load(r);
    }
    assertThat(p.stringPropertyNames())
        .containsAll(Summarize.featureNames())
        .contains("redundancy");
    Map<String, Double> values = new HashMap<>();
    p.stringPropertyNames().forEach(k -> values.put(k, Double.parseDouble(p.getProperty(k))));
    // The learned selector prefers the budget sentences the highlights are made of.
    SummarizeEval.Report scored =
        new SummarizeEval(annotate(), new Summarize(NameGender.unknown()).withWeights(values))
            .run(corpus(), 100, 2, Optional.empty());
    double learned = scored.row("all", SummarizeEval.SYSTEM).orElseThrow().rouge1();
    double lead = scored.row("all", "LEAD-2").orElseThrow().rouge1();
    assertThat(learned).isGreaterThan(lead);
  }
}
