package org.civicbrief.kb;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.civicbrief.core.civic.CardHolds;
import org.civicbrief.core.civic.Category;
import org.civicbrief.core.civic.Committee;
import org.civicbrief.core.civic.ConceptCard;
import org.civicbrief.core.civic.ContextRule;
import org.civicbrief.core.civic.PrimarySource;
import org.civicbrief.core.civic.QuizFact;
import org.civicbrief.core.civic.SpanishCard;
import org.civicbrief.core.civic.Trigger;

/**
 * Loads concept cards from YAML files, the bundled ones or a folder of one's own, and checks every
 * field as it goes: a bad card fails with the file and the field in the message, and the set as a
 * whole must have unique ids, each in the file named after it, and related ids that exist.
 * Thread-safe.
 */
public final class LoadCards {

  /** The classpath folder that holds the bundled cards, one {@code <id>.yaml} file per card. */
  public static final String FOLDER = "org/civicbrief/kb/cards/";

  /** The classpath location of the card schema (JSON Schema draft 2020-12). */
  public static final String SCHEMA = "org/civicbrief/kb/card.schema.json";

  private static final Set<String> FIELDS =
      Set.of(
          "holds",
          "id",
          "name",
          "aliases",
          "category",
          "gloss",
          "explanation",
          "source",
          "triggers",
          "related",
          "committees",
          "quizFacts",
          "examples",
          "es");

  private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

  /**
   * The bundled cards, in id order.
   *
   * @throws InvalidCardException naming the file and field of the first invalid card
   */
  public List<ConceptCard> load() {
    return bundledFiles().stream().map(CardFile::card).toList();
  }

  /**
   * The cards in {@code directory} (every {@code .yaml} file in it), in id order.
   *
   * @throws InvalidCardException naming the file and field of the first invalid card
   */
  public List<ConceptCard> load(Path directory) {
    return files(directory).stream().map(CardFile::card).toList();
  }

