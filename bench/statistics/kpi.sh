#!/usr/bin/env bash
# Fills a fresh database with N synthetic reports with channels and status histories, times the Laporan Berkala
# figures (a year and a quarter, and the xlsx and PDF), then removes the database. No web server is started.
#   bench/statistics/kpi.sh sqlite|postgres N [runs]
# PostgreSQL: BENCH_POSTGRES as for run.sh.
set -euo pipefail
provider=${1:?sqlite or postgres}
reports=${2:?number of reports}
runs=${3:-5}
root=$(cd "$(dirname "$0")/../.." && pwd)

dotnet build "$root/bench/statistics" -c Release -nologo -v quiet >/dev/null
bench=(dotnet "$root/bench/statistics/bin/Release/net10.0/StatisticsBench.dll")
work=$(mktemp -d)
settings=("--Wbs:DataFolder=$work")
if [ "$provider" = postgres ]; then
  connection="${BENCH_POSTGRES:-Host=127.0.0.1;Username=wbs_test;Password=wbs_test};Database=wbs_kpi_${reports}_$$"
  settings+=("--Wbs:DatabaseProvider=Postgres" "--ConnectionStrings:Wbs=$connection")
elif [ "$provider" != sqlite ]; then
  echo "provider must be sqlite or postgres" >&2; exit 2
fi

cleanup() {
  if [ "$provider" = postgres ]; then "${bench[@]}" drop "${settings[@]}" || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

echo "## Laporan Berkala, $provider, $reports reports ($(date -u +%Y-%m-%d), $(nproc) cores)"
"${bench[@]}" fill --reports "$reports" --history 1 "${settings[@]}"
"${bench[@]}" kpi --runs "$runs" "${settings[@]}"
