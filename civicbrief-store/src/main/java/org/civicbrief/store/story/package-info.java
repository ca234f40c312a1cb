/**
 * Stories: which story each briefed article joined, the merges of stories, and what readers see.
 */
package org.civicbrief.store.story;