  /**
   * The Spanish text of the bundled cards that have one, by card id (ADR 21).
   *
   * @throws InvalidCardException naming the file and field of the first invalid card
   */
  public Map<String, SpanishCard> loadSpanish() {
    Map<String, SpanishCard> out = new TreeMap<>();
    for (CardFile f : bundledFiles()) {
      f.spanish().ifPresent(es -> out.put(es.id(), es));
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  // Read once per instance: the use case asks for the cards and for their Spanish text, and reading
  // and checking every file twice would slow every start.
  private volatile List<CardFile> bundled;

  /** The bundled card files with their examples, checked as a set. */
  List<CardFile> bundledFiles() {
    List<CardFile> files = bundled;
    if (files == null) {
      files = List.copyOf(checkSet(read(bundledContents())));
      bundled = files;
    }
    return files;
  }

  /** The card files of {@code directory} with their examples, checked as a set. */
  List<CardFile> files(Path directory) {
    Map<String, String> contents = new TreeMap<>();
    try (Stream<Path> paths = Files.list(directory)) {
      for (Path p : paths.filter(p -> p.toString().endsWith(".yaml")).toList()) {
        contents.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the cards in " + directory, e);
    }
    return checkSet(read(contents));
  }

  /**
   * The bundled files by name. The folder is listed rather than indexed, so adding a card is adding
   * a file; it is a directory when running from the build and a jar entry prefix otherwise.
   */
  private static Map<String, String> bundledContents() {
    URL folder = LoadCards.class.getClassLoader().getResource(FOLDER);
    if (folder == null) {
      throw new IllegalStateException("the card folder " + FOLDER + " is not on the classpath");
    }
    Map<String, String> contents = new TreeMap<>();
    try {
      if (folder.getProtocol().equals("file")) {
        Path dir = Path.of(folder.toURI());
        try (Stream<Path> paths = Files.list(dir)) {
          for (Path p : paths.filter(p -> p.toString().endsWith(".yaml")).toList()) {
            contents.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
          }
        }
      } else if (folder.getProtocol().equals("jar")) {
        JarURLConnection connection = (JarURLConnection) folder.openConnection();
        connection.setUseCaches(false);
        try (JarFile jar = connection.getJarFile()) {
          Enumeration<JarEntry> entries = jar.entries();
          while (entries.hasMoreElements()) {
            JarEntry e = entries.nextElement();
            String name = e.getName();
            if (name.startsWith(FOLDER) && name.endsWith(".yaml") && !e.isDirectory()) {
              try (InputStream in = jar.getInputStream(e)) {
                contents.put(
                    name.substring(FOLDER.length()),
                    new String(in.readAllBytes(), StandardCharsets.UTF_8));
              }
            }
          }
        }
      } else {
        throw new IllegalStateException("cannot list cards at " + folder);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled cards at " + folder, e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("bad card folder address " + folder, e);
    }
    return contents;
  }

  private List<CardFile> read(Map<String, String> contents) {
    List<CardFile> out = new ArrayList<>();
    for (Map.Entry<String, String> e : contents.entrySet()) {
      out.add(parse(e.getKey(), e.getValue()));
    }
    return out;
  }

  private static List<CardFile> checkSet(List<CardFile> files) {
    if (files.isEmpty()) {
      throw new IllegalStateException("no card files found");
    }
    Map<String, String> fileOfId = new HashMap<>();
    for (CardFile f : files) {
      String id = f.card().id();
      if (!f.file().equals(id + ".yaml")) {
        throw new InvalidCardException(
            f.file(), "id", "the card '" + id + "' belongs in " + id + ".yaml");
      }
      String other = fileOfId.putIfAbsent(id, f.file());
      if (other != null) {
        throw new InvalidCardException(f.file(), "id", "'" + id + "' is also the id in " + other);
      }
    }
    for (CardFile f : files) {
      List<String> related = f.card().related();
      for (int i = 0; i < related.size(); i++) {
        if (!fileOfId.containsKey(related.get(i))) {
          throw new InvalidCardException(
              f.file(), "related[" + i + "]", "no card has the id '" + related.get(i) + "'");
        }
      }
    }
    return files.stream().sorted(Comparator.comparing((CardFile f) -> f.card().id())).toList();
  }

  /**
   * Parses one card file.
   *
   * @throws InvalidCardException naming the file and field when the card is not valid
   */
  CardFile parse(String file, String content) {
    CardFields f = new CardFields(file);
    JsonNode root;
    try {
      root = yaml.readTree(content);
    } catch (JsonProcessingException e) {
      throw f.invalid("", "not valid YAML: " + e.getOriginalMessage());
    }
    f.object(root, "");
    f.onlyFields(root, "", FIELDS);
    String id = f.text(root, "id", "id");
    String name = f.text(root, "name", "name");
    List<String> aliases = f.texts(root, "aliases", "aliases", false);
    Category category =
        f.build("category", () -> Category.fromKey(f.text(root, "category", "category")));
    String gloss = f.text(root, "gloss", "gloss");
    String explanation = f.text(root, "explanation", "explanation");
    JsonNode s = f.object(root.get("source"), "source");
    f.onlyFields(s, "source", Set.of("title", "url"));
    PrimarySource source =
        f.build(
            "source.url",
            () ->
                new PrimarySource(
                    f.text(s, "source.title", "title"), f.text(s, "source.url", "url")));
    List<Trigger> triggers = new ArrayList<>();
    JsonNode triggerNodes = f.array(root, "triggers", "triggers", true);
    for (int i = 0; i < triggerNodes.size(); i++) {
      triggers.add(trigger(f, triggerNodes.get(i), "triggers[" + i + "]"));
    }
    List<String> related = f.texts(root, "related", "related", false);
    List<Committee> committees = new ArrayList<>();
    JsonNode committeeNodes = f.array(root, "committees", "committees", false);
    for (int i = 0; i < committeeNodes.size(); i++) {
      String path = "committees[" + i + "]";
      JsonNode c = f.object(committeeNodes.get(i), path);
      f.onlyFields(c, path, Set.of("name", "url"));
      committees.add(
          f.build(
              path + ".url",
              () ->
                  new Committee(
                      f.text(c, path + ".name", "name"), f.text(c, path + ".url", "url"))));
    }
    List<QuizFact> facts = quizFacts(f, root, "quizFacts");
    JsonNode examples = f.object(root.get("examples"), "examples");
    f.onlyFields(examples, "examples", Set.of("match", "noMatch"));
    List<String> match = f.texts(examples, "examples.match", "match", true);
    List<String> noMatch = f.texts(examples, "examples.noMatch", "noMatch", true);
    ConceptCard card =
        f.build(
            "id",
            () ->
                new ConceptCard(
                    id,
                    name,
                    aliases,
                    category,
                    gloss,
                    explanation,
                    source,
                    triggers,
                    related,
                    committees,
                    facts,
                    holds(f, root, gloss, explanation, facts)));
    Optional<SpanishCard> spanish = Optional.empty();
    if (root.has("es")) {
      JsonNode es = f.object(root.get("es"), "es");
      f.onlyFields(es, "es", Set.of("name", "gloss", "explanation", "source", "quizFacts"));
      List<QuizFact> esFacts = quizFacts(f, es, "es.quizFacts");
      spanish =
          Optional.of(
              f.build(
                  "es",
                  () ->
                      new SpanishCard(
                          id,
                          f.text(es, "es.name", "name"),
                          f.text(es, "es.gloss", "gloss"),
                          f.text(es, "es.explanation", "explanation"),
                          f.text(es, "es.source", "source"),
                          esFacts)));
    }
    return new CardFile(file, card, match, noMatch, spanish);
  }

  /**
   * The dates from which parts of the card hold ({@link CardHolds}). Each marked text must occur in
   * the card's gloss, explanation, quiz facts or Spanish text, so a reworded sentence cannot slip
   * out of its date unnoticed.
   */
  private static List<CardHolds> holds(
      CardFields f, JsonNode root, String gloss, String explanation, List<QuizFact> facts) {
    List<CardHolds> out = new ArrayList<>();
    JsonNode nodes = f.array(root, "holds", "holds", false);
    StringBuilder all = new StringBuilder(gloss).append('\n').append(explanation);
    facts.forEach(q -> all.append('\n').append(q).append('\n'));
    JsonNode es = root.get("es");
    if (es != null) {
      all.append('\n').append(es.toString());
    }
    for (int i = 0; i < nodes.size(); i++) {
      String path = "holds[" + i + "]";
      JsonNode h = f.object(nodes.get(i), path);
      f.onlyFields(h, path, Set.of("from", "event", "source", "text", "before"));
      LocalDate from;
      try {
        from = LocalDate.parse(f.text(h, path + ".from", "from"));
      } catch (DateTimeParseException e) {
        throw f.invalid(path + ".from", "must be a date written YYYY-MM-DD");
      }
      JsonNode s = f.object(h.get("source"), path + ".source");
      f.onlyFields(s, path + ".source", Set.of("title", "url"));
      PrimarySource source =
          f.build(
              path + ".source.url",
              () ->
                  new PrimarySource(
                      f.text(s, path + ".source.title", "title"),
                      f.text(s, path + ".source.url", "url")));
      List<String> text = f.texts(h, path + ".text", "text", false);
      for (int j = 0; j < text.size(); j++) {
        if (all.indexOf(text.get(j)) < 0) {
          throw f.invalid(
              path + ".text[" + j + "]", "'" + text.get(j) + "' occurs nowhere in the card's text");
        }
      }
      Optional<String> beforeGloss = Optional.empty();
      Optional<String> beforeExplanation = Optional.empty();
      Optional<PrimarySource> beforeSource = Optional.empty();
      if (h.has("before")) {
        JsonNode b = f.object(h.get("before"), path + ".before");
        f.onlyFields(b, path + ".before", Set.of("gloss", "explanation", "source"));
        if (b.has("source")) {
          String at = path + ".before.source";
          JsonNode bs = f.object(b.get("source"), at);
          f.onlyFields(bs, at, Set.of("title", "url"));
          beforeSource =
              Optional.of(
                  f.build(
                      at + ".url",
                      () ->
                          new PrimarySource(
                              f.text(bs, at + ".title", "title"), f.text(bs, at + ".url", "url"))));
        }
        if (b.has("gloss")) {
          beforeGloss = Optional.of(f.text(b, path + ".before.gloss", "gloss"));
        }
        if (b.has("explanation")) {
          beforeExplanation = Optional.of(f.text(b, path + ".before.explanation", "explanation"));
        }
      }
      Optional<String> bg = beforeGloss;
      Optional<String> be = beforeExplanation;
      Optional<PrimarySource> bs = beforeSource;
      out.add(
          f.build(
              path,
              () ->
                  new CardHolds(
                      from, f.text(h, path + ".event", "event"), source, text, bg, be, bs)));
    }
    return out;
  }

  private static List<QuizFact> quizFacts(CardFields f, JsonNode parent, String at) {
    List<QuizFact> facts = new ArrayList<>();
    JsonNode factNodes = f.array(parent, at, "quizFacts", true);
    for (int i = 0; i < factNodes.size(); i++) {
      String path = at + "[" + i + "]";
      JsonNode q = f.object(factNodes.get(i), path);
      f.onlyFields(q, path, Set.of("question", "answer", "distractors"));
      facts.add(
          f.build(
              path + ".distractors",
              () ->
                  new QuizFact(
                      f.text(q, path + ".question", "question"),
                      f.text(q, path + ".answer", "answer"),
                      f.texts(q, path + ".distractors", "distractors", true))));
    }
    return facts;
  }

  private static Trigger trigger(CardFields f, JsonNode node, String path) {
    JsonNode t = f.object(node, path);
    f.onlyFields(t, path, Set.of("pattern", "caseSensitive", "context", "situation"));
    String pattern = f.text(t, path + ".pattern", "pattern");
    JsonNode cs = t.get("caseSensitive");
    if (cs != null && !cs.isBoolean()) {
      throw f.invalid(path + ".caseSensitive", "must be true or false");
    }
    Optional<ContextRule> context = Optional.empty();
    if (t.has("context")) {
      String cpath = path + ".context";
      JsonNode c = f.object(t.get("context"), cpath);
      f.onlyFields(c, cpath, Set.of("anyOf", "noneOf", "window"));
      JsonNode window = c.get("window");
      if (window != null && !window.isInt()) {
        throw f.invalid(cpath + ".window", "must be a whole number");
      }
      context =
          Optional.of(
              f.build(
                  cpath,
                  () ->
                      new ContextRule(
                          f.texts(c, cpath + ".anyOf", "anyOf", false),
                          f.texts(c, cpath + ".noneOf", "noneOf", false),
                          window == null ? 0 : window.asInt())));
    }
    Optional<String> situation =
        t.has("situation")
            ? Optional.of(f.text(t, path + ".situation", "situation"))
            : Optional.empty();
    boolean caseSensitive = cs != null && cs.asBoolean();
    Optional<ContextRule> rule = context;
    return f.build(path + ".pattern", () -> new Trigger(pattern, caseSensitive, rule, situation));
  }
}
