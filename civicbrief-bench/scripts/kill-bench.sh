#!/usr/bin/env bash
# kill -9 of `civicbrief serve` while clients post quiz attempts over HTTP, then a count after
# restart: every attempt the server acknowledged (303 for the form, 201 for the API) must be stored.
#
# Starts the server on a new data folder (the demo briefings are published by its job queue),
# runs civicbrief-bench's AckedAttempts (CONNECTIONS clients, each writing the acknowledged ids),
# kills the server with SIGKILL after KILL_AFTER seconds, restarts it on the same folder (SQLite
# recovers its write-ahead log), stops it, and counts the acknowledged ids missing from
# quiz_attempts. With wrk installed, wrk (-t2, WRK_CONNECTIONS, default 128) posts beside it at full
# rate and counts its own acknowledged answers in Lua: the new rows must be at least both counts
# together. (The JDK's HTTP client costs far more CPU a request than wrk, so it gives the ids and
# wrk the load.) The temporary folder is removed at the end unless KEEP=1.
#
# Needs curl, sqlite3 and a JDK 21+ (JAVA, default: the launcher's); wrk is optional. Usage:
#   civicbrief-bench/scripts/kill-bench.sh [form|api] [CONNECTIONS] [KILL_AFTER] [ROUNDS]
set -euo pipefail

mode="${1:-form}"
connections="${2:-16}"
wrk_connections="${WRK_CONNECTIONS:-128}"
kill_after="${3:-10}"
rounds="${4:-1}"
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d /tmp/civicbrief-kill-bench.XXXXXX)
port=18090
base="http://127.0.0.1:$port"
server_pid=

cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
  wait 2>/dev/null || true
  [ "${KEEP:-}" = 1 ] || rm -rf "$work"
}
trap cleanup EXIT

for tool in curl sqlite3; do
  command -v "$tool" >/dev/null || { echo "kill-bench: $tool is missing" >&2; exit 1; }
done
# shellcheck source=../../.mvn/find-jdk.sh
. "$root/.mvn/find-jdk.sh"
civicbrief_find_jdk || exit 1
java="${JAVA:-$JAVA_HOME/bin/java}"

serve() {
  "$root/civicbrief" --set server.quizPerMinute=1000000 --set server.quizPerMinutePerAddress=100000000 \
    serve --data "$work/data" --port "$port" >>"$work/serve.out" 2>>"$work/serve.err" </dev/null &
  server_pid=$!
  for _ in $(seq 1 120); do
    curl -fs -o /dev/null "$base/" 2>/dev/null && return 0
    kill -0 "$server_pid" 2>/dev/null || { tail -20 "$work/serve.err" >&2; exit 1; }
    sleep 0.5
  done
  echo "kill-bench: the server did not answer in 60 s" >&2
  exit 1
}

echo "== starting civicbrief serve on $base (data in $work/data)"
serve
for _ in $(seq 1 600); do
  total=$( (curl -fs "$base/api/v1/briefings" 2>/dev/null || true) | sed -n 's/^{"total":\([0-9]*\).*/\1/p')
  [ "${total:-0}" -ge 5 ] && break
  sleep 1
done
[ "${total:-0}" -ge 5 ] || { echo "kill-bench: the demo briefings were not published" >&2; exit 1; }
id=$(curl -fs "$base/api/v1/briefings?limit=1" | sed -n 's/.*"items":\[{"id":\([0-9]*\).*/\1/p')
quiz=$(curl -fs "$base/api/v1/briefings/$id" | sed -n 's/.*"quizId":\([0-9]*\).*/\1/p')

# What wrk posts, and the answer that acknowledges it.
if [ "$mode" = api ]; then
  printf 'kill-bench-password\n' | "$root/civicbrief" admin create-user --data "$work/data" \
    --username=loadreader --role=reader >/dev/null
  export CIVICBRIEF_TOKEN
  CIVICBRIEF_TOKEN=$("$root/civicbrief" admin create-token --data "$work/data" --username=loadreader 2>/dev/null)
  target="$base/api/v1/quizzes/$quiz"
  answers=$(curl -fs "$target" | grep -o '"id":"q-[^"]*"' | sed 's/"id":"\([^"]*\)"/"\1":0/' | paste -sd, -)
  body="{\"answers\":{$answers},\"readerId\":\"wrk-reader\"}"
  headers="wrk.headers['Content-Type'] = 'application/json'
