/** Reads a source (a file path, {@code -} for standard input, or an http(s) URL) into raw bytes. */
package org.civicbrief.ingest.source;
