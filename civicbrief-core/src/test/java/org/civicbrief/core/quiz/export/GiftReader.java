package org.civicbrief.core.quiz.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the GIFT this project writes back into questions, following the grammar Moodle's importer
 * uses: escapes resolved first, {@code ::name::}, a {@code [format]} marker, one answer block in
 * braces, {@code ####} general feedback, {@code =}/{@code ~} options with {@code #} feedback, and
 * {@code T}/{@code F} keys with wrong-then-right feedback.
 */
final class GiftReader {

  /**
   * GIFT's escapable characters; an escaped one is held as a private-use character while parsing.
   */
  private static final String SPECIAL = "\\~=#{}:";

  private static final char HELD = '\uE000';

  record Option(String text, boolean right, String feedback) {}

  record GiftQuestion(
      String name,
      String format,
      String text,
      List<Option> options,
      Optional<Boolean> trueFalse,
      String wrongFeedback,
      String rightFeedback,
      String generalFeedback) {}

  private GiftReader() {}

  static List<GiftQuestion> read(String gift) {
    List<GiftQuestion> out = new ArrayList<>();
    for (String block : gift.split("\n\\s*\n")) {
      StringBuilder lines = new StringBuilder();
      for (String line : block.split("\n")) {
        if (!line.strip().startsWith("//")) {
          lines.append(line).append('\n');
        }
      }
      String text = lines.toString().strip();
      if (!text.isEmpty()) {
        out.add(question(hold(text)));
      }
    }
    return out;
  }

  private static GiftQuestion question(String text) {
    String name = "";
    if (text.startsWith("::")) {
      int end = text.indexOf("::", 2);
      name = release(text.substring(2, end));
      text = text.substring(end + 2).strip();
    }
    int open = text.indexOf('{');
    int close = text.indexOf('}');
    if (open < 0 || close < open || text.indexOf('{', open + 1) >= 0) {
      throw new IllegalArgumentException("not one answer block: " + text);
    }
    String stem = text.substring(0, open).strip();
    String format = "moodle";
    if (stem.startsWith("[")) {
      format = stem.substring(1, stem.indexOf(']'));
      stem = stem.substring(stem.indexOf(']') + 1);
    }
    String answers = text.substring(open + 1, close).strip();
    String general = "";
    int g = answers.lastIndexOf("####");
    if (g >= 0) {
      general = answers.substring(g + 4);
      answers = answers.substring(0, g).strip();
    }
    if (answers.indexOf('~') >= 0) {
      List<Option> options = new ArrayList<>();
      for (String part : answers.replace("=", "~=").split("~")) {
        String p = part.strip();
        if (p.isEmpty()) {
          continue;
        }
        boolean right = p.startsWith("=");
        String body = right ? p.substring(1) : p;
        if (body.matches("(?s)^%-?\\d.*")) {
          throw new IllegalArgumentException("Moodle would read an answer weight in: " + body);
        }
        String[] bits = body.split("#", 2);
        options.add(new Option(clean(bits[0]), right, bits.length > 1 ? clean(bits[1]) : ""));
      }
      return new GiftQuestion(
          name, format, release(stem).strip(), options, Optional.empty(), "", "", clean(general));
    }
    String[] bits = answers.split("#", 3);
    String key = bits[0].strip();
    if (!List.of("T", "F", "TRUE", "FALSE").contains(key)) {
      throw new IllegalArgumentException("neither multiple choice nor true/false: " + answers);
    }
    return new GiftQuestion(
        name,
        format,
        release(stem).strip(),
        List.of(),
        Optional.of(key.startsWith("T")),
        bits.length > 1 ? clean(bits[1]) : "",
        bits.length > 2 ? clean(bits[2]) : "",
        clean(general));
  }

  /** A text with its optional {@code [format]} marker removed and escapes released. */
  private static String clean(String s) {
    String t = s.strip();
    if (t.startsWith("[plain]")) {
      t = t.substring("[plain]".length());
    }
    return release(t).strip();
  }

  private static String hold(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char next = s.charAt(i + 1);
        int k = SPECIAL.indexOf(next);
        if (k >= 0) {
          b.append((char) (HELD + k));
          i++;
          continue;
        }
        if (next == 'n') {
          b.append('\n');
          i++;
          continue;
        }
      }
      b.append(c);
    }
    return b.toString();
  }

  private static String release(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int k = c - HELD;
      b.append(k >= 0 && k < SPECIAL.length() ? SPECIAL.charAt(k) : c);
    }
    return b.toString();
  }
}
