/** Recognizers for dates and quantities, cheap enough to run on every sentence. */
package org.civicbrief.core.values;
