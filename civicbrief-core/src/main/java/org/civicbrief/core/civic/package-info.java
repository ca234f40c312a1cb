/** Civic context: concept cards, the matcher, statement classification and why-it-matters. */
package org.civicbrief.core.civic;
