/** Who changed what: the audit log and the principal every changing operation names. */
package org.civicbrief.store.audit;
