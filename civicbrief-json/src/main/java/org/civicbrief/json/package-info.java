/** The one JSON mapping of the project's records, so every runner writes byte-identical JSON. */
package org.civicbrief.json;
