#!/usr/bin/env bash
# One 100 MB report through the API of the published app against a raw AES-256-GCM + file write of the same bytes,
# in one run, with the server's peak memory growth (VmHWM after resetting it through /proc/PID/clear_refs; needs
# root or the same user). Only loopback traffic; the app and its temporary data folder are removed at the end.
#   bench/upload/run.sh [files=5] [megabytes-per-file=19]
# BENCH_BEFORE=<commit> also publishes that commit of the app and measures it the same way right after.
# BENCH_DATABASE=postgres with BENCH_POSTGRES="Host=...;Username=...;Password=..." measures on a new PostgreSQL database.
set -euo pipefail
files=${1:-5}
megabytes=${2:-19}
port=${BENCH_PORT:-5320}
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
pid=
# The setting's Host, Username and Password, for psql to drop the bench's databases at the end.
pg() { printf '%s' "${BENCH_POSTGRES:-}" | tr ';' '\n' | sed -n "s/^$1=//Ip" | head -1; }
cleanup() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$work"
  if [ "${BENCH_DATABASE:-sqlite}" = postgres ]; then
    for label in after before; do
      PGPASSWORD=$(pg Password) psql -h "$(pg Host)" -U "$(pg Username)" -d postgres -qc "DROP DATABASE IF EXISTS wbs_upload_bench_$$_$label" >/dev/null 2>&1 || true
    done
  fi
}
trap cleanup EXIT

dotnet build "$root/bench/upload" -c Release -nologo -v quiet >/dev/null
dotnet publish "$root/src/Wbs.Web" -c Release -nologo -v quiet -o "$work/app" >"$work/publish.log" || { cat "$work/publish.log" >&2; exit 1; }

database=(--Wbs:DatabaseProvider=Sqlite)

measure() {
  local app=$1 label=$2 data="$work/data-$2" db=("${database[@]}")
  if [ "${BENCH_DATABASE:-sqlite}" = postgres ]; then
    db=(--Wbs:DatabaseProvider=Postgres "--ConnectionStrings:Wbs=${BENCH_POSTGRES};Database=wbs_upload_bench_$$_$label")
  fi
  (cd "$app" && ASPNETCORE_ENVIRONMENT=Production exec ./Wbs.Web --urls "http://127.0.0.1:$port" "--Wbs:DataFolder=$data" \
    "--Wbs:RateLimits:RegistrationPerAddressPer10Minutes=1000" "${db[@]}") >"$work/app.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 120); do curl -fsS -o /dev/null "http://127.0.0.1:$port/health" 2>/dev/null && break; sleep 1; done
  echo "### $label"
  dotnet "$root/bench/upload/bin/Release/net10.0/UploadBench.dll" "http://127.0.0.1:$port" "$pid" "$work/files" "$files" "$megabytes" \
    || { tail -40 "$work/app.log" >&2; exit 1; }
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=
}

echo "## $(date -u +%Y-%m-%d), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), ${BENCH_DATABASE:-sqlite}"
measure "$work/app" after
if [ -n "${BENCH_BEFORE:-}" ]; then
  mkdir -p "$work/before-src"
  git -C "$root" archive "$BENCH_BEFORE" | tar -x -C "$work/before-src"
  dotnet publish "$work/before-src/src/Wbs.Web" -c Release -nologo -v quiet -o "$work/before" >"$work/publish.log" || { cat "$work/publish.log" >&2; exit 1; }
  measure "$work/before" before
fi
