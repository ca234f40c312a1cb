/** The civic-concept knowledge base: cited concept cards as YAML files, and their loader. */
package org.civicbrief.kb;
