#!/usr/bin/env bash
# Outbox throughput to a local SMTP server (Debian's python3-aiosmtpd, discarding what it gets), against the SMTP
# channel alone on the same server in the same run.
#   bench/notifications/outbox.sh sqlite|postgres [messages (500)] [runs (3)]
# PostgreSQL: BENCH_POSTGRES (default Host=127.0.0.1;Username=wbs_test;Password=wbs_test); a database of its own is
# created and dropped.
set -euo pipefail
provider=${1:?sqlite or postgres}
messages=${2:-500}
runs=${3:-3}
root=$(cd "$(dirname "$0")/../.." && pwd)

dotnet build "$root/bench/notifications" -c Release -nologo -v quiet >/dev/null
work=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
/usr/bin/python3 -m aiosmtpd -n -c aiosmtpd.handlers.Sink -l "127.0.0.1:$port" &
smtp=$!
settings=("--Wbs:DataFolder=$work" "--Wbs:Email:Host=127.0.0.1" "--Wbs:Email:Port=$port" "--Wbs:Email:UseTls=false" "--Wbs:Notifications:Enabled=false")
database=""
if [ "$provider" = postgres ]; then
  base="${BENCH_POSTGRES:-Host=127.0.0.1;Username=wbs_test;Password=wbs_test}"
  database="wbs_outbox_$$"
  settings+=("--Wbs:DatabaseProvider=Postgres" "--ConnectionStrings:Wbs=$base;Database=$database")
elif [ "$provider" != sqlite ]; then
  echo "provider must be sqlite or postgres" >&2; exit 2
fi

cleanup() {
  kill "$smtp" 2>/dev/null || true
  if [ -n "$database" ]; then
    PGPASSWORD=wbs_test psql -h 127.0.0.1 -U wbs_test -d postgres -qc "DROP DATABASE IF EXISTS $database WITH (FORCE)" >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
sleep 1

echo "## Outbox throughput, $provider, $messages messages x $runs runs ($(date -u +%Y-%m-%d), $(nproc) cores)"
dotnet "$root/bench/notifications/bin/Release/net10.0/NotificationsBench.dll" --messages "$messages" --runs "$runs" "${settings[@]}"
