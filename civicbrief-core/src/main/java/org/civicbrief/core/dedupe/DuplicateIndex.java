package org.civicbrief.core.dedupe;

import java.util.List;
import java.util.Optional;

/**
 * The port where the fingerprints of stored articles live, looked up by content hash and by MinHash
 * band. The store implements it with a table of fingerprints and a table of band keys; {@link
 * InMemoryDuplicateIndex} serves the command line and the tests.
 */
public interface DuplicateIndex {

  /** The article whose normalized text has {@code contentHash}, if one is stored. */
  Optional<String> withContentHash(String contentHash);

  /**
   * The articles that share at least one of {@code bandKeys}, each once, in the order they were
   * added.
   */
  List<String> sharingABand(long[] bandKeys);

  /** The fingerprint of article {@code articleId}, if it is stored. */
  Optional<Fingerprint> fingerprint(String articleId);

  /** Stores the fingerprint of an original article (duplicates are not added). */
  void add(String articleId, Fingerprint fingerprint);
}
