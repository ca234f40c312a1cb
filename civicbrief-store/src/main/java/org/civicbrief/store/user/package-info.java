/** Users, their roles and their API tokens. */
package org.civicbrief.store.user;
