package org.civicbrief.core.pipeline;

/**
 * How long each stage of one briefing took.
 *
 * @param annotateNanos CoreNLP: tokens, sentences, part of speech, lemmas, named entities
 * @param valuesNanos dates and quantities
 * @param briefNanos the briefing stages
 * @param quizNanos the quiz
 * @param tokens tokens in the article
 */
public record StageTimings(
    long annotateNanos, long valuesNanos, long briefNanos, long quizNanos, int tokens) {

  /** The whole time. */
  public long totalNanos() {
    return annotateNanos + valuesNanos + briefNanos + quizNanos;
  }
}
