package org.civicbrief.core.quiz;

/** The semantic type of an answer; distractors must share it. */
enum AnswerType {
  PERSON,
  ORGANIZATION,
  NUMBER,
  DATE,
  PHRASE,
  TRUTH
}
