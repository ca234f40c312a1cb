package org.civicbrief.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A CoNLL-2003 corpus: documents of tokenized sentences with their entity tags. Reads the original
 * four-column file (word, part of speech, chunk, entity tag; {@code -DOCSTART-} between documents)
 * or JSON Lines {@code {id, doc_index, tokens, ner_iob1 | ner_bio2 | ner}}.
 *
 * @param documents the documents in order
 */
record ConllCorpus(List<Document> documents) {

  /**
   * One tokenized sentence.
   *
   * @param id the sentence's id: the record's id, else its number in the corpus
   * @param number the sentence's number in the corpus, from 0
   * @param tokens the tokens
   * @param tags the entity tags, one per token
   */
  record Sentence(String id, int number, List<String> tokens, List<String> tags) {
    Sentence {
      Objects.requireNonNull(id, "id");
      tokens = List.copyOf(tokens);
      tags = List.copyOf(tags);
      if (tokens.size() != tags.size() || tokens.isEmpty()) {
        throw new IllegalArgumentException("sentence " + id + ": tokens and tags differ in number");
      }
    }
  }

  /**
   * One document.
   *
   * @param sentences its sentences
   */
  record Document(List<Sentence> sentences) {
    Document {
      sentences = List.copyOf(sentences);
    }
  }

  ConllCorpus {
    documents = List.copyOf(documents);
  }

  /** All sentences in order. */
  List<Sentence> sentences() {
    return documents.stream().flatMap(d -> d.sentences().stream()).toList();
  }

  /** Reads either format, the first {@code limit} documents. */
  static ConllCorpus read(Path file, int limit) {
    String first;
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      first = r.readLine();
    } catch (NoSuchFileException e) {
      throw new BadDataException(file + ": no such file");
    } catch (IOException e) {
      throw new BadDataException(file + ": cannot read (" + e.getMessage() + ")");
    }
    if (first == null) {
      throw new BadDataException(file + ": no records");
    }
    return first.stripLeading().startsWith("{") ? readJson(file, limit) : readColumns(file, limit);
  }

  private static ConllCorpus readColumns(Path file, int limit) {
    List<Document> docs = new ArrayList<>();
    List<Sentence> doc = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    int number = 0;
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new BadDataException(file + ": cannot read (" + e.getMessage() + ")");
    }
    lines = new ArrayList<>(lines);
    lines.add("");
    for (int i = 0; i < lines.size() && docs.size() < limit; i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("-DOCSTART-")) {
        if (!tokens.isEmpty()) {
          doc.add(new Sentence(Integer.toString(number), number, tokens, tags));
          number++;
          tokens = new ArrayList<>();
          tags = new ArrayList<>();
        }
        if (line.startsWith("-DOCSTART-") && !doc.isEmpty()) {
          docs.add(new Document(doc));
          doc = new ArrayList<>();
        }
        continue;
      }
      String[] cols = line.split("\\s+");
      if (cols.length < 2) {
        throw new BadDataException(
            file.getFileName() + ":" + (i + 1) + ": expected 'word ... tag' columns");
      }
      tokens.add(cols[0]);
      tags.add(cols[cols.length - 1]);
    }
    if (!doc.isEmpty() && docs.size() < limit) {
      docs.add(new Document(doc));
    }
    if (docs.isEmpty()) {
      throw new BadDataException(file + ": no sentences");
    }
    return new ConllCorpus(docs);
  }

  private static ConllCorpus readJson(Path file, int limit) {
    record Row(String docKey, Sentence sentence) {}
    int[] number = {0};
    List<Row> rows =
        new ReadJsonLines()
            .read(
                file,
                Integer.MAX_VALUE,
                (JsonNode node, String origin) -> {
                  List<String> tokens = strings(node.get("tokens"), "tokens", origin);
                  JsonNode tagNode =
                      node.has("ner_iob1")
                          ? node.get("ner_iob1")
                          : node.has("ner_bio2") ? node.get("ner_bio2") : node.get("ner");
                  List<String> tags = strings(tagNode, "ner", origin);
                  if (tokens.isEmpty() || tags.size() != tokens.size()) {
                    throw new BadDataException(
                        origin + ": needs as many tags as tokens, and at least one token");
                  }
                  int n = number[0]++;
                  JsonNode doc = node.get("doc_index");
                  return new Row(
                      // Without document numbers, short runs of sentences stand in for documents.
                      doc == null ? "run" + n / 25 : doc.asText(),
                      new Sentence(ReadJsonLines.id(node, Integer.toString(n)), n, tokens, tags));
                });
    List<Document> docs = new ArrayList<>();
    List<Sentence> doc = new ArrayList<>();
    String key = null;
    for (Row r : rows) {
      if (key != null && !r.docKey().equals(key)) {
        docs.add(new Document(doc));
        doc = new ArrayList<>();
        if (docs.size() >= limit) {
          break;
        }
      }
      key = r.docKey();
      doc.add(r.sentence());
    }
    if (!doc.isEmpty() && docs.size() < limit) {
      docs.add(new Document(doc));
    }
    return new ConllCorpus(docs);
  }

  private static List<String> strings(JsonNode node, String field, String origin) {
    if (node == null || !node.isArray()) {
      throw new BadDataException(origin + ": no \"" + field + "\" list");
    }
    List<String> out = new ArrayList<>();
    node.forEach(n -> out.add(n.asText()));
    return out;
  }
}
