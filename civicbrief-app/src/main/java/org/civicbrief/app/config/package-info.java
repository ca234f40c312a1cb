/** The configuration tree and how it is loaded. */
package org.civicbrief.app.config;
