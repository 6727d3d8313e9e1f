#!/usr/bin/env bash
# Fault runs under a deadline-rush load (loopback only, bounded). One scenario per call:
#   tools/faults.sh api-kill          single process: kill -9 the API mid-burst, restart it
#   tools/faults.sh pg-restart        single process: restart PostgreSQL mid-burst
#   tools/faults.sh worker-kill       distributed: kill -9 a worker while PDFs are generated
#   tools/faults.sh rabbitmq-restart  distributed: restart RabbitMQ mid-burst
# After each: the load tool's checks (every 200 has its version, no key made two versions, nothing after T), then
# every submitted version has exactly one Receipt and one Dossier document, all Ready, and no notification twice.
# Results: .run/faults/<scenario>.txt
set -euo pipefail
export DOTNET_GCgen0size="${DOTNET_GCgen0size:-0x1000000}"   # 16 MB gen0 budget: < 300 MB RSS under load (docs/performance.md)
cd "$(dirname "$0")/.."
root=$(pwd)
# shellcheck source=scripts/lib/postgres.sh
source scripts/lib/postgres.sh

scenario="${1:?usage: tools/faults.sh api-kill|pg-restart|worker-kill|rabbitmq-restart}"
dossiers="${FP_FAULT_DOSSIERS:-300}"
clients="${FP_FAULT_CLIENTS:-32}"
deadline_in="${FP_FAULT_DEADLINE_IN:-75}"
fault_after="${FP_FAULT_AFTER:-15}"
out="$root/.run/faults"
mkdir -p "$out"
report="$out/$scenario.txt"
: >"$report"
say() { printf '[faults] %s\n' "$*" | tee -a "$report" >&2; }

dotnet build src/FundingPortal.Api/FundingPortal.Api.csproj -c Release -nologo -v quiet -clp:ErrorsOnly
dotnet build src/FundingPortal.Worker/FundingPortal.Worker.csproj -c Release -nologo -v quiet -clp:ErrorsOnly
dotnet build tools/FundingPortal.LoadTest/FundingPortal.LoadTest.csproj -c Release -nologo -v quiet -clp:ErrorsOnly
export RateLimits__AuthPerMinute=1000000 RateLimits__SubmitsPerMinutePerUser=1000000 Logging__LogLevel__Default=Warning
export Messaging__Retry__MaxInterval=00:00:02

api_pid=""
case "$scenario" in
  api-kill|pg-restart)
    pg_port=55470; api_port=5086; db_name=fundingportal
    fp_pg_ensure_installed
    fp_pg_reset "$root/.data/fault-pg" >/dev/null 2>&1 || true
    fp_pg_start "$root/.data/fault-pg" "$pg_port"
    db="$(fp_pg_connection_string "$pg_port" "$db_name")"
    start_api() {
      ConnectionStrings__FundingPortal="$db" Bootstrap__ManagerEmail=manager@pole-ouest.fr Bootstrap__ManagerPassword=Gestion-Pole-2026 Security__RequireMfaForStaff=false \
      ASPNETCORE_URLS="http://127.0.0.1:$api_port" Mail__PickupDirectory="$out/mail" \
        dotnet src/FundingPortal.Api/bin/Release/net10.0/FundingPortal.Api.dll --contentRoot "$root/src/FundingPortal.Api" >>"$out/$scenario-api.log" 2>&1 &
      api_pid=$!
      for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$api_port/health/ready" >/dev/null 2>&1 && return 0; sleep 0.5; done
      return 1
    }
    cleanup() { [ -n "$api_pid" ] && kill -TERM "$api_pid" 2>/dev/null; wait 2>/dev/null || true; fp_pg_stop >/dev/null 2>&1 || true; }
    trap cleanup EXIT
    start_api
    api="http://127.0.0.1:$api_port"
    ;;
  worker-kill|rabbitmq-restart)
    pg_port=55434; db_name=fundingportal_faults
    export FP_DIST_DB="$db_name"
    deploy/distributed.sh start --reset
    trap 'deploy/distributed.sh stop >/dev/null 2>&1 || true' EXIT
    db="$(fp_pg_connection_string "$pg_port" "$db_name")"
    api="http://127.0.0.1:5081"
    ;;
  *) echo "unknown scenario $scenario" >&2; exit 2 ;;
