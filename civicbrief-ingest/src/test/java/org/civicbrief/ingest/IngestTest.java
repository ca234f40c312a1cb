package org.civicbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.civicbrief.core.article.Article;
import org.civicbrief.core.article.RawDocument;
import org.civicbrief.core.common.Outcome;
import org.civicbrief.ingest.url.LocalServer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestTest {

  static final String STORY =
      "Harbor ferry fares to rise in June\n\n"
          + "The harbor authority said on Friday that fares on all three ferry routes will rise by"
          + " fifty cents from the first of June, the first increase in four years.\n\n"
          + "Officials said the extra money would pay for a new boat on the island route and for"
          + " longer hours at the ticket office. Riders who buy a monthly pass will pay the same as"
          + " before until the end of the summer, and students will keep their discount.";

  static final String SPANISH =
      "El ayuntamiento aprobó el lunes un aumento del presupuesto para los autobuses, y la"
          + " alcaldesa dijo que las nuevas rutas estarán listas antes de que termine el año. Varios"
          + " concejales no estaban convencidos, pero el plan salió adelante con una mayoría clara"
          + " tras un largo debate en el pleno. La oposición pidió más controles sobre el gasto y"
          + " propuso una comisión que revise cada trimestre el número de viajeros, el precio de"
          + " los billetes y el estado de los vehículos antes de aprobar nuevas compras.";

  static final String FRENCH =
      "Le conseil municipal a voté lundi une hausse du budget des autobus, et la maire a dit que"
          + " les nouvelles lignes seront prêtes avant la fin de l'année. Plusieurs conseillers"
          + " n'étaient pas convaincus, mais le plan a été adopté avec une nette majorité après un"
          + " long débat.";

  static final String RUSSIAN =
      "Городской совет в понедельник проголосовал за увеличение расходов на автобусы, и мэр"
          + " сказала, что новые маршруты будут готовы до конца года.";

  private static final InputStream NO_STDIN = InputStream.nullInputStream();

  private final Ingest ingest = new Ingest(IngestConfig.defaults());

  @TempDir Path dir;

  private Path write(String name, byte[] bytes) {
    try {
      return Files.write(dir.resolve(name), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path write(String name, String text) {
    return write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] fixture(String name) {
    try (InputStream in = IngestTest.class.getResourceAsStream("/html/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Nested
  class ReadingSources {

    @Test
    void readsAnHtmlFileIntoAnEnglishArticle() {
      Path page = write("bus-lanes.html", fixture("news-with-boilerplate.html"));
      Article article = ingest.read(page.toString(), NO_STDIN).value();
      assertThat(article.title()).contains("Riverton council approves bus lanes on Mill Street");
      assertThat(article.titleInText()).isTrue();
      assertThat(article.language()).isEqualTo("en");
      assertThat(article.origin()).isEqualTo(page.toString());
      assertThat(article.published()).contains(LocalDate.of(2031, 4, 14));
    }

    @Test
    void readsPlainTextFromStandardInput() {
      var stdin = new ByteArrayInputStream(STORY.getBytes(StandardCharsets.UTF_8));
      Article article = ingest.read("-", stdin).value();
      assertThat(article.text()).isEqualTo(STORY);
      assertThat(article.title()).contains("Harbor ferry fares to rise in June");
      assertThat(article.origin()).isEqualTo("-");
    }

    @Test
    void readsMarkdownByItsExtension() {
      Path file =
          write("fares.md", "# Harbor ferry fares to rise in June\n\n" + STORY.substring(36));
      Article article = ingest.read(file.toString(), NO_STDIN).value();
      assertThat(article.title()).contains("Harbor ferry fares to rise in June");
      assertThat(article.text()).startsWith("Harbor ferry fares to rise in June\n\nThe harbor");
    }

    @Test
    void sniffsHtmlWithoutAnExtension() {
      Path file = write("page", fixture("jsonld-article.html"));
      assertThat(ingest.read(file.toString(), NO_STDIN).value().publisher())
          .contains("Valley Courier");
    }

    @Test
    void refusesOtherSchemes() {
      assertThat(ingest.read("ftp://files.example/story.txt", NO_STDIN).reason())
          .isEqualTo(
              "the ftp: scheme is not supported; give a file path, - for standard input, or an"
                  + " http(s) URL");
    }

    @Test
    void saysWhenASourceIsADirectory() {
      assertThat(ingest.read(dir.toString(), NO_STDIN).reason())
          .isEqualTo(dir + " is a directory, not a file");
    }

    @Test
    void saysWhenAFileDoesNotExist() {
      String missing = dir.resolve("missing.html").toString();
      assertThat(ingest.read(missing, NO_STDIN).reason()).isEqualTo("no such file: " + missing);
    }
  }

  @Nested
  class BadInput {

    @Test
    void anEmptyFileFails() {
      Outcome<Article> result = ingest.read(write("empty.txt", "").toString(), NO_STDIN);
      assertThat(result).isInstanceOf(Outcome.Failed.class);
      assertThat(result.reason()).isEqualTo("the input is empty");
    }

    @Test
    void whiteSpaceOnlyFails() {
      assertThat(ingest.read(write("blank.txt", " \n\t\n").toString(), NO_STDIN).reason())
          .isEqualTo("the input is empty (only white space)");
    }

    @Test
    void binaryDataFails() {
      byte[] bytes = new byte[4096];
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = (byte) (i * 31 + 7);
      }
      assertThat(ingest.read(write("data.bin", bytes).toString(), NO_STDIN).reason())
          .isEqualTo("this looks like a binary file, not text (it contains NUL bytes)");
    }

    @Test
    void aPdfIsNamed() {
      Path pdf =
          write(
              "report.pdf",
              "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1));
      assertThat(ingest.read(pdf.toString(), NO_STDIN).reason())
          .startsWith("application/pdf is not an article");
    }

    @Test
    void aShortTextIsSkippedWithTheCountAndTheMinimum() {
      Outcome<Article> result =
          ingest.read(
              write("short.txt", "The council met on Monday and voted on the budget.").toString(),
              NO_STDIN);
      assertThat(result).isInstanceOf(Outcome.Skipped.class);
      assertThat(result.reason())
          .isEqualTo(
              "too short to be an article: found 10 words, the minimum is 60 (ingest.minWords)");
    }

    @Test
    void theMinimumComesFromTheSettings() {
      var lenient = new Ingest(IngestConfig.defaults().withMinWords(5));
      assertThat(
              lenient
                  .read(
                      write("short.txt", "The council met on Monday and voted.").toString(),
                      NO_STDIN)
                  .isOk())
          .isTrue();
    }

    @Test
    void aFileOverTheCapFailsNamingTheCapAndTheSetting() {
      var small = new Ingest(IngestConfig.defaults().withMaxBytes(100));
      assertThat(small.read(write("long.txt", STORY).toString(), NO_STDIN).reason())
          .isEqualTo(
              "the input is larger than the 100 bytes cap (ingest.maxBytes); raise ingest.maxBytes"
                  + " to read it");
    }

    @Test
    void standardInputOverTheCapStopsAtTheCap() {
      var small = new Ingest(IngestConfig.defaults().withMaxBytes(1024));
      InputStream endless =
          new InputStream() {
            @Override
            public int read() {
              return 'a';
            }
          };
      assertThat(small.read("-", endless).reason()).contains("larger than the 1 KiB cap");
    }

    @Test
    void aSpanishArticleIsReadAsSpanish() {
      Outcome<Article> result = ingest.read(write("es.txt", SPANISH).toString(), NO_STDIN);
      assertThat(result.isOk()).isTrue();
      assertThat(result.value().language()).isEqualTo("es");
    }

    @Test
    void aFrenchArticleIsSkipped() {
      assertThat(ingest.read(write("fr.txt", FRENCH).toString(), NO_STDIN).reason())
          .isEqualTo(
              "this article looks like French (fr); civicbrief reads English and Spanish articles"
                  + " for now");
    }

    @Test
    void aRussianArticleIsSkipped() {
      assertThat(ingest.read(write("ru.txt", RUSSIAN).toString(), NO_STDIN).reason())
          .isEqualTo(
              "this article looks like Russian (ru); civicbrief reads English and Spanish articles for now");
    }

    @Test
    void aPageInALanguageWeDoNotProfileIsNamedFromItsLangAttribute() {
      String polish =
          "<html lang=\"pl\"><body><p>Rada miejska zagłosowała w poniedziałek za zwiększeniem"
              + " wydatków na autobusy, a burmistrz powiedziała, że nowe trasy będą gotowe przed"
              + " końcem roku. Kilku radnych nie było przekonanych, ale plan przyjęto wyraźną"
              + " większością głosów.</p></body></html>";
      assertThat(ingest.read(write("pl.html", polish).toString(), NO_STDIN).reason())
          .isEqualTo(
              "this article looks like Polish (pl); civicbrief reads English and Spanish articles for now");
    }

    @Test
    void aShortPaywalledPageSaysItLooksPaywalled() {
      String page =
          "<html><body><article><h1>Budget talks stall</h1><p>The first lines of the story are all"
              + " that show.</p><div class=\"paywall\">Subscribe to continue reading.</div>"
              + "</article></body></html>";
      assertThat(ingest.read(write("paywall.html", page).toString(), NO_STDIN).reason())
          .endsWith("(ingest.minWords); the page looks like it is behind a paywall");
    }
  }

  @Nested
  class JsonRecords {

    @Test
    void keepsTheRecordTextExactlyAndUsesTheIdAsOrigin() {
      String text = "  " + STORY.replace("\n\n", "\r\n\r\n") + " \t";
      String json =
          "{\"id\": \"corpus-12\", \"title\": \"Fares rise\", \"published\": \"2031-05-30\", \"text\": "
              + quote(text)
              + "}";
      Article article = ingest.fromJsonRecord(json, "corpus.jsonl:12").value();
      assertThat(article.text()).isEqualTo(text);
      assertThat(article.titleInText()).isFalse();
      assertThat(article.title()).contains("Fares rise");
      assertThat(article.published()).contains(LocalDate.of(2031, 5, 30));
      assertThat(article.origin()).isEqualTo("corpus-12");
    }

    @Test
    void usesTheCallersOriginWhenTheRecordHasNoIdOrUrl() {
      assertThat(
              ingest
                  .fromJsonRecord("{\"text\": " + quote(STORY) + "}", "corpus.jsonl:3")
                  .value()
                  .origin())
          .isEqualTo("corpus.jsonl:3");
    }

    @Test
    void checksRecordsLikeAnyOtherInput() {
      assertThat(ingest.fromJsonRecord("{\"text\": " + quote(FRENCH) + "}", "x").reason())
          .startsWith("this article looks like French (fr)");
      assertThat(
              ingest.fromJsonRecord("{\"text\": " + quote(SPANISH) + "}", "x").value().language())
          .isEqualTo("es");
      assertThat(ingest.fromJsonRecord("{\"text\": \"\"}", "x").reason())
          .isEqualTo("no article text found in the input");
      assertThat(ingest.fromJsonRecord("not json", "x").reason())
          .startsWith("this is not a single JSON object");
    }

    @Test
    void readsAJsonFileWithOneRecord() {
      Path file = write("record.json", "{\"text\": " + quote(STORY) + "}");
      assertThat(ingest.read(file.toString(), NO_STDIN).value().text()).isEqualTo(STORY);
    }

    private static String quote(String s) {
      return "\""
          + s.replace("\\", "\\\\")
              .replace("\"", "\\\"")
              .replace("\n", "\\n")
              .replace("\r", "\\r")
              .replace("\t", "\\t")
          + "\"";
    }
  }

  @Nested
  class RawDocuments {

    @Test
    void readsRawBytesWithADeclaredType() {
      var document =
          new RawDocument(
              "https://paper.example/fares",
              Optional.of("text/plain"),
              Optional.of("UTF-8"),
              STORY.getBytes(StandardCharsets.UTF_8));
      assertThat(ingest.read(document).value().origin()).isEqualTo("https://paper.example/fares");
    }

    @Test
    void refusesADeclaredTypeThatIsNotAnArticle() {
      var document =
          new RawDocument("x", Optional.of("image/png"), Optional.empty(), new byte[] {1, 2, 3});
      assertThat(ingest.read(document).reason()).startsWith("image/png is not an article");
    }
  }

  @Nested
  class Urls {

    @Test
    void refusesTheLocalMachineByDefaultAndReadsItWhenAllowed() {
      try (var server = new LocalServer()) {
        server.on(
            "/story",
            LocalServer.page(
                200,
                "text/html; charset=utf-8",
                new String(fixture("jsonld-article.html"), StandardCharsets.UTF_8)));
        assertThat(ingest.read(server.url("/story"), NO_STDIN).reason())
            .startsWith("refused to fetch from 127.0.0.1: 127.0.0.1 is a loopback address");
        var local = new Ingest(IngestConfig.defaults().withAllowedHosts(Set.of("127.0.0.1")));
        Article article = local.read(server.url("/story"), NO_STDIN).value();
        assertThat(article.title())
            .contains("State auditor faults water board over contract records");
        assertThat(article.origin()).isEqualTo(server.url("/story"));
      }
    }
  }
}
