package org.civicbrief.nlp.embed;

import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import org.civicbrief.core.story.Embed;

/**
 * {@link Embed} with BGE-small-en v1.5 (quantized, 384 dimensions), run by ONNX Runtime inside the
 * process. The model and its tokenizer are resources of a Maven Central jar, so nothing is
 * downloaded at run time. Texts longer than the model's 512 tokens are embedded in parts and
 * averaged by LangChain4j.
 */
public final class BgeSmallEmbed implements Embed {

  private static final int DIMENSIONS = 384;
  private final BgeSmallEnV15QuantizedEmbeddingModel model;

  /** Loads the model (about a second). */
  public BgeSmallEmbed() {
    this.model = new BgeSmallEnV15QuantizedEmbeddingModel();
  }

  @Override
  public float[] embed(String text) {
    if (text.isBlank()) {
      return new float[DIMENSIONS];
    }
    float[] v = model.embed(text).content().vector();
    return unit(v);
  }

  @Override
  public int dimensions() {
    return DIMENSIONS;
  }

  @Override
  public String model() {
    return "bge-small-en-v1.5-q";
  }

  // The model already normalizes; doing it again costs nothing and makes the contract hold exactly.
  private static float[] unit(float[] v) {
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    if (norm == 0) {
      return v;
    }
    float inv = (float) (1 / Math.sqrt(norm));
    for (int i = 0; i < v.length; i++) {
      v[i] *= inv;
    }
    return v;
  }
}
