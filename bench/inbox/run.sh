#!/usr/bin/env bash
# The staff inbox (/Staf) at N synthetic complaints, signed in as an Inspektur and as a Verifikator, with wrk on
# loopback: the first page, a status filter, the overdue filter, page 50 reached through the pager's links, a number
# search, and a Verifikator's first page; each bounded in time, printed with p50, p95 and requests per second.
#   bench/inbox/run.sh sqlite|postgres [reports=1000000] [seconds-per-path=10] [connections=8]
# BENCH_DATA=<folder> keeps the filled data folder (and on PostgreSQL the database wbs_inbox_bench_N) for the next
# run, which then skips the fill; without it everything is removed at the end. BENCH_POSTGRES as for bench/statistics.
# BENCH_PORT picks the app's port (default 5330). Needs wrk (apt-get install -y wrk).
set -euo pipefail
provider=${1:?sqlite or postgres}
reports=${2:-1000000}
seconds=${3:-10}
connections=${4:-8}
if [ "$seconds" -gt 60 ]; then seconds=60; fi
port=${BENCH_PORT:-5330}
root=$(cd "$(dirname "$0")/../.." && pwd)
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }

work=$(mktemp -d)
data=${BENCH_DATA:-$work/data}
mkdir -p "$data"
settings=("--Wbs:DataFolder=$data")
export Wbs__DataFolder="$data"
if [ "$provider" = postgres ]; then
  connection="${BENCH_POSTGRES:-Host=127.0.0.1;Username=wbs_test;Password=wbs_test};Database=wbs_inbox_bench_$reports"
  settings+=("--Wbs:DatabaseProvider=Postgres" "--ConnectionStrings:Wbs=$connection")
  export Wbs__DatabaseProvider=Postgres ConnectionStrings__Wbs="$connection"
elif [ "$provider" != sqlite ]; then
  echo "provider must be sqlite or postgres" >&2; exit 2
fi
bench=(dotnet "$root/bench/statistics/bin/Release/net10.0/StatisticsBench.dll")
pid=
stop() { if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; pid=; fi; }
cleanup() {
  stop
  if [ -z "${BENCH_DATA:-}" ] && [ "$provider" = postgres ]; then "${bench[@]}" drop "${settings[@]}" >/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

echo "Building (Release): the filler, the published app"
dotnet build "$root/bench/statistics" -c Release -nologo -v quiet >/dev/null
dotnet publish "$root/src/Wbs.Web" -c Release -nologo -v quiet -o "$work/app" >"$work/publish.log" || { cat "$work/publish.log" >&2; exit 1; }

marker="$data/inbox-bench-$provider-$reports"
if [ ! -f "$marker" ]; then
  password=$(head -c 18 /dev/urandom | base64)
  "${bench[@]}" fill --reports "$reports" --inbox 1 --staff-password "$password" "${settings[@]}"
  printf '%s\n' "$password" >"$marker"
  chmod 600 "$marker"
fi
password=$(cat "$marker")

echo "## $(date -u +%Y-%m-%d), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $reports reports ($provider), wrk $connections connections, ${seconds} s per path, commit $(git -C "$root" rev-parse --short HEAD)"
(cd "$work/app" && ASPNETCORE_ENVIRONMENT=Production exec ./Wbs.Web --urls "http://127.0.0.1:$port" "${settings[@]}") >"$work/app.log" 2>&1 &
pid=$!
base="http://127.0.0.1:$port"
for _ in $(seq 1 300); do curl -fsS -o /dev/null "$base/health/ready" 2>/dev/null && break; sleep 1; done
inspektur=$("${bench[@]}" signin --url "$base" --username bench-inspektur --password "$password" "${settings[@]}" | grep '^Cookie: ')
verifikator=$("${bench[@]}" signin --url "$base" --username bench-verifikator-1 --password "$password" "${settings[@]}" | grep '^Cookie: ')

# One path: checked to answer 200 with a row of the list, warmed up, then measured.
measure() {
  local label=$1 cookie=$2 path=$3 status
  status=$(curl -sS -o "$work/page.html" -w '%{http_code}' -H "$cookie" "$base$path")
  if [ "$status" != 200 ] || ! grep -q 'data-number=' "$work/page.html"; then echo "$path answered $status without rows" >&2; exit 1; fi
  wrk -t2 -c"$connections" -d2s --timeout 30s -H "$cookie" "$base$path" >/dev/null
  local line
  line=$(wrk -t2 -c"$connections" -d"${seconds}s" --timeout 30s -H "$cookie" -s "$root/bench/inbox/percentiles.lua" "$base$path" | tail -1)
  case "$line" in *errors=0) ;; *) echo "$path: $line; now $(curl -sS -o /dev/null -w '%{http_code}' -H "$cookie" "$base$path")" >&2; exit 1 ;; esac
  local first
  first=$(curl -sS -o /dev/null -w '%{time_total}' -H "$cookie" "$base$path")
  printf '| %s | `%s` | %s | %s |\n' "$label" "$path" "$(awk -v t="$first" 'BEGIN { printf "%.0f", t * 1000 }')" "$(printf '%s' "$line" | sed -E 's/p50=([^ ]+) p95=([^ ]+) rps=([^ ]+) .*/\1 | \2 | \3/')"
}

# Page 50 as a user reaches it: following the pager's "next" link from the first page.
page=/Staf
for _ in $(seq 1 49); do
  page=$(curl -fsS -H "$inspektur" "$base$page" | grep -o 'href="[^"]*" rel="next"' | head -1 | sed -E 's/href="([^"]*)".*/\1/; s/&amp;/\&/g')
  [ -n "$page" ] || { echo "no next link" >&2; exit 1; }
done
number=$(curl -fsS -H "$inspektur" "$base$page" | grep -o 'data-number="[^"]*"' | head -1 | cut -d'"' -f2)

printf '\n| view | path | one request (ms) | p50 (ms) | p95 (ms) | rps |\n|---|---|---:|---:|---:|---:|\n'
measure "Inspektur, first page" "$inspektur" /Staf
measure "status Verifikasi" "$inspektur" "/Staf?status=Verifikasi"
measure "overdue only" "$inspektur" "/Staf?terlambat=true"
measure "page 50 through the pager" "$inspektur" "$page"
measure "a number" "$inspektur" "/Staf?nomor=$number"
measure "Verifikator, first page" "$verifikator" /Staf
stop
if grep -q "fail:" "$work/app.log"; then echo "The app logged failures:" >&2; grep "fail:" "$work/app.log" >&2; fi
