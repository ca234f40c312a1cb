/** What every route shares: templates, assets, security headers, errors, limits and links. */
package org.civicbrief.web.http;
