/** The reader's quiz: answer the questions, see what was right with its source, get a score. */
package org.civicbrief.web.quiz;
