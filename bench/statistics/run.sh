#!/usr/bin/env bash
# Fills a fresh database with N synthetic reports, starts the app on 127.0.0.1, measures the home page, /statistik
# and the statistics JSON (bounded: a few seconds per page), then stops the app and removes the database.
#   bench/statistics/run.sh sqlite|postgres N [seconds-per-page] [concurrency]
# PostgreSQL: BENCH_POSTGRES is an Npgsql connection string to a server where the role may create databases
# (default Host=127.0.0.1;Username=wbs_test;Password=wbs_test). BENCH_PORT picks the app's port (default 5302).
set -euo pipefail
provider=${1:?sqlite or postgres}
reports=${2:?number of reports}
seconds=${3:-10}
concurrency=${4:-8}
port=${BENCH_PORT:-5302}
root=$(cd "$(dirname "$0")/../.." && pwd)

dotnet build "$root/bench/statistics" -c Release -nologo -v quiet >/dev/null
bench=(dotnet "$root/bench/statistics/bin/Release/net10.0/StatisticsBench.dll")
work=$(mktemp -d)
settings=("--Wbs:DataFolder=$work")
export Wbs__DataFolder="$work"
if [ "$provider" = postgres ]; then
  connection="${BENCH_POSTGRES:-Host=127.0.0.1;Username=wbs_test;Password=wbs_test};Database=wbs_bench_${reports}_$$"
  settings+=("--Wbs:DatabaseProvider=Postgres" "--ConnectionStrings:Wbs=$connection")
  export Wbs__DatabaseProvider=Postgres ConnectionStrings__Wbs="$connection"
elif [ "$provider" != sqlite ]; then
  echo "provider must be sqlite or postgres" >&2; exit 2
fi

app=
cleanup() {
  if [ -n "$app" ]; then kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; fi
  if [ "$provider" = postgres ]; then "${bench[@]}" drop "${settings[@]}" || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

echo "## $provider, $reports reports ($(date -u +%Y-%m-%d), $(nproc) cores)"
"${bench[@]}" fill --reports "$reports" "${settings[@]}"
(cd "$root/src/Wbs.Web" && exec dotnet bin/Release/net10.0/Wbs.Web.dll --urls "http://127.0.0.1:$port") >"$work/app.log" 2>&1 &
app=$!
for _ in $(seq 1 90); do
  if curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1; then break; fi
  sleep 1
done
"${bench[@]}" measure --url "http://127.0.0.1:$port" --seconds "$seconds" --concurrency "$concurrency" --cold 20 "${settings[@]}"
if [ -s "$work/app.log" ] && grep -q "fail:" "$work/app.log"; then echo "The app logged failures:" >&2; grep "fail:" "$work/app.log" >&2; fi
