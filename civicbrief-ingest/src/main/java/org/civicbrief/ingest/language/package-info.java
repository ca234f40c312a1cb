/** Offline, deterministic language identification from writing systems and function words. */
package org.civicbrief.ingest.language;
