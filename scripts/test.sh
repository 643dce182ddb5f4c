#!/usr/bin/env bash
# Runs every test: installs and starts what the tests need (PostgreSQL, Chromium, nginx) on a Debian machine with the
# .NET SDK, builds once, runs the integration tests on SQLite and on PostgreSQL side by side (the checks of deploy/ by
# systemd-analyze, nginx and openssl, Category=Deploy, with the SQLite run only: they use no database), then the
# cluster test (nginx in front of two published nodes on PostgreSQL) and the browser tests.
# The last line printed is "N passed, N failed"; the exit code is non-zero when anything failed.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export DEBIAN_FRONTEND=noninteractive
# Hundreds of in-process app hosts would each watch their settings files and exhaust the inotify instances.
export DOTNET_hostBuilder__reloadConfigOnChange=false DOTNET_USE_POLLING_FILE_WATCHER=1

results="artifacts/test-results"
passed=0
failed=0
problems=()

sudo_if_needed() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# Always ends with the totals, also when a step before the tests fails (set -e lands here too).
on_exit() {
    local rc=$? status=0
    trap - EXIT
    if [ "$rc" -ne 0 ] && [ "${#problems[@]}" -eq 0 ]; then
        problems+=("a step failed with exit code $rc before every test had run; counted as 1 failed")
        failed=$((failed + 1))
    fi
    if [ "${#problems[@]}" -gt 0 ]; then
        echo
        echo "Problems:"
        printf '  - %s\n' "${problems[@]}"
    fi
    if [ "$failed" -gt 0 ] || [ "${#problems[@]}" -gt 0 ] || [ "$rc" -ne 0 ]; then status=1; fi
    echo
    echo "$passed passed, $failed failed"
    exit "$status"
}
trap on_exit EXIT

is_installed() {
    dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"
}

install_packages() {
    if is_installed postgresql && is_installed chromium && is_installed nginx && is_installed systemd && is_installed openssl && is_installed python3-aiosmtpd; then
        return
    fi
    echo "== Installing PostgreSQL, Chromium, nginx, systemd (systemd-analyze), openssl and python3-aiosmtpd (the SMTP server of the notification tests) from Debian packages"
    sudo_if_needed apt-get update
    # nginx is only run by the cluster test, on loopback ports of its own: keep the package from starting its default
    # site on port 80 (Debian's policy-rc.d convention), unless the machine already has a policy.
    local policy=""
    if [ ! -e /usr/sbin/policy-rc.d ]; then
        policy=/usr/sbin/policy-rc.d
        printf '#!/bin/sh\nexit 101\n' | sudo_if_needed tee "$policy" >/dev/null
        sudo_if_needed chmod 755 "$policy"
    fi
    local rc=0
    sudo_if_needed apt-get install -y postgresql chromium nginx systemd openssl python3-aiosmtpd || rc=$?
    if [ -n "$policy" ]; then sudo_if_needed rm -f "$policy"; fi
    return "$rc"
}

# Starts the first PostgreSQL cluster (creating one if there is none) and prints its port.
start_postgres() {
    local line version name port status
    line="$(pg_lsclusters --no-header 2>/dev/null | head -n 1 || true)"
    if [ -z "$line" ]; then
        version="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
        echo "== Creating PostgreSQL $version cluster main" >&2
        sudo_if_needed pg_createcluster "$version" main >&2
        line="$(pg_lsclusters --no-header | head -n 1)"
    fi
    read -r version name port status _ <<<"$line"
    if [[ "$status" != online* ]]; then
        echo "== Starting PostgreSQL $version/$name on port $port" >&2
        if ! sudo_if_needed pg_ctlcluster "$version" "$name" start >&2; then
            # Another process may have started it meanwhile; only a cluster that is still down is an error.
            pg_lsclusters --no-header | grep -Eq "^$version +$name +[0-9]+ +online" || return 1
        fi
    fi
    for _ in $(seq 1 60); do
        if pg_isready -q -h 127.0.0.1 -p "$port"; then
            echo "$port"
            return
        fi
        sleep 1
    done
    echo "PostgreSQL $version/$name did not accept connections on port $port" >&2
    return 1
}

ensure_test_role() {
    local port="$1" exists
    exists="$(sudo_if_needed runuser -u postgres -- psql -p "$port" -Atqc "SELECT 1 FROM pg_roles WHERE rolname = 'wbs_test'")"
    if [ "$exists" != "1" ]; then
        echo "== Creating role wbs_test"
        sudo_if_needed runuser -u postgres -- psql -p "$port" -qc "CREATE ROLE wbs_test LOGIN SUPERUSER PASSWORD 'wbs_test'"
    fi
}

