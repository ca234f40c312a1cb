/** What an operator needs of the server: the request log, metrics, health and readiness. */
package org.civicbrief.web.ops;
