/**
 * Reading the job's input: listing files on any Hadoop file system, numbering JSON Lines and
 * Parquet records.
 */
package org.civicbrief.spark.io;
