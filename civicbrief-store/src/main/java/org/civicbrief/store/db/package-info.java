/** JDBC plumbing shared by the repositories: connections, transactions, dialects and migrations. */
package org.civicbrief.store.db;
