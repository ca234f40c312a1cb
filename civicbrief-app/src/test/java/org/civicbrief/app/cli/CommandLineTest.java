package org.civicbrief.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.civicbrief.app.SharedPipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: exit codes, one-line errors, formats and batches. */
class CommandLineTest {

  @TempDir Path dir;

  private static CommandRun run(String stdin, String... args) {
    return CommandRun.of(stdin, args);
  }

  private static void assertOneLineError(CommandRun r, String contains) {
    assertThat(r.status()).isEqualTo(Civicbrief.BAD_INPUT);
    assertThat(r.err().strip()).doesNotContain("\n").contains(contains);
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void refusesAnEmptyFileWithOneLine() throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");
    assertOneLineError(run("", "brief", empty.toString()), "empty");
  }

  @Test
  void refusesAMissingFileWithOneLine() {
    assertOneLineError(run("", "brief", dir.resolve("nope.txt").toString()), "nope.txt");
  }

  @Test
  void refusesUtf8TextWithInvalidBytesInsteadOfBriefingItGarbled() throws IOException {
    byte[] text =
        SharedPipeline.resource("/fixtures/guard-deployment.txt")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] damaged = new byte[text.length + 1];
    System.arraycopy(text, 0, damaged, 0, 200);
    damaged[200] = (byte) 0xff;
    System.arraycopy(text, 200, damaged, 201, text.length - 200);
    Path bad = dir.resolve("damaged.txt");
    Files.write(bad, damaged);
    assertOneLineError(run("", "brief", bad.toString()), "byte offset 200");
  }

  @Test
  void refusesBinaryInput() throws IOException {
    Path bin = dir.resolve("image.png");
    Files.write(bin, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3, 0, 0, 7});
    assertOneLineError(run("", "brief", bin.toString()), "image.png");
  }

  @Test
  void refusesTextTooShortToBeAnArticle() {
    assertOneLineError(run("Just a line of text.\n", "brief", "-"), "words");
  }

  @Test
  void refusesAnArticleInALanguageItDoesNotRead() {
    String italian =
        "Il governo della città ha annunciato martedì che la nuova linea della metropolitana aprirà"
            + " in primavera e che i lavori sono quasi finiti. ".repeat(4);
    assertOneLineError(run(italian, "brief", "-"), "Italian");
  }

  @Test
  void refusesALoopbackUrlByDefault() {
    assertOneLineError(run("", "brief", "http://127.0.0.1:9/article"), "127.0.0.1");
  }

  @Test
  void namesTheSettingWhenAConfigurationValueIsWrong() {
    CommandRun r = run("", "--set", "ingest.minWords=many", "brief", "-");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("ingest.minWords").doesNotContain("Exception");
  }

  @Test
  void writesTheDocumentedJsonWithTheArticleTheOffsetsReferTo() throws IOException {
    SharedPipeline.pipeline().warmUp();
    Path article = dir.resolve("guard-deployment.txt");
    Files.writeString(article, SharedPipeline.resource("/fixtures/guard-deployment.txt"));
    CommandRun r =
        run("", "brief", article.toString(), "--format", "json", "--published", "2025-03-12");
    assertThat(r.status()).as(r.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("schemaVersion").asInt()).isEqualTo(1);
    for (String field :
        List.of(
            "headline", "dek", "summary", "coreFacts", "actors", "quotes", "timeline", "sources")) {
      assertThat(json.has(field)).as(field).isTrue();
    }
    String text = json.get("article").get("text").asText();
    JsonNode fact = json.get("coreFacts").get(0);
    JsonNode ev = fact.get("evidence");
    assertThat(text.substring(ev.get("start").asInt(), ev.get("end").asInt()))
        .isEqualTo(fact.get("text").asText());
    assertThat(json.get("article").get("published").asText()).isEqualTo("2025-03-12");
  }

  @Test
  void briefsABatchInInputOrderAndReportsABadRecordWithoutStopping() throws IOException {
    String text = SharedPipeline.resource("/fixtures/guard-deployment.txt");
    ObjectMapper mapper = new ObjectMapper();
    String good =
        mapper.writeValueAsString(Map.of("id", "first", "text", text, "published", "2025-03-12"));
    String tooShort = mapper.writeValueAsString(Map.of("id", "second", "text", "Too short."));
    String good2 = mapper.writeValueAsString(Map.of("id", "third", "article", text));
    Path in =
        Files.writeString(
            dir.resolve("in.jsonl"), good + "\n" + tooShort + "\n{not json\n" + good2 + "\n");
    Path out = dir.resolve("out.jsonl");
    CommandRun r = run("", "brief", "--batch", in.toString(), "--out", out.toString());
    assertThat(r.status()).as(r.err()).isZero();
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(4);
    assertThat(mapper.readTree(lines.get(0)).get("article").get("origin").asText())
        .isEqualTo("first");
    assertThat(mapper.readTree(lines.get(1)).get("id").asText()).isEqualTo("second");
    assertThat(mapper.readTree(lines.get(1)).get("error").asText()).contains("words");
    assertThat(mapper.readTree(lines.get(2)).has("error")).isTrue();
    JsonNode third = mapper.readTree(lines.get(3));
    assertThat(third.get("article").get("text").asText()).isEqualTo(text);
    assertThat(r.err()).contains("error: second").contains("briefed 2 of 4 records (2 failed)");
  }

  @Test
  void exportsTheQuizForAnLmsAsWellFormedMoodleXml() throws Exception {
    SharedPipeline.pipeline().warmUp();
    Path article = dir.resolve("guard-deployment.txt");
    Files.writeString(article, SharedPipeline.resource("/fixtures/guard-deployment.txt"));
    Path out = dir.resolve("quiz.xml");
    CommandRun r =
        run(
            "",
            "quiz",
            article.toString(),
            "--published",
            "2025-03-12",
            "--export",
            "moodle-xml",
            "-o",
            out.toString());
    assertThat(r.status()).as(r.err()).isZero();
    var doc =
        javax.xml.parsers.DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(out.toFile());
    assertThat(doc.getElementsByTagName("question").getLength()).isGreaterThanOrEqualTo(5);
  }

  @Test
  void namesTheKnownFormatsWhenAnExportFormatIsUnknown() {
    CommandRun r = run("", "quiz", "whatever.txt", "--export", "docx");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("docx").contains("gift").contains("moodle-xml").contains("json");
  }

  @Test
  void takesTheQuizInTheTerminalAndReportsTheScore() throws IOException {
    SharedPipeline.pipeline().warmUp();
    Path article = dir.resolve("guard-deployment.txt");
    Files.writeString(article, SharedPipeline.resource("/fixtures/guard-deployment.txt"));
    CommandRun r =
        run(
            "A\nB\nC\nA\nB\nC\nA\nB\nA\nB\nA\nB\n",
            "quiz",
            article.toString(),
            "--published",
            "2025-03-12",
            "--take");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).contains("Question 1 of").containsPattern("You scored \\d+ of \\d+");
  }
}
