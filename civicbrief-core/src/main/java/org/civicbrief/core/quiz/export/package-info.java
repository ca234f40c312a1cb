/** Writes a briefing's quiz in formats teachers import: Markdown, GIFT, Moodle XML and QTI. */
package org.civicbrief.core.quiz.export;
