package org.civicbrief.spark.job;

import org.apache.spark.Partitioner;

/**
 * Splits positions {@code 1..positions} into contiguous, equal ranges, one per partition, so
 * partition {@code i} holds the records before those of partition {@code i + 1}. Writing the
 * partitions in order then writes the records in input order, with no sort of the output. The
 * positions are known from reading, so no sample is needed to find the ranges.
 */
final class PositionPartitioner extends Partitioner {

  private final long positions;
  private final int partitions;

  PositionPartitioner(long positions, int partitions) {
    if (partitions < 1) {
      throw new IllegalArgumentException("partitions must be at least 1, got " + partitions);
    }
    this.positions = Math.max(1, positions);
    this.partitions = partitions;
  }

  @Override
  public int numPartitions() {
    return partitions;
  }

  @Override
  public int getPartition(Object key) {
    // Positions stay far below 2^63 / partitions (a trillion lines, a hundred thousand partitions).
    long p = ((Long) key - 1) * partitions / positions;
    return (int) Math.max(0, Math.min(partitions - 1, p));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PositionPartitioner p
        && p.positions == positions
        && p.partitions == partitions;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(positions) * 31 + partitions;
  }
}
