package org.civicbrief.spark.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PositionPartitionerTest {

  @Test
  void partitionsHoldContiguousRangesInPositionOrder() {
    PositionPartitioner p = new PositionPartitioner(200, 8);
    List<Integer> parts = new ArrayList<>();
    for (long position = 1; position <= 200; position++) {
      parts.add(p.getPartition(position));
    }
    assertThat(parts).isSorted();
    assertThat(parts).containsOnly(0, 1, 2, 3, 4, 5, 6, 7);
    assertThat(parts.stream().filter(i -> i == 0).count()).isEqualTo(25);
  }

  @Test
  void theAutomaticCountIsOnePer50RecordsAndAtLeastFourPerCore() {
    assertThat(BatchJob.partitions(0, 200, 2)).isEqualTo(8);
    assertThat(BatchJob.partitions(0, 200, 1)).isEqualTo(4);
    assertThat(BatchJob.partitions(0, 100_000, 8)).isEqualTo(2000);
    assertThat(BatchJob.partitions(0, 3, 8)).isEqualTo(3);
    assertThat(BatchJob.partitions(5, 200, 2)).isEqualTo(5);
  }
}
