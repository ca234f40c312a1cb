package org.civicbrief.spark.job;

import java.util.Iterator;
import java.util.Objects;
import java.util.stream.StreamSupport;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.civicbrief.pipeline.PipelineSpec;
import org.civicbrief.spark.io.InputRecord;
import scala.Tuple2;

/**
 * Briefs the records of one partition, in order, with the pipeline of the executor's JVM. Records
 * are briefed as the output asks for them, so a partition is never held in memory whole.
 *
 * @param spec the pipeline settings
 * @param storyFeatures whether to extract story features
 */
record BriefRecords(PipelineSpec spec, boolean storyFeatures)
    implements FlatMapFunction<Iterator<Tuple2<Long, InputRecord>>, BriefedRecord> {

  BriefRecords {
    Objects.requireNonNull(spec, "spec");
  }

  @Override
  public Iterator<BriefedRecord> call(Iterator<Tuple2<Long, InputRecord>> records) {
    ExecutorPipeline.Loaded loaded = ExecutorPipeline.forSpec(spec);
    BriefOne one = new BriefOne(loaded.pipeline(), storyFeatures);
    Iterable<Tuple2<Long, InputRecord>> iterable = () -> records;
    return StreamSupport.stream(iterable.spliterator(), false)
        .map(t -> one.brief(t._2()))
        .iterator();
  }
}
