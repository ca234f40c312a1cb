package org.civicbrief.core.common;

import java.util.Objects;
import java.util.function.Function;

/**
 * The result of processing one item in a batch: a value, or the reason the item was skipped or
 * failed.
 *
 * <p>An expected per-item problem (not an article, empty text, a site that refuses) is an outcome,
 * not an exception, so that a batch goes on and the user sees why.
 */
public sealed interface Outcome<T> {

  /** Wraps a value. */
  static <T> Outcome<T> ok(T value) {
    return new Ok<>(value);
  }

  /** The item was deliberately not processed (for example, it is not in English). */
  static <T> Outcome<T> skipped(String reason) {
    return new Skipped<>(reason);
  }

  /** The item could not be processed; {@code reason} is a one-line message for a user. */
  static <T> Outcome<T> failed(String reason) {
    return new Failed<>(reason);
  }

  /** True for {@link Ok}. */
  default boolean isOk() {
    return this instanceof Ok<T>;
  }

  /** The value; throws for an outcome that has none. */
  default T value() {
    if (this instanceof Ok<T> ok) {
      return ok.get();
    }
    throw new IllegalStateException("no value: " + reason());
  }

  /** Why there is no value, or the empty string for {@link Ok}. */
  String reason();

  /** Applies {@code f} to the value, passing skipped and failed outcomes through. */
  default <R> Outcome<R> map(Function<? super T, ? extends R> f) {
    return flatMap(v -> ok(f.apply(v)));
  }

  /** Chains another step that may itself skip or fail. */
  @SuppressWarnings("unchecked")
  default <R> Outcome<R> flatMap(Function<? super T, Outcome<R>> f) {
    if (this instanceof Ok<T> ok) {
      return f.apply(ok.get());
    }
    return (Outcome<R>) this;
  }

  /** A value. */
  record Ok<T>(T get) implements Outcome<T> {
    public Ok {
      Objects.requireNonNull(get, "value");
    }

    @Override
    public String reason() {
      return "";
    }
  }

  /** A deliberately skipped item. */
  record Skipped<T>(String reason) implements Outcome<T> {
    public Skipped {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** A failed item. */
  record Failed<T>(String reason) implements Outcome<T> {
    public Failed {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
