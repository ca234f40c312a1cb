/** The store: opens the database and the search index and hands out the repositories. */
package org.civicbrief.store;
