/** What every format reader produces before the input checks, and the parsing they share. */
package org.civicbrief.ingest.extract;
