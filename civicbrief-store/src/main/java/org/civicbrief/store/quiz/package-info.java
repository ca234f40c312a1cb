/** Stored quizzes, the editors' verdicts on their questions, and readers' attempts. */
package org.civicbrief.store.quiz;
