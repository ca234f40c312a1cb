/** Stored briefings, their editorial review and publication. */
package org.civicbrief.store.briefing;
