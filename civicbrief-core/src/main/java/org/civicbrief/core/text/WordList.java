package org.civicbrief.core.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A closed list of words read from {@code org/civicbrief/core/text/words/NAME.txt}: one entry a
 * line, {@code #} comments, and for a table {@code key<TAB>value}.
 *
 * <p>Callers hold the result in a static final field, so each list is read once per JVM.
 */
public final class WordList {

  private static final String FOLDER = "words/";

  private WordList() {}

  /** The entries of list {@code name}, e.g. {@code "hedges"} for {@code words/hedges.txt}. */
  public static Set<String> of(String name) {
    return Set.copyOf(lines(name));
  }

  /**
   * The entries of list {@code name} in the file's order, for lists whose order means something (a
   * preference); {@link #of} has no order.
   */
  public static List<String> listOf(String name) {
    return List.copyOf(lines(name));
  }

  /** The table {@code name}: each line a key, a tab and its value. */
  public static Map<String, String> tableOf(String name) {
    Map<String, String> out = new HashMap<>();
    for (String line : lines(name)) {
      int tab = line.indexOf('\t');
      if (tab <= 0 || tab == line.length() - 1 || line.indexOf('\t', tab + 1) >= 0) {
        throw new IllegalStateException(
            "word table " + path(name) + ": expected key<TAB>value, got \"" + line + "\"");
      }
      String key = line.substring(0, tab).strip();
      if (out.put(key, line.substring(tab + 1).strip()) != null) {
        throw new IllegalStateException("word table " + path(name) + ": key \"" + key + "\" twice");
      }
    }
    return Map.copyOf(out);
  }

  // Entries are stripped of surrounding blanks but may hold inner ones ("in addition").
  private static List<String> lines(String name) {
    List<String> out = new ArrayList<>();
    try (InputStream in = WordList.class.getResourceAsStream(FOLDER + name + ".txt")) {
      if (in == null) {
        throw new IllegalStateException(
            "word list " + path(name) + " is not on the classpath (is the name misspelled?)");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String entry = line.strip();
        if (!entry.isEmpty() && !entry.startsWith("#")) {
          out.add(entry);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read word list " + path(name), e);
    }
    if (out.isEmpty()) {
      throw new IllegalStateException("word list " + path(name) + " has no entries");
    }
    return out;
  }

  private static String path(String name) {
    return "org/civicbrief/core/text/" + FOLDER + name + ".txt";
  }
}
