package org.civicbrief.nlp.corenlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Lemmas of the Spanish verbs the core reads by lemma ("dijo", "afirmó" and "señalaron" are
 * "decir", "afirmar" and "señalar"): CoreNLP has no Spanish lemmatizer, and attribution needs the
 * verb of saying whatever its tense. Any other word is its own lemma, lower-cased.
 */
final class SpanishLemmas {

  private static final Map<String, String> FORMS = load("spanish-verbs.txt");

  private SpanishLemmas() {}

  /** The lemma of {@code word}. */
  static String of(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return FORMS.getOrDefault(w, w);
  }

  private static Map<String, String> load(String resource) {
    Map<String, String> forms = new HashMap<>();
    InputStream in = SpanishLemmas.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing resource " + resource);
    }
    try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\t");
        String infinitive = parts[0].strip();
        forms.put(infinitive, infinitive);
        if (parts.length > 1) {
          for (String f : parts[1].split(",")) {
            forms.put(f.strip(), infinitive);
          }
        } else {
          regular(infinitive).forEach(f -> forms.put(f, infinitive));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(forms);
  }

  /** The third-person and non-finite forms news uses, of a regular verb. */
  private static java.util.List<String> regular(String infinitive) {
    String stem = infinitive.substring(0, infinitive.length() - 2);
    if (infinitive.endsWith("ar")) {
      return java.util.List.of(
          stem + "ó",
          stem + "a",
          stem + "an",
          stem + "aron",
          stem + "aba",
          stem + "aban",
          stem + "ado",
          stem + "ando",
          stem + "é");
    }
    return java.util.List.of(
        stem + "ió",
        stem + "e",
        stem + "en",
        stem + "ieron",
        stem + "ía",
        stem + "ían",
        stem + "ido",
        stem + "iendo",
        stem + "í");
  }
}