wrk.headers['Authorization'] = 'Bearer $CIVICBRIEF_TOKEN'"
  wrk_url="$target/attempts"
  ok=201
else
  target="$base/briefings/$id"
  jar="$work/cookies.txt"
  html=$(curl -fs -c "$jar" "$target/quiz")
  csrf=$(printf '%s' "$html" | sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p' | head -1)
  body="csrf=$csrf&quiz=$quiz"
  for field in $(printf '%s' "$html" | grep -o 'name="a\.[^"]*" value="0"' | sed 's/name="\([^"]*\)".*/\1/'); do
    body="$body&$(printf '%s' "$field" | sed 's/\./%2E/')=0"
  done
  headers="wrk.headers['Content-Type'] = 'application/x-www-form-urlencoded'
wrk.headers['Cookie'] = 'cb_visitor=$(awk '$6 == "cb_visitor" { print $7 }' "$jar")'"
  wrk_url="$target/quiz"
  ok=303
fi
cat >"$work/post.lua" <<LUA
wrk.method = "POST"
wrk.body = '$body'
$headers
local threads = {}
function setup(thread) table.insert(threads, thread) end
acked = 0
function response(status, headers, body) if status == $ok then acked = acked + 1 end end
function done(summary, latency, requests)
  local n = 0
  for _, t in ipairs(threads) do n = n + t:get("acked") end
  io.write("wrk acknowledged: ", n, "\n")
end
LUA

for round in $(seq 1 "$rounds"); do
  if command -v wrk >/dev/null; then
    # A server that has just started runs interpreted code; warm it up so the kill comes at speed.
    wrk -t2 -c"$wrk_connections" -d15s -s "$work/post.lua" "$wrk_url" >/dev/null 2>&1
  fi
  before=$(sqlite3 "$work/data/civicbrief.db" 'select count(*) from quiz_attempts')
  echo
  echo "== round $round: $mode posts from $connections clients; kill -9 after $kill_after s"
  "$java" "$root/civicbrief-bench/src/main/java/org/civicbrief/bench/AckedAttempts.java" \
    "$mode" "$target" "$connections" 300 "$work/acked-$round.txt" >"$work/load-$round.txt" 2>&1 &
  load_pid=$!
  # Its clients first take their cookies and tokens; wrk starts once they post.
  until grep -q 'clients posting' "$work/load-$round.txt"; do
    kill -0 "$load_pid" 2>/dev/null || { cat "$work/load-$round.txt" >&2; exit 1; }
    sleep 0.2
  done
  wrk_pid=
  if command -v wrk >/dev/null; then
    wrk -t2 -c"$wrk_connections" -d"$((kill_after + 3))s" -s "$work/post.lua" "$wrk_url" \
      >"$work/wrk-$round.txt" 2>&1 &
    wrk_pid=$!
  fi
  sleep "$kill_after"
  kill -9 "$server_pid"
  wait "$server_pid" 2>/dev/null || true
  server_pid=
  wait "$load_pid"
  cat "$work/load-$round.txt"
  wrk_acked=0
  if [ -n "$wrk_pid" ]; then
    wait "$wrk_pid" || true
    wrk_acked=$(sed -n 's/^wrk acknowledged: //p' "$work/wrk-$round.txt")
    grep -E 'requests in|Socket errors|Non-2xx' "$work/wrk-$round.txt" | sed 's/^/wrk: /' || true
  fi
  echo "== restarting on the same data folder"
  serve
  kill "$server_pid"
  wait "$server_pid" 2>/dev/null || true
  server_pid=
  after=$(sqlite3 "$work/data/civicbrief.db" 'select count(*) from quiz_attempts')
  missing=$(sqlite3 "$work/data/civicbrief.db" <<SQL
create temp table acked (id integer primary key);
.mode csv
.import $work/acked-$round.txt acked
select count(*) from acked where id not in (select id from quiz_attempts);
SQL
)
  acked=$(wc -l <"$work/acked-$round.txt")
  stored=$((after - before))
  verdict="LOST ATTEMPTS"
  [ "$missing" = 0 ] && [ "$stored" -ge $((acked + wrk_acked)) ] && verdict="none lost"
  echo "round $round: acknowledged $acked with ids + $wrk_acked by wrk = $((acked + wrk_acked));" \
    "stored $stored new attempts; acknowledged ids missing: $missing; $verdict"
  serve
done
