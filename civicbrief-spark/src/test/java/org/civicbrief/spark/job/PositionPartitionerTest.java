package org.civicbrief.spark.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PositionPartitionerTest {

  @Test
  void equalPartitionsHoldContiguousRangesInPositionOrder() {
    PositionPartitioner p = PositionPartitioner.equal(200, 8);
    assertThat(partitionsOf(p, 200)).isSorted().containsOnly(0, 1, 2, 3, 4, 5, 6, 7);
    assertThat(sizes(p)).containsOnly(25L);
  }

  @Test
  void equalPartitionsDifferByAtMostOneRecord() {
    PositionPartitioner p = PositionPartitioner.equal(10, 4);
    assertThat(sizes(p)).containsExactly(3L, 2L, 3L, 2L);
    assertThat(partitionsOf(p, 10)).containsExactly(0, 0, 0, 1, 1, 2, 2, 2, 3, 3);
  }

  @Test
  void onOneCoreThePartitionsAreEqualAndHoldAtMost50Records() {
    assertThat(sizes(PositionPartitioner.forCores(200, 1))).containsExactly(50L, 50L, 50L, 50L);
    PositionPartitioner big = PositionPartitioner.forCores(100_000, 1);
    assertThat(big.numPartitions()).isEqualTo(2000);
    assertThat(sizes(big)).containsOnly(50L);
  }

  @Test
  void onSeveralCoresThePartitionsShrinkToOneRecordAtTheEnd() {
    PositionPartitioner p = PositionPartitioner.forCores(200, 2);
    // Four per core of 25 while much is left, then a quarter of what is left, down to one.
    assertThat(sizes(p))
        .containsExactly(
            25L, 25L, 25L, 25L, 25L, 19L, 14L, 11L, 8L, 6L, 5L, 3L, 3L, 2L, 1L, 1L, 1L, 1L);
    assertThat(partitionsOf(p, 200)).isSorted();
    assertThat(sizes(p).stream().mapToLong(Long::longValue).sum()).isEqualTo(200);
  }

  @Test
  void onALargeInputOnlyTheLastStretchShrinks() {
    PositionPartitioner p = PositionPartitioner.forCores(100_000, 8);
    List<Long> sizes = sizes(p);
    assertThat(sizes.stream().mapToLong(Long::longValue).sum()).isEqualTo(100_000);
    assertThat(sizes).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    assertThat(sizes.getFirst()).isEqualTo(50);
    assertThat(sizes.getLast()).isEqualTo(1);
    // 1,984 full partitions and a tail of a few dozen small ones.
    assertThat(sizes.stream().filter(s -> s == 50).count()).isGreaterThan(1_980);
    assertThat(p.numPartitions()).isLessThan(2_100);
  }

  @Test
  void fewRecordsGetOnePartitionEach() {
    assertThat(sizes(PositionPartitioner.forCores(3, 8))).containsExactly(1L, 1L, 1L);
    assertThat(sizes(PositionPartitioner.forCores(0, 2))).containsExactly(1L);
  }

  @Test
  void anAskedForCountGivesEqualPartitions() {
    assertThat(BatchJob.partitioner(5, 200, 2)).isEqualTo(PositionPartitioner.equal(200, 5));
    assertThat(BatchJob.partitioner(0, 200, 2)).isEqualTo(PositionPartitioner.forCores(200, 2));
    assertThat(BatchJob.partitioner(0, 200, 0)).isEqualTo(PositionPartitioner.forCores(200, 1));
  }

  @Test
  void nonsenseCountsAreRefused() {
    assertThatThrownBy(() -> PositionPartitioner.equal(10, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PositionPartitioner.forCores(10, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static List<Integer> partitionsOf(PositionPartitioner p, long positions) {
    List<Integer> parts = new ArrayList<>();
    for (long position = 1; position <= positions; position++) {
      parts.add(p.getPartition(position));
    }
    return parts;
  }

  private static List<Long> sizes(PositionPartitioner p) {
    return IntStream.range(0, p.numPartitions()).mapToObj(p::size).toList();
  }
}
