package org.civicbrief.spark.job;

import java.util.Arrays;
import org.apache.spark.Partitioner;

/**
 * Splits positions {@code 1..positions} into contiguous ranges, one per partition, so partition
 * {@code i} holds the records before those of partition {@code i + 1}. Writing the partitions in
 * order then writes the records in input order, with no sort of the output. The positions are known
 * from reading, so no sample is needed to find the ranges.
 *
 * <p>The ranges are equal when a number of partitions is asked for. Otherwise {@link #forCores}
 * makes them shrink towards the end of the input. Spark hands a free core the next partition in
 * order, so the cores that finish early take the small partitions at the end while the others
 * finish theirs, and the stage ends with every core busy until a few articles before the end
 * (guided self-scheduling). With equal ranges a core idles, on average, for half a partition.
 */
final class PositionPartitioner extends Partitioner {

  /** The most records in one partition: a retried task repeats at most this much briefing. */
  static final int MOST_PER_PARTITION = 50;

  /** The first position of each partition, ascending; the first is 1. */
  private final long[] starts;

  /** One past the last position. */
  private final long end;

  private PositionPartitioner(long[] starts, long positions) {
    this.starts = starts;
    this.end = positions + 1;
  }

  /** {@code partitions} ranges of equal size (as near as whole records allow). */
  static PositionPartitioner equal(long positions, int partitions) {
    if (partitions < 1) {
      throw new IllegalArgumentException("partitions must be at least 1, got " + partitions);
    }
    long n = Math.max(1, positions);
    long[] starts = new long[partitions];
    for (int i = 0; i < partitions; i++) {
      // Positions stay far below 2^63 / partitions (a trillion lines, a hundred thousand parts).
      starts[i] = 1 + ceilDiv(i * n, partitions);
    }
    return new PositionPartitioner(starts, n);
  }

  /**
   * The ranges for {@code cores} cores: at least four partitions per core and at most {@value
   * #MOST_PER_PARTITION} records in each, and with more than one core, ranges that shrink to one
   * record over the last stretch. Each range past the full-size ones holds 1/(2 × cores) of the
   * records still left, so a core that takes it is done while the others work through theirs.
   */
  static PositionPartitioner forCores(long positions, int cores) {
    if (cores < 1) {
      throw new IllegalArgumentException("cores must be at least 1, got " + cores);
    }
    long n = Math.max(1, positions);
    long full = Math.max(1, Math.min(MOST_PER_PARTITION, n / (4L * cores)));
    if (cores == 1) {
      // One core runs the partitions back to back: there is no tail to trim.
      return equal(n, (int) Math.min(Integer.MAX_VALUE, ceilDiv(n, full)));
    }
    long[] starts = new long[16];
    int count = 0;
    long next = 1;
    while (next <= n) {
      long left = n - next + 1;
      long size = Math.min(full, ceilDiv(left, 2L * cores));
      if (count == starts.length) {
        starts = Arrays.copyOf(starts, count * 2);
      }
      starts[count++] = next;
      next += size;
    }
    return new PositionPartitioner(Arrays.copyOf(starts, count), n);
  }

  @Override
  public int numPartitions() {
    return starts.length;
  }

  @Override
  public int getPartition(Object key) {
    int i = Arrays.binarySearch(starts, (Long) key);
    // Not a start: the partition is the one whose range began before the key.
    int partition = i >= 0 ? i : -i - 2;
    return Math.max(0, Math.min(starts.length - 1, partition));
  }

  /** The number of positions in partition {@code i}. */
  long size(int i) {
    return (i + 1 < starts.length ? starts[i + 1] : end) - starts[i];
  }

  private static long ceilDiv(long a, long b) {
    return (a + b - 1) / b;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PositionPartitioner p && p.end == end && Arrays.equals(p.starts, starts);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(starts) * 31 + Long.hashCode(end);
  }
}
