/** Submitted articles: stored once per content, with their original bytes and metadata. */
package org.civicbrief.store.article;
