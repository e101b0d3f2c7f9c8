#!/usr/bin/env bash
# Runs every test: first the dependency audit (known advisories in NuGet and npm packages; a high or critical one in
# what ships fails the run, an advisory source that cannot be reached only warns), then the .NET suites (engine tests
# on SQLite and PostgreSQL, the real host on SQLite), then the browser suite (axe-core and keyboard scripts in
# Chromium against the running site).
# Installs and starts PostgreSQL and Chromium first when they are missing.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/test-services.sh

log=$(mktemp)
status=0
fuzz_summary="${TMPDIR:-/tmp}/participation-web-tests/fuzz-summary.txt"
rm -f "$fuzz_summary"
node scripts/audit-dependencies.mjs 2>&1 | tee "$log" || status=$?
dotnet test Participation.Site.sln --nologo 2>&1 | tee -a "$log" || status=$?
# The fuzz suite's counts by endpoint and status (tests/Web.Tests/Security/Fuzzing).
if [ -f "$fuzz_summary" ]; then cat "$fuzz_summary"; fi
# The scripts' own tests (SBOM, dependency audit); they read the assets the .NET restore wrote.
node --test --test-reporter=spec tests/scripts/ 2>&1 | tee -a "$log" || status=$?
scripts/browser-tests.sh 2>&1 | tee -a "$log" || status=$?

# One closing line for the whole run: .NET assemblies plus the node test runner (scripts and browser).
awk -F'[:,]' '
  /(Passed|Failed)! +- +Failed:/ { failed += $2; passed += $4 }
  /^ℹ pass [0-9]+/ { split($0, a, " "); passed += a[3] }
  /^ℹ fail [0-9]+/ { split($0, a, " "); failed += a[3] }
  END { printf "Total: %d passed, %d failed\n", passed, failed }' "$log"
rm -f "$log"
exit $status
