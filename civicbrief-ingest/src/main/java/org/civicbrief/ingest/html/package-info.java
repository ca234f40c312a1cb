/** Reads news pages: metadata from meta tags and JSON-LD, body paragraphs from the main content. */
package org.civicbrief.ingest.html;
