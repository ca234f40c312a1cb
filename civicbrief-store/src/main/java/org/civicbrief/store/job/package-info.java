/** The durable job queue in the database and the worker threads that drain it. */
package org.civicbrief.store.job;
