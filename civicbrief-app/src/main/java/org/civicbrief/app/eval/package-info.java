/** Evaluation against public data sets and baselines, and the end-to-end benchmark. */
package org.civicbrief.app.eval;
