package org.civicbrief.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code civicbrief eval} as a user meets it: one-line errors, tables and prediction files. */
class EvalCommandTest {

  @TempDir Path dir;

  private static CommandRun run(String... args) {
    return CommandRun.of("", args);
  }

  private static void assertOneLineError(CommandRun r, String contains) {
    assertThat(r.status()).isEqualTo(Civicbrief.BAD_INPUT);
    assertThat(r.err().strip()).doesNotContain("\n").contains(contains);
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void namesAMissingDataFileInOneLine() {
    assertOneLineError(
        run("eval", "summarize", "--data", dir.resolve("nope.jsonl").toString()), "nope.jsonl");
  }

  @Test
  void namesTheLineOfARecordThatIsNotJson() throws IOException {
    Path data = Files.writeString(dir.resolve("bad.jsonl"), "{\"id\": \"a\"}\n{oops\n");
    assertOneLineError(run("eval", "summarize", "--data", data.toString()), "bad.jsonl:1");
    assertOneLineError(run("eval", "quotes", "--data", data.toString()), "\"text\"");
  }

  @Test
  void namesAFileThatIsNotCoNll() throws IOException {
    Path data = Files.writeString(dir.resolve("words.txt"), "justoneword\n");
    assertOneLineError(run("eval", "entities", "--data", data.toString()), "words.txt:1");
  }

  @Test
  void writesABlindReviewPacketAndScoresItsFilledVerdicts() throws IOException {
    String text = org.civicbrief.app.SharedPipeline.resource("/fixtures/guard-deployment.txt");
    Path data =
        Files.writeString(
            dir.resolve("corpus.jsonl"),
            new ObjectMapper()
                    .writeValueAsString(
                        Map.of("id", "guard", "published", "2025-03-12", "text", text))
                + "\n");
    Path packet = dir.resolve("review");
    CommandRun r =
        run(
            "eval",
            "quiz",
            "--data",
            data.toString(),
            "--review",
            packet.toString(),
            "--ids",
            "guard");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(Files.readString(packet.resolve("packet.md")))
        .contains("# Article guard")
        .contains("Date: 2025-03-12")
        .contains("Test your knowledge");
    List<String> sheet = Files.readAllLines(packet.resolve("verdicts.tsv"));
    assertThat(sheet.getFirst()).isEqualTo("article\titem\tsource\tverdict\tcodes\treason");
    assertThat(sheet).hasSizeGreaterThan(2);
    List<String> filled = new ArrayList<>(sheet);
    String[] first = sheet.get(1).split("\t", -1);
    filled.set(1, String.join("\t", first[0], first[1], first[2], "REJECT", "D1 M", "implausible"));
    Files.write(packet.resolve("verdicts.tsv"), filled);
    CommandRun scored =
        run(
            "eval",
            "quiz",
            "--data",
            data.toString(),
            "--verdicts",
            packet.resolve("verdicts.tsv").toString());
    assertThat(scored.out()).contains("failures by code: D1 1");
  }

  private static final String ARTICLE =
      String.join(
          "\n\n",
          "Council Backs Harbor Plan.",
          "“We will finish the harbor by spring,” said Mayor Ana Ruiz on Tuesday.",
          "Critics called the plan a “paper promise,” and the vote was close.",
          "Luis Ortega, the council’s budget chair, disagreed. “The money is not there,” he said."
              + " “Nobody has shown me a bill.”",
          "The harbor board was blunt: “No dredging will start before the audit.”",
          "''We are ready for the storm,'' the port director said.");

  private static Map<String, Object> attribution(String quote, String source, int after) {
    int b = ARTICLE.indexOf(quote);
    int s = ARTICLE.indexOf(source, after);
    return Map.of(
        "content", Map.of("spans", List.of(List.of(b, b + quote.length()))),
        "source", Map.of("spans", List.of(List.of(s, s + source.length())), "text", source));
  }

  @Test
  void scoresQuotesAndWritesEachWithItsNamedSpeaker() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<Map<String, Object>> gold = new ArrayList<>();
    gold.add(attribution("“We will finish the harbor by spring,”", "Mayor Ana Ruiz", 0));
    int he = ARTICLE.indexOf(" he said") + 1;
    gold.add(attribution("“The money is not there,”", "he", he));
    gold.add(attribution("“Nobody has shown me a bill.”", "he", he));
    gold.add(attribution("“No dredging will start before the audit.”", "The harbor board", 0));
    gold.add(attribution("''We are ready for the storm,''", "the port director", 0));
    String record =
        mapper.writeValueAsString(
            Map.of(
                "id",
                "harbor",
                "title",
                "Council Backs Harbor Plan",
                "text",
                ARTICLE,
                "annotations",
                List.of(Map.of("attributions", gold))));
    Path data = Files.writeString(dir.resolve("quotes.jsonl"), record + "\n");
    Path out = dir.resolve("predictions.jsonl");
    CommandRun r = run("eval", "quotes", "--data", data.toString(), "--out", out.toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).contains("quote precision").contains("quote recall");

    JsonNode quotes = mapper.readTree(Files.readAllLines(out).getFirst()).get("quotes");
    List<String> speakers = new ArrayList<>();
    for (JsonNode q : quotes) {
      String text = ARTICLE.substring(q.get("begin").asInt(), q.get("end").asInt());
      speakers.add(text.substring(0, 8) + " = " + q.get("speaker").asText());
    }
    assertThat(speakers)
        .containsExactly(
            "“We will = Mayor Ana Ruiz",
            "“The mon = Luis Ortega",
            "“Nobody  = Luis Ortega",
            "“No dred = The harbor board",
            "''We are = the port director");
    JsonNode pronoun = quotes.get(1);
    assertThat(ARTICLE.substring(pronoun.get("sb").asInt(), pronoun.get("se").asInt()))
        .isEqualTo("he");
    assertThat(r.out()).containsPattern("quote precision\\s+100.0%");
    assertThat(r.out()).containsPattern("speaker accuracy\\s+100.0%");
  }
}
