package org.civicbrief.core.quiz.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.civicbrief.core.briefing.Briefing;

/**
 * Writes the quiz of a briefing in one file format, each question's explanation carried as feedback
 * and the article (or knowledge-base card) cited as its source.
 */
public interface ExportQuiz {

  /** The name users pick the format by ({@code gift}, {@code qti}, ...). */
  String format();

  /** The usual file name extension, without the dot ({@code md}, {@code xml}, {@code zip}). */
  String fileExtension();

  /** The media type of what {@link #write} produces. */
  String mediaType();

  /**
   * Writes the quiz of {@code briefing} to {@code out}, which stays open.
   *
   * @throws IllegalArgumentException when the briefing has no quiz questions
   * @throws IOException when {@code out} fails
   */
  void write(Briefing briefing, OutputStream out) throws IOException;

  /** What {@link #write} writes, as bytes. */
  default byte[] export(Briefing briefing) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    try {
      write(briefing, out);
    } catch (IOException e) {
      // A byte array stream does not fail; anything here is a bug in the exporter.
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
