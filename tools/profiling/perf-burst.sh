#!/usr/bin/env bash
# CPU profile of the API during a deadline-rush load run: perf samples the process for 30 s from 5 s into the burst.
#   tools/profiling/perf-burst.sh <name> [load tool options]      e.g. Hosting__Role=Api tools/profiling/perf-burst.sh api
# FP_PROFILE_PHASE=reads profiles the dossier reads instead (give the load tool --read-seconds 40 so that they last).
# Writes .run/profiling/<name>.{out,data,script}; then: python3 tools/profiling/summarise.py .run/profiling/<name>.script
# JIT-compiled frames get names from the runtime's perf map; W^X is turned off for the run only because perf cannot
# resolve code in its double mapping, and the GC is loaded as its own library so that its share shows apart.
set -euo pipefail
cd "$(dirname "$0")/../.."
name="${1:?a name for the run}"; shift
out=.run/profiling; mkdir -p "$out"
export DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 DOTNET_GCName=libclrgc.so
tools/loadtest.sh --dossiers 400 --clients 64 --deadline-in 120 "$@" >"$out/$name.out" 2>&1 &
load=$!
phase="${FP_PROFILE_PHASE:-burst}"
until grep -q "\[load\] $phase" "$out/$name.out" 2>/dev/null; do
  kill -0 "$load" 2>/dev/null || { echo "the load run ended before its $phase; see $out/$name.out" >&2; exit 1; }
  sleep 1
done
sleep 5
pid=$(pgrep -n -f "FundingPortal.Api.dll")   # the newest: the one this load run just started
perf record -F 299 -g -p "$pid" -o "$out/$name.data" -- sleep 30 >"$out/$name.perf.log" 2>&1
wait "$load" || true
perf script -i "$out/$name.data" >"$out/$name.script" 2>/dev/null
grep -E "submit \(before|read \(GET|CPU pid" "$out/$name.out" || true
echo "profile: $out/$name.script"
