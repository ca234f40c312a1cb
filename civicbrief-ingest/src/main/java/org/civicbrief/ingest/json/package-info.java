/** Reads civicbrief's JSON article records, keeping their text exactly as given. */
package org.civicbrief.ingest.json;
