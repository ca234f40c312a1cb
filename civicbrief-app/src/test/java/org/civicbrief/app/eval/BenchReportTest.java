package org.civicbrief.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchReportTest {

  @Test
  void theTableShowsCpuAndJitTimeSoAWarmPassCanBeTold() {
    Bench.Pass cold = new Bench.Pass(1, 200, 16.0, 220_000, 60, 3, 10, 2, 33.0, 17.5);
    Bench.Pass warm = new Bench.Pass(2, 200, 7.5, 220_000, 59, 3, 11, 2, 14.7, 0.4);
    String table =
        new Bench.Report(1.5, 1200, 0, List.of(), List.of(cold, warm), 700L << 20, 186L << 20)
            .table();
    List<String> lines = table.lines().toList();
    assertThat(lines.getFirst()).endsWith("CPU s  JIT s");
    assertThat(lines.get(2)).endsWith("33.0   17.5");
    assertThat(lines.get(3)).endsWith("14.7    0.4");
    assertThat(warm.articlesPerMinute()).isEqualTo(1600.0);
  }
}
