package org.civicbrief.store.article;

import java.nio.ByteBuffer;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.civicbrief.core.dedupe.DuplicateIndex;
import org.civicbrief.core.dedupe.Fingerprint;
import org.civicbrief.core.dedupe.FingerprintText;
import org.civicbrief.store.db.Row;
import org.civicbrief.store.db.StoreException;
import org.civicbrief.store.db.Transaction;

/**
 * The {@link DuplicateIndex} of the stored originals, read and written in one transaction: a row of
 * {@code fingerprints} per original and a row of {@code fingerprint_bands} per distinct band key.
 */
final class StoredFingerprints implements DuplicateIndex {

  private final Transaction tx;

  StoredFingerprints(Transaction tx) {
    this.tx = tx;
  }

  @Override
  public Optional<String> withContentHash(String contentHash) {
    return query(
        () ->
            tx.one(
                "SELECT article_id FROM fingerprints WHERE text_hash = ? ORDER BY article_id LIMIT"
                    + " 1",
                r -> String.valueOf(r.number("article_id")),
                contentHash));
  }

  @Override
  public List<String> sharingABand(long[] bandKeys) {
    Set<Long> keys = keys(bandKeys);
    if (keys.isEmpty()) {
      return List.of();
    }
    String marks = String.join(", ", java.util.Collections.nCopies(keys.size(), "?"));
    return query(
        () ->
            tx.list(
                "SELECT DISTINCT article_id FROM fingerprint_bands WHERE band_key IN ("
                    + marks
                    + ") ORDER BY article_id",
                r -> String.valueOf(r.number("article_id")),
                keys.toArray()));
  }

  @Override
  public Optional<Fingerprint> fingerprint(String articleId) {
    return query(
        () ->
            tx.one(
                "SELECT text_hash, shingles, min_hash FROM fingerprints WHERE article_id = ?",
                StoredFingerprints::fingerprint,
                Long.parseLong(articleId)));
  }

  @Override
  public void add(String articleId, Fingerprint fingerprint) {
    long id = Long.parseLong(articleId);
    query(
        () -> {
          tx.update(
              "INSERT INTO fingerprints (article_id, text_hash, shingles, min_hash) VALUES (?, ?,"
                  + " ?, ?)",
              id,
              fingerprint.contentHash(),
              fingerprint.shingles(),
              bytes(fingerprint.minHash()));
          for (long key : keys(fingerprint.bandKeys())) {
            tx.update(
                "INSERT INTO fingerprint_bands (band_key, article_id) VALUES (?, ?) ON CONFLICT"
                    + " DO NOTHING",
                key,
                id);
          }
          return null;
        });
  }

  // A band key only matches the same band of another text.
  private static Set<Long> keys(long[] bandKeys) {
    Set<Long> out = new LinkedHashSet<>();
    for (int b = 0; b < bandKeys.length; b++) {
      out.add(bandKeys[b] * 31 + b * 0x632BE59BD9B4E019L);
    }
    return out;
  }

  private static Fingerprint fingerprint(Row r) throws SQLException {
    byte[] raw = r.optBytes("min_hash").orElseThrow(() -> new SQLException("min_hash is null"));
    ByteBuffer in = ByteBuffer.wrap(raw);
    long[] minHash = new long[FingerprintText.HASHES];
    for (int i = 0; i < minHash.length; i++) {
      minHash[i] = in.getLong();
    }
    return new Fingerprint(r.text("text_hash"), (int) r.number("shingles"), minHash);
  }

  private static byte[] bytes(long[] values) {
    ByteBuffer out = ByteBuffer.allocate(values.length * Long.BYTES);
    for (long v : values) {
      out.putLong(v);
    }
    return out.array();
  }

  private interface Query<T> {
    T run() throws SQLException;
  }

  // The port's methods cannot throw SQLException; the transaction rolls back on this instead.
  private static <T> T query(Query<T> q) {
    try {
      return q.run();
    } catch (SQLException e) {
      throw new StoreException("cannot read the duplicate index: " + e.getMessage(), e);
    }
  }
}
