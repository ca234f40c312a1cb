/** The composition root: the one module that knows every other. */
package org.civicbrief.app;
