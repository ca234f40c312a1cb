/** Exact duplicates by content hash and near-duplicates (wire copies) by MinHash over shingles. */
package org.civicbrief.core.dedupe;
