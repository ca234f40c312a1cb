/**
 * The single-article pipeline, composed from the stages; every runner (CLI, server, Spark) uses it.
 */
package org.civicbrief.core.pipeline;
