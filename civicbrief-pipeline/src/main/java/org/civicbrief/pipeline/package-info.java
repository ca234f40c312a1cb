/** The one "brief a record" use case and the factory that wires it from the settings. */
package org.civicbrief.pipeline;
