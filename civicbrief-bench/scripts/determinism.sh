#!/usr/bin/env bash
# Briefs a JSON Lines corpus in several orders, on one and two threads, and as a Spark job on one
# and three partitions, and checks that every record gets the same bytes each time: a briefing
# must depend on its record and the configuration only (docs/BENCHMARKS.md, "Determinism").
#
# usage: civicbrief-bench/scripts/determinism.sh CORPUS.jsonl [WORK_FOLDER]
# The corpus is read where it is; nothing of it is copied into the repository.
set -euo pipefail

corpus=$(realpath "$1")
work=${2:-$(mktemp -d)}
mkdir -p "$work"
cd "$(dirname "$0")/../.."

# A fixed shuffle, so a failure can be repeated.
shuf --random-source=<(yes civicbrief) "$corpus" > "$work/shuffled.jsonl"
tac "$corpus" > "$work/reversed.jsonl"

run() { # name threads input
  CIVICBRIEF_BRIEF_THREADS=$2 ./civicbrief brief --batch="$3" -o "$work/$1.jsonl" > /dev/null 2>&1
}
run in-order-1-thread 1 "$corpus"
run in-order-2-threads 2 "$corpus"
run shuffled-2-threads 2 "$work/shuffled.jsonl"
run reversed-1-thread 1 "$work/reversed.jsonl"
./civicbrief batch --in "$corpus" --out "$work/spark-1" --partitions 1 > /dev/null 2>&1
cat "$work"/spark-1/briefings/part-* > "$work/spark-1-partition.jsonl"
./civicbrief batch --in "$work/shuffled.jsonl" --out "$work/spark-3" --partitions 3 > /dev/null 2>&1
cat "$work"/spark-3/briefings/part-* > "$work/spark-3-partitions-shuffled.jsonl"

# One line a record: the same set of lines means the same bytes for every record.
reference=$(sort "$work/in-order-1-thread.jsonl" | sha256sum | cut -c1-16)
records=$(wc -l < "$work/in-order-1-thread.jsonl")
status=0
for name in in-order-2-threads shuffled-2-threads reversed-1-thread spark-1-partition \
    spark-3-partitions-shuffled; do
  digest=$(sort "$work/$name.jsonl" | sha256sum | cut -c1-16)
  if [[ "$digest" == "$reference" ]]; then
    echo "same   $name ($records records)"
  else
    differ=$(comm -13 <(sort "$work/in-order-1-thread.jsonl") <(sort "$work/$name.jsonl") | wc -l)
    echo "DIFFER $name: $differ of $records records"
    status=1
  fi
done
echo "outputs in $work"
exit $status
