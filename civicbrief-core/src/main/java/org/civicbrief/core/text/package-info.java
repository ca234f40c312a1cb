/**
 * The project's own records of annotated text: sentences, tokens, entity mentions, dependencies,
 * and the word lists the stages match against.
 */
package org.civicbrief.core.text;
