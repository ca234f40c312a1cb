/** Articles and the ports that read them. */
package org.civicbrief.core.article;
