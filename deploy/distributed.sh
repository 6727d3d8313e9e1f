#!/usr/bin/env bash
# Distributed mode on this machine: PostgreSQL, a project-local RabbitMQ node, two API processes (Hosting:Role=Api,
# ports 5081 and 5082) and two worker processes (Hosting:Role=Worker), all on Messaging:Transport=RabbitMQ.
#   deploy/distributed.sh start [--reset]   build (Release) and start whatever is not running yet; --reset wipes the data first
#   deploy/distributed.sh stop              stop the four processes, RabbitMQ and PostgreSQL
#   deploy/distributed.sh status            what runs, API health, consumer queues
# Logs and pids: .run/distributed/. Data: .data/distributed/ (mail pickup folder: .data/distributed/mail).
# Settings: FP_DIST_PG_PORT (55434), FP_DIST_DB (fundingportal), FP_DIST_AMQP_PORT (55672), FP_DIST_ERL_PORT (55673),
#           FP_DIST_API_PORTS ("5081 5082"), FP_DIST_WORKERS (2); any other app setting as an environment variable
#           (e.g. RateLimits__SubmitsPerMinutePerUser=100000) is passed to every process.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

# shellcheck source=../scripts/lib/postgres.sh
source scripts/lib/postgres.sh
# shellcheck source=../scripts/lib/rabbitmq.sh
source scripts/lib/rabbitmq.sh

pg_port="${FP_DIST_PG_PORT:-55434}"
db_name="${FP_DIST_DB:-fundingportal}"
amqp_port="${FP_DIST_AMQP_PORT:-55672}"
erl_port="${FP_DIST_ERL_PORT:-55673}"
read -r -a api_ports <<<"${FP_DIST_API_PORTS:-5081 5082}"
workers="${FP_DIST_WORKERS:-2}"
run_dir="$root/.run/distributed"
data_dir="$root/.data/distributed"
pg_dir="$data_dir/pg-$pg_port"
rabbit_dir="$data_dir/rabbitmq"
api_dll="$root/src/FundingPortal.Api/bin/Release/net10.0/FundingPortal.Api.dll"
worker_dll="$root/src/FundingPortal.Worker/bin/Release/net10.0/FundingPortal.Worker.dll"

log() { printf '[distributed] %s\n' "$*" >&2; }

alive() { [[ -s "$1" ]] && kill -0 "$(cat "$1")" 2>/dev/null; }

common_env() {
  export ConnectionStrings__FundingPortal
  ConnectionStrings__FundingPortal="$(fp_pg_connection_string "$pg_port" "$db_name")"
  export Messaging__Transport=RabbitMQ Messaging__RabbitMq__Host=127.0.0.1 Messaging__RabbitMq__Port="$amqp_port"
  export Messaging__RabbitMq__Username=guest Messaging__RabbitMq__Password=guest
  export Mail__PickupDirectory="$data_dir/mail"
  export Bootstrap__ManagerEmail="${Bootstrap__ManagerEmail:-manager@pole-ouest.fr}"
  export Bootstrap__ManagerPassword="${Bootstrap__ManagerPassword:-Gestion-Pole-2026}"
  export Seed__Demo="${Seed__Demo:-false}"
  # The load and fault tools sign in as the bootstrap manager with a password only (docs/security.md, MFA for staff).
  export Security__RequireMfaForStaff="${Security__RequireMfaForStaff:-false}"
  export DOTNET_GCgen0size="${DOTNET_GCgen0size:-0x1000000}"   # 16 MB gen0 budget: < 300 MB RSS under load (docs/performance.md)
  export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 ASPNETCORE_ENVIRONMENT=Production DOTNET_ENVIRONMENT=Production
}

wait_ready() { # url seconds
  local i
  for ((i = 0; i < $2 * 4; i++)); do
    if curl -fs -o /dev/null "$1"; then return 0; fi
    sleep 0.25
  done
  return 1
}

start_api() { # port
  local port=$1 pid_file="$run_dir/api-$1.pid"
  if alive "$pid_file"; then log "API :$port already running (pid $(cat "$pid_file"))"; return 0; fi
  Hosting__Role=Api ASPNETCORE_URLS="http://127.0.0.1:$port" \
    nohup dotnet "$api_dll" --contentRoot "$root/src/FundingPortal.Api" >>"$run_dir/api-$port.log" 2>&1 &
  echo $! >"$pid_file"
  if ! wait_ready "http://127.0.0.1:$port/health/ready" 90; then
    log "API :$port is not ready after 90 s; see $run_dir/api-$port.log"
    return 1
  fi
  log "API :$port ready (pid $(cat "$pid_file"))"
}

