/** The quiz: questions written from a briefing and its article, checked by quality gates. */
package org.civicbrief.core.quiz;
