#!/usr/bin/env bash
# Runs the web module's tests N times in a row (default 20) and counts the runs that failed, to show
# that no test in it is flaky. Each round builds the upstream modules if they changed and runs only
# civicbrief-web's tests (including the Chromium journeys, which need Debian's chromium). Nothing is
# installed into the local Maven repository.
# Usage: civicbrief-bench/scripts/web-tests-repeat.sh [ROUNDS]
set -euo pipefail

rounds="${1:-20}"
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
log=$(mktemp -d /tmp/civicbrief-web-tests.XXXXXX)
failed=0
for i in $(seq 1 "$rounds"); do
  start=$(date +%s)
  if ./mvnw -B -o -pl civicbrief-web -am -Djacoco.skip=true -Dspotless.check.skip=true \
    -Dtest='org/civicbrief/web/**/*' -Dsurefire.failIfNoSpecifiedTests=false test >"$log/round-$i.log" 2>&1; then
    result=passed
  else
    result=FAILED
    failed=$((failed + 1))
  fi
  summary=$(grep -E '^\[(INFO|ERROR|WARNING)\] Tests run: [0-9]+, Failures' "$log/round-$i.log" | tail -n 1 |
    sed -E 's/^\[[A-Z]+\] //')
  echo "round $i: $result in $(($(date +%s) - start)) s ($summary)"
done
echo "$((rounds - failed)) passed, $failed failed (logs in $log)"
[ "$failed" -eq 0 ]
