/** Sentence embeddings in-process with a quantized BGE-small ONNX model that ships in a jar. */
package org.civicbrief.nlp.embed;
