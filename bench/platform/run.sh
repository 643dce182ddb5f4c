#!/usr/bin/env bash
# The app's cheapest answers against the platform's own limit, in one run: a hello-world Kestrel app is measured
# first, then the published app on SQLite with N synthetic reports; every path is driven by wrk on loopback for a
# bounded time and printed with its requests per second and its ratio to the hello-world figure.
#   bench/platform/run.sh [reports=1000000] [seconds-per-path=10] [connections=16]
# BENCH_BEFORE=<commit> also publishes that commit of the app (git archive, into the temporary folder) and measures
# it on the same database right after, for a before/after table from one run.
# Needs wrk (apt-get install -y wrk). BENCH_PORT picks the ports (default 5310 for the reference, +1 for the app).
set -euo pipefail
reports=${1:-1000000}
seconds=${2:-10}
connections=${3:-16}
if [ "$seconds" -gt 60 ]; then seconds=60; fi
port=${BENCH_PORT:-5310}
root=$(cd "$(dirname "$0")/../.." && pwd)
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }

work=$(mktemp -d)
pid=
stop() { if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; pid=; fi; }
cleanup() { stop; rm -rf "$work"; }
trap cleanup EXIT

wait_for() {
  for _ in $(seq 1 120); do
    if curl -fsS -o /dev/null "$1" 2>/dev/null; then return 0; fi
    sleep 1
  done
  echo "$1 did not answer" >&2; exit 1
}

# wrk's requests per second for one address (loopback only), with the headers a browser would send.
rps() {
  local url=$1; shift
  case "$url" in http://127.0.0.1:*) ;; *) echo "not a loopback address: $url" >&2; exit 2 ;; esac
  wrk -t2 -c"$connections" -d"${seconds}s" --latency "$@" "$url" >"$work/wrk.txt"
  if grep -q "Non-2xx" "$work/wrk.txt"; then echo "$url answered errors:" >&2; cat "$work/wrk.txt" >&2; exit 1; fi
  awk '/Requests\/sec/ { printf "%d", $2 }' "$work/wrk.txt"
}

p50() { awk '$1 == "50%" { print $2 }' "$work/wrk.txt"; }

echo "Building (Release): the reference, the statistics filler, the published app"
dotnet build "$root/bench/platform/hello" -c Release -nologo -v quiet >/dev/null
dotnet build "$root/bench/statistics" -c Release -nologo -v quiet >/dev/null
dotnet publish "$root/src/Wbs.Web" -c Release -nologo -v quiet -o "$work/app" >"$work/publish.log" || { cat "$work/publish.log" >&2; exit 1; }
if [ -n "${BENCH_BEFORE:-}" ]; then
  mkdir -p "$work/before-src"
  git -C "$root" archive "$BENCH_BEFORE" | tar -x -C "$work/before-src"
  dotnet publish "$work/before-src/src/Wbs.Web" -c Release -nologo -v quiet -o "$work/before" >"$work/publish.log" || { cat "$work/publish.log" >&2; exit 1; }
fi

echo "## $(date -u +%Y-%m-%d), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $reports reports (SQLite), wrk $connections connections, ${seconds} s per path"
started=$(date +%s)
Wbs__DataFolder="$work/data" dotnet "$root/bench/statistics/bin/Release/net10.0/StatisticsBench.dll" fill --reports "$reports" "--Wbs:DataFolder=$work/data"
echo "filled in $(( $(date +%s) - started )) s"

(cd "$work" && exec dotnet "$root/bench/platform/hello/bin/Release/net10.0/HelloBench.dll" --urls "http://127.0.0.1:$port") >"$work/hello.log" 2>&1 &
pid=$!
wait_for "http://127.0.0.1:$port/"
rps "http://127.0.0.1:$port/" >/dev/null   # warm-up, not counted
reference=$(rps "http://127.0.0.1:$port/")
reference_p50=$(p50)
stop

measure_app() {
  local folder=$1 label=$2 app_port=$((port + 1))
  (cd "$folder" && ASPNETCORE_ENVIRONMENT=Production exec ./Wbs.Web --urls "http://127.0.0.1:$app_port" "--Wbs:DataFolder=$work/data") >"$work/app.log" 2>&1 &
  pid=$!
  local base="http://127.0.0.1:$app_port"
  wait_for "$base/health"
  local stylesheet
  stylesheet=$(curl -fsS "$base/" | grep -o '/css/site[^"]*' | head -1)
  printf '\n%s\n\n| path | rps | p50 | vs hello-world |\n|---|---:|---:|---:|\n' "$label"
  printf '| hello-world Kestrel (reference) | %s | %s | 1 |\n' "$reference" "$reference_p50"
  local browser=(-H "Accept-Encoding: gzip, deflate, br" -H "Accept: text/html,application/json")
  for path in "$stylesheet" /health / /statistik /api/v1/statistics; do
    rps "$base$path" "${browser[@]}" >/dev/null   # warm-up: the first request fills the caches
    local value size
    value=$(rps "$base$path" "${browser[@]}")
    size=$(curl -fsS -o /dev/null -w '%{size_download}' "${browser[@]}" "$base$path")
    printf '| `%s` (%s bytes sent) | %s | %s | %s |\n' "$path" "$size" "$value" "$(p50)" "$(awk -v a="$value" -v b="$reference" 'BEGIN { printf "%.2f", a / b }')"
  done
  stop
  if grep -q "fail:" "$work/app.log"; then echo "The app logged failures:" >&2; grep "fail:" "$work/app.log" >&2; fi
}

measure_app "$work/app" "This tree:"
if [ -n "${BENCH_BEFORE:-}" ]; then measure_app "$work/before" "Before ($BENCH_BEFORE):"; fi
