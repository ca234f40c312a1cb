/** Renders a briefing for people: Markdown for terminals and a standalone HTML page. */
package org.civicbrief.core.render;
