package org.civicbrief.nlp.corenlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.civicbrief.core.briefing.NameGender;

/** First-name genders from the name lists in CoreNLP's models jar. */
public final class CoreNlpNameGender implements NameGender {

  private static final String DIR = "edu/stanford/nlp/models/gender/";
  private final Set<String> male;
  private final Set<String> female;

  /** Loads the lists; they are small (a few hundred names each). */
  public CoreNlpNameGender() {
    this.male = load(DIR + "male_first_names.txt");
    this.female = load(DIR + "female_first_names.txt");
  }

  @Override
  public Gender of(String firstName) {
    String n = firstName.toLowerCase(Locale.ROOT);
    boolean m = male.contains(n);
    boolean f = female.contains(n);
    return m == f ? Gender.UNKNOWN : m ? Gender.MALE : Gender.FEMALE;
  }

  private static Set<String> load(String resource) {
    Set<String> names = new HashSet<>();
    InputStream in = CoreNlpNameGender.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("CoreNLP models jar lacks " + resource);
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String name = line.strip().toLowerCase(Locale.ROOT);
        if (!name.isEmpty()) {
          names.add(name);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + resource, e);
    }
    return Set.copyOf(names);
  }
}
