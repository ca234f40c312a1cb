/** Full-text search over published briefings and their articles, with Lucene. */
package org.civicbrief.store.search;
