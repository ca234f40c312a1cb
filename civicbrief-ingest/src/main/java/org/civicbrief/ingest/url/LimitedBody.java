package org.civicbrief.ingest.url;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a cap and stops the download as soon as the cap is passed, so a
 * huge or endless response costs no more than the cap.
 */
final class LimitedBody implements HttpResponse.BodySubscriber<LimitedBody.Received> {

  /**
   * The bytes received.
   *
   * @param bytes at most the cap's worth of bytes
   * @param overCap true when the body was larger than the cap and the download stopped
   */
  record Received(byte[] bytes, boolean overCap) {
    Received {
      bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
      return bytes.clone();
    }
  }

  private final long cap;
  private final boolean overCapUpfront;
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
  private final CompletableFuture<Received> result = new CompletableFuture<>();
  private Flow.Subscription subscription;

  /** Reads up to {@code cap} bytes; a declared length over the cap stops before reading any. */
  LimitedBody(long cap, long declaredLength) {
    this.cap = cap;
    this.overCapUpfront = declaredLength > cap;
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
    if (overCapUpfront) {
      s.cancel();
      result.complete(new Received(new byte[0], true));
      return;
    }
    s.request(1);
  }

  @Override
  public void onNext(List<ByteBuffer> items) {
    if (result.isDone()) {
      return;
    }
    for (ByteBuffer item : items) {
      if (buffer.size() + (long) item.remaining() > cap) {
        int room = (int) (cap - buffer.size());
        byte[] part = new byte[room];
        item.get(part);
        buffer.writeBytes(part);
        subscription.cancel();
        result.complete(new Received(buffer.toByteArray(), true));
        return;
      }
      byte[] bytes = new byte[item.remaining()];
      item.get(bytes);
      buffer.writeBytes(bytes);
    }
    subscription.request(1);
  }

  @Override
  public void onError(Throwable error) {
    result.completeExceptionally(error);
  }

  @Override
  public void onComplete() {
    result.complete(new Received(buffer.toByteArray(), false));
  }

  @Override
  public CompletionStage<Received> getBody() {
    return result;
  }
}
