/** The batch job: read records, brief them partition by partition, write what came out. */
package org.civicbrief.spark.job;
