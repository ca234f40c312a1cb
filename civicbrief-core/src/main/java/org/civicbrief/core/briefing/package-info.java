/** The civic briefing of one article and the stages that build it. */
package org.civicbrief.core.briefing;
