/** The briefing pipeline as an Apache Spark batch job. */
package org.civicbrief.spark;
