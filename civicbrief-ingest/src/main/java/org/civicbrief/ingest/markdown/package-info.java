/** Reads Markdown articles as plain paragraphs, with YAML front matter as metadata. */
package org.civicbrief.ingest.markdown;
