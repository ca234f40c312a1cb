/** The JSON API under {@code /api/v1} and its OpenAPI 3.1 document. */
package org.civicbrief.web.api;
