#!/usr/bin/env bash
# Runs every test: the .NET suites (engine tests on SQLite and PostgreSQL, the real host on SQLite)
# and the browser suite. Installs and starts PostgreSQL and Chromium first when they are missing.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/test-services.sh

log=$(mktemp)
status=0
dotnet test Participation.Site.sln --nologo 2>&1 | tee "$log" || status=$?

# One closing line for the whole run, summed over the test assemblies.
awk -F'[:,]' '/(Passed|Failed)! +- +Failed:/ { failed += $2; passed += $4 } END { printf "Total: %d passed, %d failed\n", passed, failed }' "$log"
rm -f "$log"
exit $status
