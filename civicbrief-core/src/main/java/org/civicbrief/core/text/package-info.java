/**
 * The project's own records of annotated text: sentences, tokens, entity mentions, dependencies.
 */
package org.civicbrief.core.text;
