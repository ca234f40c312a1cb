/** The briefing page, the article view with its evidence highlighted, and their JSON-LD. */
package org.civicbrief.web.briefing;
