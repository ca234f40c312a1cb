/**
 * Feed subscriptions: what to poll, when, what came of the last poll and which entries were seen.
 */
package org.civicbrief.store.feed;
