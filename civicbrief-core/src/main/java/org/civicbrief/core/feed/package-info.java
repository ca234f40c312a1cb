/** Feed subscriptions, parsed entries and the polling schedule with per-feed backoff. */
package org.civicbrief.core.feed;
