/** The front page: the latest published briefings and the search box. */
package org.civicbrief.web.home;
