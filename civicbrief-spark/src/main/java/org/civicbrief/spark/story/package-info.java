/**
 * Story clustering at scale: article features, blocking into candidate pairs, and story assignment.
 */
package org.civicbrief.spark.story;
