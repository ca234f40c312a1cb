/**
 * Starting the batch job: its options, the local Spark of {@code civicbrief batch}, and the {@code
 * spark-submit} entry point.
 */
package org.civicbrief.spark.cli;
