package org.civicbrief.app.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.quiz.export.ExportQuiz;
import org.civicbrief.json.BriefingJson;

/**
 * The quiz as JSON: the article it tests (origin, title, URL) and the quiz object of the schema.
 */
final class JsonQuizExport implements ExportQuiz {

  private final BriefingJson json = new BriefingJson();

  @Override
  public String format() {
    return "json";
  }

  @Override
  public String fileExtension() {
    return "json";
  }

  @Override
  public String mediaType() {
    return "application/json";
  }

  @Override
  public void write(Briefing briefing, OutputStream out) throws IOException {
    Map<String, Object> article = new LinkedHashMap<>();
    article.put("origin", briefing.article().origin());
    article.put("title", briefing.headline().text());
    article.put("url", briefing.article().canonicalUrl().orElse(null));
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("schemaVersion", briefing.schemaVersion());
    doc.put("article", article);
    doc.put("quiz", briefing.quiz());
    json.mapper().writerWithDefaultPrettyPrinter().writeValue(new NonClosing(out), doc);
    out.write('\n');
  }

  /** Jackson closes the stream it writes to; the caller owns it. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
