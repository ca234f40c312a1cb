/** The Stanford CoreNLP adapter: CoreNLP annotations in, the project's own records out. */
package org.civicbrief.nlp.corenlp;
