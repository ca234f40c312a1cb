/** Wiring of the stages into the pipeline that briefs one article. */
package org.civicbrief.app.pipeline;
