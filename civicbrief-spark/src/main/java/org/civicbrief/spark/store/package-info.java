/**
 * Writing briefings into the PostgreSQL database that {@code civicbrief serve} uses, idempotently.
 */
package org.civicbrief.spark.store;
