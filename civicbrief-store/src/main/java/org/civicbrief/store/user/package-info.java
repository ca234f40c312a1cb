/** Users, their roles, API tokens, signed-in sessions and the servers' shared keys. */
package org.civicbrief.store.user;
