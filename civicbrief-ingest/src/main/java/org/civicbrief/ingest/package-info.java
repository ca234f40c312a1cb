/** Reads a file, standard input or a URL and turns it into a checked, English {@code Article}. */
package org.civicbrief.ingest;
