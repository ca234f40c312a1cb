/** The command line: {@code civicbrief brief}, its options and its output formats. */
package org.civicbrief.app.cli;
