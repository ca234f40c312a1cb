package org.civicbrief.nlp.embed;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.civicbrief.core.story.Embed;

/**
 * {@link Embed} with BGE-small-en v1.5 (quantized, 384 dimensions), run by ONNX Runtime inside the
 * process. The model and its tokenizer are resources of a Maven Central jar, so nothing is
 * downloaded at run time. Texts longer than the model's 512 tokens are embedded in parts and
 * averaged by LangChain4j.
 *
 * <p>By default ONNX Runtime spreads each embedding over every core, which is fastest for one
 * caller at a time ({@code civicbrief serve}, {@code import}). Where every core already runs a
 * caller of its own, as in a Spark executor, those threads only get in each other's way: {@link
 * #oneThreadPerCall()} gives each call one thread. The vectors are the same either way.
 */
public final class BgeSmallEmbed implements Embed {

  private static final int DIMENSIONS = 384;
  private static final String MODEL = "bge-small-en-v1.5-q.onnx";
  private static final String TOKENIZER = "bge-small-en-v1.5-q-tokenizer.json";

  private final EmbeddingModel model;

  /** Loads the model (about a second), to run each call on every core. */
  public BgeSmallEmbed() {
    this(new BgeSmallEnV15QuantizedEmbeddingModel());
  }

  private BgeSmallEmbed(EmbeddingModel model) {
    this.model = model;
  }

  /**
   * Loads the model (about a second), to run each call on the calling thread alone: for callers
   * that keep every core busy themselves. Two threads embedding at once on two cores got through
   * 100 news articles in 12–13 s this way, against 14–16 s sharing cores per call.
   */
  public static BgeSmallEmbed oneThreadPerCall() {
    return new BgeSmallEmbed(new OneThreadModel());
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

  /**
   * The same model and tokenizer as {@link BgeSmallEnV15QuantizedEmbeddingModel}, in an ONNX
   * session with one intra-op thread; texts of several parts are embedded on the calling thread.
   */
  private static final class OneThreadModel extends AbstractInProcessEmbeddingModel {

    private final OnnxBertBiEncoder encoder;

    OneThreadModel() {
      super(Runnable::run);
      ClassLoader jar = BgeSmallEnV15QuantizedEmbeddingModel.class.getClassLoader();
      try (InputStream model = jar.getResourceAsStream(MODEL);
          InputStream tokenizer = jar.getResourceAsStream(TOKENIZER);
          OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
        if (model == null || tokenizer == null) {
          throw new IllegalStateException("the BGE-small model is not on the class path");
        }
        options.setIntraOpNumThreads(1);
        options.setInterOpNumThreads(1);
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        OrtSession session = environment.createSession(model.readAllBytes(), options);
        this.encoder = new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.CLS);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the BGE-small model", e);
      } catch (OrtException e) {
        throw new IllegalStateException("cannot load the BGE-small model", e);
      }
    }

    @Override
    protected OnnxBertBiEncoder model() {
      return encoder;
    }

    @Override
    protected Integer knownDimension() {
      return DIMENSIONS;
    }
  }
}
