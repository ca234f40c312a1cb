/** Full-text search over published briefings and their articles, with actor and date filters. */
package org.civicbrief.web.search;
