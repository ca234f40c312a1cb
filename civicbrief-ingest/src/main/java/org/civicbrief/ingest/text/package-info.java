/**
 * Decoding bytes to text, spotting binary input, counting words and reading plain-text articles.
 */
package org.civicbrief.ingest.text;
