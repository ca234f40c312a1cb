/** Small value types shared by every stage. */
package org.civicbrief.core.common;
