/** Reads subscription feeds (RSS 0.9x/1.0/2.0, Atom, JSON Feed) into the entries they list. */
package org.civicbrief.ingest.feed;
