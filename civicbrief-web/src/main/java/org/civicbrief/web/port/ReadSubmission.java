package org.civicbrief.web.port;

import org.civicbrief.core.common.Outcome;
import org.civicbrief.store.article.Submission;

/**
 * Turns what an editor handed in into an article the store can keep and the pipeline can brief:
 * fetches links through the address guard, extracts text from HTML and checks the result. The
 * application implements it with the ingest module, which the server does not know.
 */
@FunctionalInterface
public interface ReadSubmission {

  /**
   * Reads {@code input}; input that is not a usable article (empty, too short, not English, a
   * refused or failing URL) is a failed outcome with a one-line reason for the editor.
   */
  Outcome<Submission> read(ArticleInput input);
}
