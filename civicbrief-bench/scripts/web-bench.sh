#!/usr/bin/env bash
# Benchmark of `civicbrief serve` beside nginx, on loopback, with wrk.
#
# Starts the server on an empty data folder (the demo articles are briefed and published), saves
# one published briefing page as a static file for nginx, then runs wrk against:
#   1. nginx serving that file,
#   2. civicbrief serving the same briefing page,
#   3. civicbrief taking quiz submissions (form posts that are marked and stored).
# Each run: wrk -t2 -c64 -d15s --latency, after a warm-up. Everything stops by itself; the
# temporary folder is removed at the end.
#
# Needs wrk and nginx (Debian: apt-get install -y wrk nginx) and curl.
# Usage: civicbrief-bench/scripts/web-bench.sh [DURATION] [CONNECTIONS]
set -euo pipefail

duration="${1:-15s}"
connections="${2:-64}"
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d /tmp/civicbrief-web-bench.XXXXXX)
# nginx workers run as an unprivileged user; they must be able to read the saved page.
chmod 755 "$work"
app_port=18080
nginx_port=18081
server_pid=
nginx_pid=

cleanup() {
  [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null || true
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

for tool in wrk nginx curl; do
  command -v "$tool" >/dev/null || { echo "web-bench: $tool is missing (apt-get install -y wrk nginx curl)" >&2; exit 1; }
done

echo "== starting civicbrief serve on 127.0.0.1:$app_port (data in $work/data)"
# The quiz limit is raised so that wrk, one address, measures the work and not the refusal.
"$root/civicbrief" --set server.quizPerMinute=1000000 serve --data "$work/data" --port "$app_port" \
  >"$work/serve.out" 2>"$work/serve.err" </dev/null &
server_pid=$!

base="http://127.0.0.1:$app_port"
for _ in $(seq 1 600); do
  total=$( (curl -fs "$base/api/v1/briefings" 2>/dev/null || true) | sed -n 's/^{"total":\([0-9]*\).*/\1/p')
  [ "${total:-0}" -ge 5 ] && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/serve.err" >&2; exit 1; }
  sleep 1
done
[ "${total:-0}" -ge 5 ] || { echo "web-bench: the demo briefings were not published in 10 minutes" >&2; exit 1; }
id=$(curl -fs "$base/api/v1/briefings?limit=1" | sed -n 's/.*"items":\[{"id":\([0-9]*\).*/\1/p')
page="/briefings/$id"
echo "== briefing page: $base$page ($(curl -fs "$base$page" | wc -c) bytes)"

mkdir -p "$work/www/briefings" "$work/nginx"
curl -fs "$base$page" >"$work/www/briefings/$id"
cat >"$work/nginx/nginx.conf" <<EOF
worker_processes auto;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  default_type text/html;
  client_body_temp_path $work/nginx/body;
  proxy_temp_path $work/nginx/proxy;
  fastcgi_temp_path $work/nginx/fastcgi;
  uwsgi_temp_path $work/nginx/uwsgi;
  scgi_temp_path $work/nginx/scgi;
  server {
    listen 127.0.0.1:$nginx_port;
    root $work/www;
  }
}
EOF
nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" -g 'daemon off;' &
nginx_pid=$!
sleep 1

# The quiz: a visitor cookie, its CSRF token, the quiz version and an answer to every question.
jar="$work/cookies.txt"
quiz_html=$(curl -fs -c "$jar" "$base$page/quiz")
csrf=$(printf '%s' "$quiz_html" | sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p' | head -1)
quiz=$(printf '%s' "$quiz_html" | sed -n 's/.*name="quiz" value="\([0-9]*\)".*/\1/p' | head -1)
visitor=$(awk '$6 == "cb_visitor" { print $7 }' "$jar")
body="csrf=$(printf '%s' "$csrf" | sed 's/=/%3D/g')&quiz=$quiz"
for field in $(printf '%s' "$quiz_html" | grep -o 'name="a\.[^"]*" value="0"' | sed 's/name="\([^"]*\)".*/\1/'); do
  body="$body&$(printf '%s' "$field" | sed 's/\./%2E/')=0"
done
cat >"$work/quiz.lua" <<EOF
wrk.method = "POST"
wrk.body = "$body"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Cookie"] = "cb_visitor=$visitor"
EOF
status=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" -H 'Content-Type: application/x-www-form-urlencoded' --data "$body" "$base$page/quiz")
[ "$status" = 303 ] || { echo "web-bench: a quiz post answered $status, not 303" >&2; exit 1; }

# CPU time (user + system, in clock ticks) a process and its children have used so far.
cpu() {
  local total=0 pid
  for pid in "$@" $(pgrep -P "$1" 2>/dev/null || true); do
    [ -r "/proc/$pid/stat" ] || continue
    total=$((total + $(awk '{ print $14 + $15 }' "/proc/$pid/stat")))
  done
  echo "$total"
}

# wrk against a URL; also prints the server's CPU time per request, which unlike the rate does not
# depend on what else the machine is doing.
run() {
  local name=$1 pid=$2; shift 2
  echo
  echo "== $name"
  local before after out requests
  before=$(cpu "$pid")
  out=$(wrk -t2 -c"$connections" -d"$duration" --latency "$@")
  after=$(cpu "$pid")
  echo "$out"
  requests=$(echo "$out" | sed -n 's/^ *\([0-9]*\) requests in.*/\1/p')
  awk -v t="$((after - before))" -v hz="$(getconf CLK_TCK)" -v n="$requests" \
    'BEGIN { printf "Server CPU per request: %.1f us\n", t / hz / n * 1e6 }'
}

echo "== warming up (JIT) for 10 s each"
wrk -t2 -c"$connections" -d10s "$base$page" >/dev/null
wrk -t2 -c"$connections" -d10s -s "$work/quiz.lua" "$base$page/quiz" >/dev/null
wrk -t2 -c"$connections" -d3s "http://127.0.0.1:$nginx_port$page" >/dev/null

echo "== load on this machine before measuring: $(cut -d' ' -f1-3 /proc/loadavg)"
run "nginx $(nginx -v 2>&1 | sed 's/.*nginx\///'): the saved briefing page as a static file" "$nginx_pid" \
  "http://127.0.0.1:$nginx_port$page"
run "civicbrief: the briefing page" "$server_pid" "$base$page"
run "civicbrief: quiz submission (POST, marked and stored, answered 303)" "$server_pid" \
  -s "$work/quiz.lua" "$base$page/quiz"
