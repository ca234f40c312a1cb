package org.civicbrief.app.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.civicbrief.core.article.Article;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.quiz.Question;
import org.civicbrief.core.render.RenderMarkdown;

/**
 * A blind review packet (REVIEW.md): for each article, its date, title and text, then the briefing
 * exactly as a reader gets it in Markdown, quiz included; and a verdict sheet with one row per quiz
 * item for the reviewer to fill in. Nothing in it says how the output was made.
 */
public final class ReviewPacket {

  /** The verdict sheet's header: the reviewer fills in the last three columns. */
  static final String HEADER = "article\titem\tsource\tverdict\tcodes\treason";

  /**
   * One article in the packet.
   *
   * @param id the record's id
   * @param briefing its briefing, quiz included
   */
  public record Entry(String id, Briefing briefing) {
    public Entry {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(briefing, "briefing");
    }
  }

  /** Writes {@code packet.md} and {@code verdicts.tsv} into {@code dir}; returns the item count. */
  public int write(Path dir, List<Entry> entries) {
    StringBuilder packet = new StringBuilder();
    packet.append(
        """
        # Review packet

        Judge each quiz item and each briefing section with the rubric of REVIEW.md, against the
        article text only. Fill in verdicts.tsv: `verdict` is ACCEPT or REJECT, `codes` the failed
        criteria with their severity (for example `D1 M; S3 m`), `reason` one line quoting the
        offending text.

        """);
    StringBuilder sheet = new StringBuilder(HEADER).append('\n');
    int items = 0;
    RenderMarkdown render = new RenderMarkdown();
    for (Entry e : entries) {
      Article a = e.briefing().article();
      packet
          .append("\n---\n\n# Article ")
          .append(e.id())
          .append("\n\nDate: ")
          .append(a.published().map(Object::toString).orElse("(none)"))
          .append("\nTitle: ")
          .append(a.title().orElse("(none)"))
          .append("\n\n")
          .append(a.text().strip())
          .append("\n\n# Output for ")
          .append(e.id())
          .append("\n\n")
          .append(render.render(e.briefing()));
      List<Question> questions = e.briefing().quiz().questions();
      for (int i = 0; i < questions.size(); i++) {
        sheet
            .append(e.id())
            .append('\t')
            .append(i + 1)
            .append('\t')
            .append(questions.get(i).background() ? "background" : "article")
            .append("\t\t\t\n");
        items++;
      }
    }
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve("packet.md"), packet, StandardCharsets.UTF_8);
      Files.writeString(dir.resolve("verdicts.tsv"), sheet, StandardCharsets.UTF_8);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return items;
  }
}
