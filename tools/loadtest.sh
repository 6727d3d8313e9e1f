#!/usr/bin/env bash
# Deadline-rush load run, one command: a fresh PostgreSQL, the API in Release (single process), the load tool.
#   tools/loadtest.sh [--dossiers N] [--clients C] [--deadline-in S] ...   (options go to the load tool)
# Loopback only; bounded in count and time. Results are printed and kept in .run/loadtest/last.txt.
# FP_LOAD_API_ROOT=<another checkout> runs that checkout's API under this load tool: an A/B against any commit with
# the same measurements (the tool speaks only the public API, whose paths never change).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
# shellcheck source=scripts/lib/postgres.sh
source scripts/lib/postgres.sh

pg_port="${FP_LOAD_PG_PORT:-55460}"
api_port="${FP_LOAD_API_PORT:-5085}"
out="$root/.run/loadtest"
mkdir -p "$out"
# The e-mails of earlier runs: hundreds of thousands of files after a day of runs, kept by nobody.
rm -rf "$out/mail"

fp_pg_ensure_installed
fp_pg_reset "$root/.data/load-pg-$pg_port" >/dev/null 2>&1 || true
FP_PG_OPTS="${FP_PG_OPTS:-} -c synchronous_commit=on" fp_pg_start "$root/.data/load-pg-$pg_port" "$pg_port"
db="$(fp_pg_connection_string "$pg_port" fundingportal)"

export DOTNET_GCgen0size="${DOTNET_GCgen0size:-0x1000000}"   # 16 MB gen0 budget: < 300 MB RSS under load (docs/performance.md)
api_pid=""
cleanup() {
  if [ -n "$api_pid" ]; then kill -TERM "$api_pid" 2>/dev/null || true; wait "$api_pid" 2>/dev/null || true; fi
  fp_pg_stop >/dev/null 2>&1 || true
}
trap cleanup EXIT INT TERM

api_root="$(cd "${FP_LOAD_API_ROOT:-$root}" && pwd)"
dotnet build "$api_root/src/FundingPortal.Api/FundingPortal.Api.csproj" -c Release -nologo -v quiet -clp:ErrorsOnly
dotnet build tools/FundingPortal.LoadTest/FundingPortal.LoadTest.csproj -c Release -nologo -v quiet -clp:ErrorsOnly

ConnectionStrings__FundingPortal="$db" \
Bootstrap__ManagerEmail=manager@load.test Bootstrap__ManagerPassword=Charge-Pole-Mesure-2026 \
Security__RequireMfaForStaff=false \
RateLimits__AuthPerMinute=1000000 RateLimits__SubmitsPerMinutePerUser=1000000 \
Logging__LogLevel__Default=Warning ASPNETCORE_URLS="http://127.0.0.1:$api_port" \
Mail__PickupDirectory="$out/mail" \
  dotnet "$api_root/src/FundingPortal.Api/bin/Release/net10.0/FundingPortal.Api.dll" --contentRoot "$api_root/src/FundingPortal.Api" >"$out/api.log" 2>&1 &
api_pid=$!
# Up to 5 minutes: on a machine shared with other builds the API's start (migrations, EF model) can take minutes.
ready=""
for _ in $(seq 1 600); do
  if curl -fs "http://127.0.0.1:$api_port/health/ready" >/dev/null 2>&1; then ready=1; break; fi
  if ! kill -0 "$api_pid" 2>/dev/null; then break; fi
  sleep 0.5
done
if [ -z "$ready" ]; then
  echo "[load] the API did not become ready; its log ($out/api.log):" >&2
  tail -40 "$out/api.log" >&2
  exit 1
fi
echo "[load] load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"

status=0
dotnet tools/FundingPortal.LoadTest/bin/Release/net10.0/FundingPortal.LoadTest.dll \
  --api "http://127.0.0.1:$api_port" --db "$db" --manager-email manager@load.test --manager-password Charge-Pole-Mesure-2026 \
  --watch-pids "$api_pid" "$@" | tee "$out/last.txt" || status=$?
echo "[load] load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out/last.txt"
exit "$status"
