/** The Atom feed of published briefings. */
package org.civicbrief.web.feed;
