package org.civicbrief.core.quiz;

import java.util.List;
import java.util.Set;
import org.civicbrief.core.briefing.Evidence;

/**
 * A question before the quality gates.
 *
 * @param kind what it asks
 * @param stem the question text
 * @param answer the key
 * @param distractors wrong options, best first (more than needed is fine)
 * @param type the answer's semantic type
 * @param explanation why the key is right
 * @param evidence the sentence span the key comes from
 * @param tests the briefing item it tests
 * @param priority how much the question matters: main points score higher
 * @param salience how prominent the key is in the article, from 0 to 1
 * @param aliases other names of the key, which neither the stem nor a distractor may contain
 * @param slotValues other values the article gives for the same slot, which no distractor may be
 */
record Candidate(
    QuestionKind kind,
    String stem,
    String answer,
    List<String> distractors,
    AnswerType type,
    String explanation,
    Evidence evidence,
    String tests,
    double priority,
    double salience,
    Set<String> aliases,
    Set<String> slotValues) {

  Candidate {
    distractors = List.copyOf(distractors);
    aliases = Set.copyOf(aliases);
    slotValues = Set.copyOf(slotValues);
  }

  /** The same candidate with another priority. */
  Candidate withPriority(double p) {
    return with(stem, p);
  }

  /** The same candidate with another stem. */
  Candidate withStem(String s) {
    return with(s, priority);
  }

  private Candidate with(String s, double p) {
    return new Candidate(
        kind,
        s,
        answer,
        distractors,
        type,
        explanation,
        evidence,
        tests,
        p,
        salience,
        aliases,
        slotValues);
  }
}
