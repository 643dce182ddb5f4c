#!/usr/bin/env bash
# Writes the generated hostile evidence corpus (the files HostileUploadTests sends) to a folder: scripts/hostile-corpus.sh [folder]
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run --project bench/hostile-corpus -c Release -- "${1:-hostile-corpus}"