esac

say "scenario $scenario: $dossiers dossiers, $clients clients, deadline in ${deadline_in}s, fault ${fault_after}s into the burst"
dotnet tools/FundingPortal.LoadTest/bin/Release/net10.0/FundingPortal.LoadTest.dll --api "$api" --db "$db" \
  --dossiers "$dossiers" --clients "$clients" --deadline-in "$deadline_in" --baseline-seconds 3 --retry-for 60 --warm-up 0 --read-seconds 0 >"$out/$scenario-load.txt" 2>&1 &
load_pid=$!

# Wait for the burst to start, then inject the fault.
for _ in $(seq 1 600); do grep -q "\[load\] burst" "$out/$scenario-load.txt" 2>/dev/null && break; sleep 0.5; done
sleep "$fault_after"
case "$scenario" in
  api-kill)
    say "kill -9 API (pid $api_pid)"; kill -9 "$api_pid"; wait "$api_pid" 2>/dev/null || true
    sleep 2; start_api; say "API restarted (pid $api_pid)" ;;
  pg-restart)
    say "restarting PostgreSQL"; "$FP_PG_BIN/pg_ctl" -D "$FP_PG_DATADIR" -m fast -w restart >/dev/null 2>&1 \
      || runuser -u postgres -- "$FP_PG_BIN/pg_ctl" -D "$FP_PG_DATADIR" -m fast -w restart >/dev/null; say "PostgreSQL back" ;;
  worker-kill)
    pid=$(cat .run/distributed/worker-1.pid); say "kill -9 worker 1 (pid $pid)"; kill -9 "$pid"; sleep 5
    deploy/distributed.sh start >/dev/null 2>&1; say "worker 1 restarted" ;;
  rabbitmq-restart)
    # shellcheck source=scripts/lib/rabbitmq.sh
    source scripts/lib/rabbitmq.sh
    say "restarting RabbitMQ"; fp_rabbitmq_restart "$root/.data/distributed/rabbitmq" >/dev/null 2>&1; say "RabbitMQ back" ;;
esac

load_status=0
wait "$load_pid" || load_status=$?
tail -n 12 "$out/$scenario-load.txt" | tee -a "$report"

psql_q() { psql -X -A -t -h 127.0.0.1 -p "$pg_port" -U postgres -d "$db_name" -c "$1"; }
say "waiting for every submitted version's receipt and dossier PDFs ..."
pending=""
# Documents catch up after the burst (and after the 2-minute stalled-documents sweep when a kill lost their messages).
waited_from=$(date +%s)
for _ in $(seq 1 600); do
  pending=$(psql_q "SELECT count(*) FROM proposal_versions v WHERE (SELECT count(*) FROM generated_documents d WHERE d.proposal_id = v.proposal_id AND d.version = v.number AND d.status = 'Ready') <> 2")
  [ "$pending" = "0" ] && break
  sleep 1
done
say "documents: waited $(( $(date +%s) - waited_from )) s after the burst"
versions=$(psql_q "SELECT count(*) FROM proposal_versions")
doc_dupes=$(psql_q "SELECT count(*) FROM (SELECT 1 FROM generated_documents GROUP BY proposal_id, kind, version HAVING count(*) > 1) d")
failed_docs=$(psql_q "SELECT count(*) FROM generated_documents WHERE status = 'Failed'")
notif_dupes=$(psql_q "SELECT count(*) FROM (SELECT 1 FROM notifications GROUP BY dedup_key HAVING count(*) > 1) d")
say "versions $versions; versions without exactly one Ready receipt + dossier: $pending; duplicate documents: $doc_dupes; failed documents: $failed_docs; duplicate notifications: $notif_dupes"
if [ "$load_status" -ne 0 ] || [ "$pending" != "0" ] || [ "$doc_dupes" != "0" ] || [ "$notif_dupes" != "0" ]; then
  say "RESULT: FAILED"; exit 1
fi
say "RESULT: OK (0 lost, 0 duplicated)"
