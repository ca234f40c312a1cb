package org.civicbrief.core.quiz.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The quiz export formats by name: {@code md}, {@code gift}, {@code moodle-xml}, {@code qti} and
 * {@code qti12} in the core, plus any the application adds (JSON is written where Jackson is).
 */
public final class QuizExports {

  private final Map<String, ExportQuiz> byName;
  private final List<String> names;

  private QuizExports(List<ExportQuiz> exporters) {
    Map<String, ExportQuiz> map = new LinkedHashMap<>();
    for (ExportQuiz e : exporters) {
      String name = key(e.format());
      if (map.putIfAbsent(name, e) != null) {
        throw new IllegalArgumentException("two quiz exporters for format '" + name + "'");
      }
    }
    this.byName = Map.copyOf(map);
    this.names = List.copyOf(map.keySet());
  }

  /** The formats the core writes. */
  public static QuizExports standard() {
    return new QuizExports(
        List.of(
            new ExportMarkdown(),
            new ExportGift(),
            new ExportMoodleXml(),
            new ExportQti(),
            new ExportQti12()));
  }

  /** A registry with {@code extra} added; its format name must be new. */
  public QuizExports with(ExportQuiz extra) {
    List<ExportQuiz> all = new ArrayList<>();
    for (String n : names) {
      all.add(byName.get(n));
    }
    all.add(extra);
    return new QuizExports(all);
  }

  /** The format names, in the order they were registered. */
  public List<String> formats() {
    return names;
  }

  /**
   * The exporter for {@code format} (case and surrounding spaces ignored).
   *
   * @throws IllegalArgumentException naming the known formats when there is none for it
   */
  public ExportQuiz forFormat(String format) {
    ExportQuiz e = byName.get(key(format));
    if (e == null) {
      throw new IllegalArgumentException(
          "unknown quiz export format '"
              + format
              + "'; known formats: "
              + String.join(", ", names));
    }
    return e;
  }

  private static String key(String format) {
    return format.strip().toLowerCase(Locale.ROOT);
  }
}