# Starts one test project in the background; its output goes to a log printed when it is collected.
declare -A pids=()
start_tests() {
    local label="$1" project="$2" build_flag="$3" filter="$4"
    shift 4
    echo "== Tests started: $label"
    ( env "$@" dotnet test "$project" $build_flag ${filter:+--filter "$filter"} --logger "trx;LogFileName=$label.trx" --results-directory "$results" \
        --blame-hang-timeout 10m >"$results/$label.log" 2>&1 ) &
    pids[$label]=$!
}

# Waits for one started run, prints its log and adds its TRX counters to the totals; a run without results counts as a failure.
collect_tests() {
    local label="$1" trx="$results/$1.trx" rc=0
    wait "${pids[$label]}" || rc=$?
    echo
    echo "== Tests: $label"
    cat "$results/$label.log"
    if [ ! -f "$trx" ]; then
        problems+=("$label: no test results (exit code $rc); counted as 1 failed")
        failed=$((failed + 1))
        return
    fi
    local counters p f e t a total
    counters="$(grep -o '<Counters [^>]*>' "$trx" | head -n 1 || true)"
    p="$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")"
    f="$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")"
    e="$(sed -n 's/.* error="\([0-9]*\)".*/\1/p' <<<"$counters")"
    t="$(sed -n 's/.* timeout="\([0-9]*\)".*/\1/p' <<<"$counters")"
    a="$(sed -n 's/.* aborted="\([0-9]*\)".*/\1/p' <<<"$counters")"
    total="$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$counters")"
    p="${p:-0}"; f=$(( ${f:-0} + ${e:-0} + ${t:-0} + ${a:-0} ))
    echo "   $label: $p passed, $f failed"
    passed=$((passed + p))
    failed=$((failed + f))
    if [ "${total:-0}" -eq 0 ]; then
        problems+=("$label: ran no test; counted as 1 failed")
        failed=$((failed + 1))
    elif [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
        problems+=("$label: dotnet test exited with $rc although no test failed; counted as 1 failed")
        failed=$((failed + 1))
    fi
}

install_packages

if [ -n "${WBS_TEST_POSTGRES:-}" ]; then
    echo "== Using the PostgreSQL server given in WBS_TEST_POSTGRES"
    postgres="$WBS_TEST_POSTGRES"
else
    if ! port="$(start_postgres)"; then
        problems+=("PostgreSQL could not be started; counted as 1 failed")
        failed=$((failed + 1))
        exit 1
    fi
    ensure_test_role "$port"
    postgres="Host=127.0.0.1;Port=$port;Username=wbs_test;Password=wbs_test"
fi

rm -rf "$results"
mkdir -p "$results"

echo
echo "== Build"
if ! dotnet build Wbs.slnx; then
    problems+=("the solution did not build; counted as 1 failed")
    failed=$((failed + 1))
    exit 1
fi

# The two databases' runs wait mostly on their databases and app hosts, so they share the machine well.
start_tests sqlite tests/Wbs.Tests --no-build "Category!=Cluster" WBS_TEST_DATABASE=sqlite \
    "WBS_TEST_NGINX=$(command -v nginx || echo /usr/sbin/nginx)"
start_tests postgres tests/Wbs.Tests --no-build "Category!=Cluster&Category!=Deploy" WBS_TEST_DATABASE=postgres "WBS_TEST_POSTGRES=$postgres"
collect_tests sqlite
collect_tests postgres

# Alone, because it measures what a killed node costs: nginx on loopback in front of two published nodes on PostgreSQL.
start_tests cluster tests/Wbs.Tests --no-build "Category=Cluster" WBS_TEST_DATABASE=postgres "WBS_TEST_POSTGRES=$postgres" \
    "WBS_TEST_NGINX=$(command -v nginx || echo /usr/sbin/nginx)"
collect_tests cluster

if [ -d tests/Wbs.BrowserTests ]; then
    # Built above when the solution lists it; otherwise dotnet test builds it.
    build_flag=""
    if grep -q "Wbs.BrowserTests" Wbs.slnx; then build_flag="--no-build"; fi
    # axe-core and the Nu Html Checker look at every page the browser tests visit (npm, without install scripts:
    # vnu-jar's would download a Java runtime; Debian's is used).
    if ! command -v java >/dev/null || ! command -v npm >/dev/null; then
        echo "== Installing Java (the Nu Html Checker) and npm from Debian packages"
        sudo_if_needed apt-get install -y default-jre-headless npm
    fi
    (cd tests/Wbs.BrowserTests && npm ci --ignore-scripts --no-audit --no-fund)
    start_tests browser tests/Wbs.BrowserTests "$build_flag" "" WBS_TEST_DATABASE=sqlite "WBS_PAGE_CHECKS_REPORT=$PWD/$results/page-checks.txt"
    collect_tests browser
    if [ -f "$results/page-checks.txt" ]; then cat "$results/page-checks.txt"; fi
fi

exit 0
