#!/usr/bin/env bash
# Runs every test against a throwaway PostgreSQL, then prints "N passed, N failed" as the last line.
# Honours FP_PG_PORT (default 55433). Extra arguments go to `dotnet test` (e.g. --filter Category=X).
# The solution is built once; then the test projects run without building, in two lanes at once: the browser
# journeys (the longest project) beside the API integration tests followed by all the others one after another.
# FP_TEST_LANES=1 runs them one at a time.
set -euo pipefail
cd "$(dirname "$0")"
root=$(pwd)

# shellcheck source=scripts/lib/postgres.sh
source scripts/lib/postgres.sh
# shellcheck source=scripts/lib/trx-summary.sh
source scripts/lib/trx-summary.sh
# shellcheck source=scripts/lib/browser.sh
source scripts/lib/browser.sh

port="${FP_PG_PORT:-55433}"
datadir="$root/.data/test-pg-$port"
results="$root/.run/test-results"
# The browser journeys save their screenshots (and the page of a failed step) next to the .trx results.
export FP_SCREENSHOTS="$results/screenshots"

fp_pg_ensure_installed
fp_pg_reset "$datadir" >/dev/null 2>&1 || true
fp_pg_start "$datadir" "$port"
trap 'fp_pg_stop >/dev/null 2>&1 || true; fp_pg_reset "$datadir" >/dev/null 2>&1 || true' EXIT
fp_browser_ensure_installed || echo "[test] no Chromium: browser tests will fail" >&2

export FP_TEST_PG
FP_TEST_PG="$(fp_pg_connection_string "$port" postgres)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

rm -rf "$results"
status=0
dotnet build FundingPortal.sln -nologo -v q -clp:ErrorsOnly || status=$?

# Every project under tests/ but those that say they are not tests (the support library, the benchmarks).
long_pole=tests/FundingPortal.Web.BrowserTests/FundingPortal.Web.BrowserTests.csproj
others=(tests/FundingPortal.Api.IntegrationTests/FundingPortal.Api.IntegrationTests.csproj)
while IFS= read -r project; do
  if [ "$project" != "$long_pole" ] && [ "$project" != "${others[0]}" ] && ! grep -q '<IsTestProject>false</IsTestProject>' "$project"; then
    others+=("$project")
  fi
done < <(dotnet sln FundingPortal.sln list | grep '^tests/.*\.csproj$' | sort)

run_tests() {
  local project failed=0
  for project in "$@"; do
    dotnet test "$project" --no-build --logger trx --results-directory "$results" "${test_args[@]}" || failed=1
  done
  return "$failed"
}

test_args=("$@")
if [ "$status" -eq 0 ]; then
  if [ "${FP_TEST_LANES:-2}" = 1 ]; then
    run_tests "$long_pole" "${others[@]}" || status=$?
  else
    run_tests "$long_pole" & long_pole_pid=$!
    run_tests "${others[@]}" || status=$?
    wait "$long_pole_pid" || status=$?
  fi
fi

fp_pg_stop >/dev/null 2>&1 || true
fp_pg_reset "$datadir" >/dev/null 2>&1 || true
trap - EXIT

summary_status=0
summary="$(fp_trx_summary "$results")" || summary_status=$?
if [ "$status" -eq 0 ] && [ "$summary_status" -ne 0 ]; then status=1; fi
# A project that did not build or whose test host crashed leaves no results: count it as a failure.
if [ "$status" -ne 0 ] && [[ "$summary" =~ ^([0-9]+)\ passed,\ 0\ failed(.*)$ ]]; then
  echo "[test] dotnet test failed outside the test results (build error or crashed test host): see the output above" >&2
  summary="${BASH_REMATCH[1]} passed, 1 failed${BASH_REMATCH[2]}"
fi
echo "$summary"
exit "$status"
