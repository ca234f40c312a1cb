/** What the server needs from the rest of civicbrief, implemented by the composition root. */
package org.civicbrief.web.port;
