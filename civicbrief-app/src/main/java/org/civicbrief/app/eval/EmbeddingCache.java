package org.civicbrief.app.eval;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.civicbrief.core.common.Sha256;
import org.civicbrief.core.story.Embed;

/**
 * An {@link Embed} that keeps the embeddings it computes in a file, keyed by the model and a hash
 * of the text, so a second evaluation run does not embed the corpus again.
 */
final class EmbeddingCache implements Embed {

  private final Embed embed;
  private final Path file;
  private final Map<String, float[]> known = new HashMap<>();

  EmbeddingCache(Embed embed, Path dir) {
    this.embed = Objects.requireNonNull(embed, "embed");
    this.file =
        dir.resolve("embeddings-" + embed.model().replaceAll("[^A-Za-z0-9.-]", "_") + ".tsv");
    load();
  }

  @Override
  public synchronized float[] embed(String text) {
    String key = Sha256.hex(text);
    float[] hit = known.get(key);
    if (hit != null) {
      return hit.clone();
    }
    float[] v = embed.embed(text);
    known.put(key, v.clone());
    append(key, v);
    return v;
  }

  @Override
  public int dimensions() {
    return embed.dimensions();
  }

  @Override
  public String model() {
    return embed.model();
  }

  private void load() {
    if (!Files.exists(file)) {
      return;
    }
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        int tab = line.indexOf('\t');
        if (tab < 0) {
          continue;
        }
        byte[] bytes = Base64.getDecoder().decode(line.substring(tab + 1));
        float[] v = new float[bytes.length / 4];
        ByteBuffer.wrap(bytes).asFloatBuffer().get(v);
        if (v.length == embed.dimensions()) {
          known.put(line.substring(0, tab), v);
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      // A damaged cache is only slower: start it afresh.
      known.clear();
    }
  }

  private void append(String key, float[] v) {
    ByteBuffer b = ByteBuffer.allocate(v.length * 4);
    b.asFloatBuffer().put(v);
    try {
      Files.createDirectories(file.getParent());
      try (BufferedWriter w =
          Files.newBufferedWriter(
              file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
        w.write(key + "\t" + Base64.getEncoder().encodeToString(b.array()) + "\n");
      }
    } catch (IOException e) {
      throw new BadDataException(
          file + ": cannot write the embedding cache (" + e.getMessage() + ")");
    }
  }
}