start_worker() { # index
  local pid_file="$run_dir/worker-$1.pid"
  if alive "$pid_file"; then log "worker $1 already running (pid $(cat "$pid_file"))"; return 0; fi
  # A plain command (no subshell, no list), so that $! is the dotnet process itself.
  Hosting__Role=Worker nohup dotnet "$worker_dll" >>"$run_dir/worker-$1.log" 2>&1 &
  echo $! >"$pid_file"
  log "worker $1 started (pid $(cat "$pid_file"))"
}

queue_consumers() { # queue -> number of consumers (0 when the queue does not exist yet)
  fp_rabbitmq_ctl -q list_queues name consumers 2>/dev/null | awk -v q="$1" '$1 == q { print $2; found = 1 } END { if (!found) print 0 }'
}

cmd_start() {
  local reset=false
  [[ "${1:-}" == "--reset" ]] && reset=true
  mkdir -p "$run_dir" "$data_dir"
  if $reset; then
    cmd_stop || true
    fp_pg_reset "$pg_dir" >/dev/null 2>&1 || true
    rm -rf "$rabbit_dir" "$data_dir/mail" "$run_dir"/*.log
  fi

  log "building (Release)…"
  dotnet build "$root/src/FundingPortal.Api/FundingPortal.Api.csproj" -c Release -nologo -v quiet -clp:ErrorsOnly >&2

  fp_pg_ensure_installed
  fp_pg_start "$pg_dir" "$pg_port"
  "$FP_PG_BIN/createdb" -h 127.0.0.1 -p "$pg_port" -U postgres "$db_name" 2>/dev/null || true
  fp_rabbitmq_ensure_installed
  fp_rabbitmq_start "$rabbit_dir" "$amqp_port" "$erl_port"
  common_env

  # One API at a time: the first one migrates the database and creates the bootstrap manager.
  local port i
  for port in "${api_ports[@]}"; do start_api "$port"; done
  for ((i = 1; i <= workers; i++)); do start_worker "$i"; done

  for ((i = 0; i < 240; i++)); do
    if (($(queue_consumers submission-received-notification) >= workers)); then break; fi
    sleep 0.25
  done
  log "consumers on submission-received-notification: $(queue_consumers submission-received-notification)"
  cmd_status
}

stop_pid_file() {
  local pid_file=$1 pid i
  alive "$pid_file" || { rm -f "$pid_file"; return 0; }
  pid=$(cat "$pid_file")
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < 80; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
  kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
  rm -f "$pid_file"
  log "stopped $(basename "$pid_file" .pid) (pid $pid)"
}

cmd_stop() {
  local f
  for f in "$run_dir"/worker-*.pid "$run_dir"/api-*.pid; do
    [[ -e "$f" ]] && stop_pid_file "$f"
  done
  fp_rabbitmq_stop "$rabbit_dir" || true
  fp_pg_stop "$pg_dir" || true
}

cmd_status() {
  local f name port
  for f in "$run_dir"/api-*.pid "$run_dir"/worker-*.pid; do
    [[ -e "$f" ]] || continue
    name=$(basename "$f" .pid)
    if alive "$f"; then
      if [[ "$name" == api-* ]]; then
        port=${name#api-}
        printf '%-10s pid %-8s %s\n' "$name" "$(cat "$f")" "$(curl -s -o /dev/null -w 'health/ready %{http_code}' "http://127.0.0.1:$port/health/ready")"
      else
        printf '%-10s pid %-8s running\n' "$name" "$(cat "$f")"
      fi
    else
      printf '%-10s not running\n' "$name"
    fi
  done
  if FP_RABBITMQ_BASEDIR="$rabbit_dir" fp_rabbitmq_ctl -q list_queues name consumers messages 2>/dev/null | sed 's/^/queue      /'; then :; else echo "rabbitmq   not running"; fi
}

case "${1:-}" in
  start) shift; cmd_start "$@" ;;
  stop) cmd_stop ;;
  status) FP_RABBITMQ_BASEDIR="$rabbit_dir"; export FP_RABBITMQ_BASEDIR; cmd_status ;;
  *) sed -n '2,11p' "$0"; exit 2 ;;
esac
