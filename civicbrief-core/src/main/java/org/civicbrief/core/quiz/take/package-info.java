/** Lets a reader take a briefing's quiz in a terminal, one question at a time. */
package org.civicbrief.core.quiz.take;
