#!/usr/bin/env bash
# Fills a fresh database with N synthetic reports (status history, a staff message for half, one evidence file of
# EVIDENCE bytes each), then times the program's own backup create, backup verify and backup restore (into an empty
# data folder or database with the same keys folder), and a retention run erasing EXPIRE of them; removes everything.
#   bench/statistics/backup.sh sqlite|postgres N [EVIDENCE=2048] [EXPIRE=10000]
# PostgreSQL: BENCH_POSTGRES as for run.sh.
set -euo pipefail
provider=${1:?sqlite or postgres}
reports=${2:?number of reports}
evidence=${3:-2048}
expire=${4:-10000}
root=$(cd "$(dirname "$0")/../.." && pwd)

dotnet build "$root/bench/statistics" -c Release -nologo -v quiet >/dev/null
out="$root/bench/statistics/bin/Release/net10.0"
bench=(dotnet "$out/StatisticsBench.dll")
wbs=(dotnet "$out/Wbs.Web.dll")
work=$(mktemp -d)
mkdir -p "$work/a" "$work/b"
settings=("--Wbs:DataFolder=$work/a" "--Wbs:Retention:Enabled=false")
restored=("--Wbs:DataFolder=$work/b" "--Wbs:Retention:Enabled=false")
if [ "$provider" = postgres ]; then
  server="${BENCH_POSTGRES:-Host=127.0.0.1;Username=wbs_test;Password=wbs_test}"
  settings+=("--Wbs:DatabaseProvider=Postgres" "--ConnectionStrings:Wbs=$server;Database=wbs_backup_a_$$")
  restored+=("--Wbs:DatabaseProvider=Postgres" "--ConnectionStrings:Wbs=$server;Database=wbs_backup_b_$$")
elif [ "$provider" != sqlite ]; then
  echo "provider must be sqlite or postgres" >&2; exit 2
fi

cleanup() {
  if [ "$provider" = postgres ]; then "${bench[@]}" drop "${settings[@]}" || true; "${bench[@]}" drop "${restored[@]}" || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

timed() { local start end; start=$(date +%s.%N); "$@" >/dev/null; end=$(date +%s.%N); echo "$end - $start" | bc; }

echo "## Backup and retention, $provider, $reports reports with a $evidence-byte evidence file each ($(date -u +%Y-%m-%d), $(nproc) cores)"
"${bench[@]}" fill --reports "$reports" --history 1 --evidence "$evidence" "${settings[@]}"
echo "backup create: $(timed "${wbs[@]}" backup create --to "$work/backup.zip" "${settings[@]}") s, $(du -h "$work/backup.zip" | cut -f1)"
echo "backup verify: $(timed "${wbs[@]}" backup verify "$work/backup.zip" "${settings[@]}") s"
cp -r "$work/a/keys" "$work/b/keys"
echo "backup restore: $(timed "${wbs[@]}" backup restore "$work/backup.zip" "${restored[@]}") s"
"${bench[@]}" retention --expire "$expire" "${settings[@]}"
