/**
 * Fetches http(s) URLs with a size cap, manual redirects and a guard against internal addresses.
 */
package org.civicbrief.ingest.url;
