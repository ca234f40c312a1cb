/**
 * The story page: the articles that follow one development, merged into one timeline and briefing.
 */
package org.civicbrief.web.story;
