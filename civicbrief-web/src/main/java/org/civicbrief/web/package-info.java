/** The civicbrief server: reader and editor pages, the REST API and the Atom feed, on Javalin. */
package org.civicbrief.web;
