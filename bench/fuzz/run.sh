#!/usr/bin/env bash
# Coverage-guided fuzzing of one evidence cleaner with SharpFuzz and afl++, time-boxed:
#   bench/fuzz/run.sh mp4 60        (kind: jpg png webp pdf docx xlsx mp4; seconds, default 60)
# Seeds are the generated hostile corpus of that kind; findings land in $OUT/default/{crashes,hangs}.
set -euo pipefail
cd "$(dirname "$0")/../.."
kind="${1:?kind: jpg png webp pdf docx xlsx mp4}"
seconds="${2:-60}"
work="${FUZZ_WORK:-$(mktemp -d)}"
bin="$work/bin"
tools="$work/tools"
dotnet build bench/fuzz -c Release -o "$bin" -v q
[ -x "$tools/sharpfuzz" ] || dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$tools" >/dev/null
"$tools/sharpfuzz" "$bin/Wbs.Web.dll" || echo "(already instrumented)"
dotnet run --project bench/hostile-corpus -c Release -- "$work/corpus" >/dev/null
mkdir -p "$work/seeds-$kind"
cp "$work"/corpus/*."$kind" "$work/seeds-$kind/"
# afl++ defaults to 1 s per input; .NET needs longer for its first runs, and the harness keeps one process alive.
AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 \
  afl-fuzz -V "$seconds" -t 5000 -m none -i "$work/seeds-$kind" -o "$work/out-$kind" -- \
  dotnet "$bin/EvidenceFuzz.dll" "$kind" || true
echo "crashes: $(find "$work/out-$kind/default/crashes" -type f -name 'id:*' 2>/dev/null | wc -l)  hangs: $(find "$work/out-$kind/default/hangs" -type f -name 'id:*' 2>/dev/null | wc -l)  ($work/out-$kind)"
