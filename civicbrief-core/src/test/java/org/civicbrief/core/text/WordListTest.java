package org.civicbrief.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every word list the code names loads from its resource file, and a wrong name fails loudly. */
class WordListTest {

  private static final String FOLDER = "org/civicbrief/core/text/words/";

  // Fixtures that exist only to fail live in the test resources under this prefix.
  private static final String FIXTURE = "test-only-";

  private static List<String> listNames() throws IOException, URISyntaxException {
    List<String> names = new ArrayList<>();
    for (URL dir : Collections.list(WordList.class.getClassLoader().getResources(FOLDER))) {
      try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
        files
            .map(p -> p.getFileName().toString())
            .filter(n -> n.endsWith(".txt") && !n.startsWith(FIXTURE))
            .map(n -> n.substring(0, n.length() - ".txt".length()))
            .forEach(names::add);
      }
    }
    return names;
  }

  @Test
  void loadsEveryListInTheFolderWithEntriesAndNoComments() throws Exception {
    List<String> names = listNames();
    assertThat(names).contains("speech-verbs", "first-person", "stopwords", "countries");
    for (String name : names) {
      if (name.equals("countries")) {
        continue;
      }
      assertThat(WordList.of(name)).as(name).isNotEmpty();
    }
  }

  @Test
  void everyListInTheFolderIsReadBySomeCode() throws Exception {
    // The modules' main sources, read where the build runs (civicbrief-core): a list no code names
    // is dead data that a reader of the folder would take for a rule.
    StringBuilder sources = new StringBuilder();
    try (Stream<Path> files = Files.walk(Path.of(".."))) {
      for (Path f :
          files
              .filter(p -> p.toString().endsWith(".java"))
              .filter(p -> p.toString().contains("src" + java.io.File.separator + "main"))
              .toList()) {
        sources.append(Files.readString(f));
      }
    }
    for (String name : listNames()) {
      assertThat(sources.toString()).as(name).contains("\"" + name + "\"");
    }
  }

  @Test
  void readsATableAsKeyTabValue() {
    Map<String, String> countries = WordList.tableOf("countries");
    assertThat(countries)
        .containsEntry("Mexican", "Mexico")
        .containsEntry("U.S.", "the United States");
  }

  @Test
  void keepsAnEntryWithInnerSpacesWhole() {
    assertThat(WordList.of("leading-connectives")).contains("in addition", "in other words");
  }

  @Test
  void hasOneFirstPersonListForEveryUser() {
    assertThat(Pronouns.FIRST_PERSON)
        .containsExactlyInAnyOrder(
            "i", "me", "my", "mine", "we", "us", "our", "ours", "myself", "ourselves");
  }

  @Test
  void returnsAnImmutableSet() {
    assertThatThrownBy(() -> WordList.of("hedges").add("perhaps not"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void failsWithTheResourcePathWhenAListIsMissing() {
    assertThatThrownBy(() -> WordList.of("no-such-list"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("org/civicbrief/core/text/words/no-such-list.txt")
        .hasMessageContaining("not on the classpath");
  }

  @Test
  void failsWhenAListHasOnlyComments() {
    assertThatThrownBy(() -> WordList.of(FIXTURE + "empty"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("test-only-empty.txt")
        .hasMessageContaining("has no entries");
  }

  @Test
  void failsWhenATableLineHasNoTab() {
    assertThatThrownBy(() -> WordList.tableOf("hedges"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("hedges.txt")
        .hasMessageContaining("expected key<TAB>value");
  }
}
