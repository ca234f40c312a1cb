/** The editors' pages: submit articles, follow their jobs, review, publish and unpublish. */
package org.civicbrief.web.editor;
