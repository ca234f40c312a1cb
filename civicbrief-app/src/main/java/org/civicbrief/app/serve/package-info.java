/** What {@code civicbrief serve} plugs into the server: the briefing job, ingest and the demo. */
package org.civicbrief.app.serve;
