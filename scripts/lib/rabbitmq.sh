# shellcheck shell=bash
# -----------------------------------------------------------------------------
# scripts/lib/rabbitmq.sh — project-local, throwaway RabbitMQ node helpers.
#
# Usage (from another bash script):
#   source scripts/lib/rabbitmq.sh
#   fp_rabbitmq_start .local/rabbitmq 55672 55673   # start (idempotent) + wait for boot
#   ... amqp://guest:guest@localhost:55672/ ...
#   fp_rabbitmq_restart                              # fault tests: stop + start, same settings
#   fp_rabbitmq_stop
#
# Public functions
#   fp_rabbitmq_ensure_installed                       find /usr/lib/rabbitmq/bin (export FP_RABBITMQ_BIN),
#                                                      apt-install rabbitmq-server if missing
#   fp_rabbitmq_start <basedir> <amqp_port> <dist_port> start the node unless it already runs, wait until
#                                                      booted; exports FP_RABBITMQ_BASEDIR, FP_RABBITMQ_PORT,
#                                                      FP_RABBITMQ_DIST_PORT, FP_RABBITMQ_NODE (node used)
#   fp_rabbitmq_stop [basedir]                         stop the node (default: $FP_RABBITMQ_BASEDIR);
#                                                      succeeds silently when nothing is running
#   fp_rabbitmq_restart [basedir]                      stop + start with the settings of the last start
#                                                      (node name and ports are read from the basedir)
#   fp_rabbitmq_ctl <rabbitmqctl args...>              run rabbitmqctl against the node (same HOME/cookie),
#                                                      e.g. `fp_rabbitmq_ctl list_queues name messages`
#
# Optional environment
#   FP_RABBITMQ_NODENAME       node name used by fp_rabbitmq_start (default fp@localhost; "@localhost"
#                              is appended when no host is given)
#   FP_RABBITMQ_NODE_IP        bind AMQP to this address only (default: all interfaces)
#   FP_RABBITMQ_START_TIMEOUT  seconds to wait for boot (default 90)
#   FP_RABBITMQ_BIN            folder holding rabbitmq-server/rabbitmqctl (default /usr/lib/rabbitmq/bin)
#
# Everything of the node lives under <basedir>: home/ (HOME, .erlang.cookie), mnesia/, log/,
# rabbitmq.pid, enabled_plugins ("[]."), rabbitmq.conf, rabbitmq-env.conf (empty, so the machine's
# /etc/rabbitmq/rabbitmq-env.conf is ignored) and fp-rabbitmq.settings (what restart/stop reuse).
# The caller's environment (HOME, RABBITMQ_*) is never modified: commands run in a subshell.
# The running server is identified by its Erlang command line ("-home <basedir>/home"), so stop and
# restart also work from another shell that only knows the basedir.
#
# Conventions: no `exit` (functions return non-zero), progress/errors go to stderr prefixed with
# "[rabbitmq]". Safe under `set -euo pipefail`. `epmd` (shared, port 4369) is left running on stop.
# -----------------------------------------------------------------------------

_fp_rmq_log() { printf '[rabbitmq] %s\n' "$*" >&2; }
_fp_rmq_err() { printf '[rabbitmq] ERROR: %s\n' "$*" >&2; }
_fp_rmq_is_root() { [[ "$(id -u)" -eq 0 ]]; }

_fp_rmq_valid_port() {
  [[ "${1:-}" =~ ^[0-9]{1,5}$ ]] && ((10#$1 >= 1 && 10#$1 <= 65535))
}

# True when something accepts TCP connections on 127.0.0.1:<port>.
_fp_rmq_port_in_use() {
  # shellcheck disable=SC2016 # $1 is expanded by the child bash, on purpose
  timeout 2 bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$1"' _ "$1" 2>/dev/null
}

_fp_rmq_find_bin() {
  local d=${FP_RABBITMQ_BIN:-/usr/lib/rabbitmq/bin}
  if [[ -x "$d/rabbitmq-server" && -x "$d/rabbitmqctl" ]]; then
    printf '%s\n' "$d"
    return 0
  fi
  return 1
}

fp_rabbitmq_ensure_installed() {
  local bin
  if bin="$(_fp_rmq_find_bin)"; then
    export FP_RABBITMQ_BIN="$bin"
    return 0
  fi
  _fp_rmq_log "rabbitmq-server not found; installing package 'rabbitmq-server' with apt (~15 s)"
  if ! command -v apt-get >/dev/null 2>&1; then
    _fp_rmq_err "rabbitmq-server is not installed and apt-get is not available; install it manually (or set FP_RABBITMQ_BIN)"
    return 1
  fi
  local -a sudo=()
  if ! _fp_rmq_is_root; then
    if command -v sudo >/dev/null 2>&1; then
      sudo=(sudo)
    else
      _fp_rmq_err "rabbitmq-server is not installed and you are not root (no sudo available); run as root: apt-get update && apt-get install -y rabbitmq-server"
      return 1
    fi
  fi
  local aptlog
  aptlog="$(mktemp "${TMPDIR:-/tmp}/fp-apt-rabbitmq.XXXXXX")" || return 1
  if ! { "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q &&
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q rabbitmq-server; } >"$aptlog" 2>&1 </dev/null; then
    _fp_rmq_err "apt-get install rabbitmq-server failed; last lines of the apt output:"
    tail -n 20 -- "$aptlog" | sed 's/^/[rabbitmq]   /' >&2 || true
    rm -f -- "$aptlog"
    return 1
  fi
  rm -f -- "$aptlog"
  if ! bin="$(_fp_rmq_find_bin)"; then
    _fp_rmq_err "rabbitmq-server was installed but ${FP_RABBITMQ_BIN:-/usr/lib/rabbitmq/bin}/rabbitmq-server was not found"
    return 1
  fi
  export FP_RABBITMQ_BIN="$bin"
  _fp_rmq_log "installed rabbitmq-server ($FP_RABBITMQ_BIN)"
}

# _fp_rmq_run <basedir> <node> <amqp_port> <dist_port> <command...>
# Runs a command in a subshell with the node's private environment (HOME, RABBITMQ_*).
_fp_rmq_run() {
  local base=$1 node=$2 amqp=$3 dist=$4
  shift 4
  (
    # Do not inherit RABBITMQ_* settings of the caller; they would redirect the node.
    while IFS= read -r v; do unset "$v"; done < <(compgen -v RABBITMQ_ || true)
    cd -- "$base" || exit 1
    export HOME="$base/home"
    export RABBITMQ_NODENAME="$node"
    export RABBITMQ_NODE_PORT="$amqp"
    export RABBITMQ_DIST_PORT="$dist"
    export RABBITMQ_MNESIA_BASE="$base/mnesia"
    export RABBITMQ_LOG_BASE="$base/log"
    export RABBITMQ_PID_FILE="$base/rabbitmq.pid"
    export RABBITMQ_ENABLED_PLUGINS_FILE="$base/enabled_plugins"
    export RABBITMQ_CONF_ENV_FILE="$base/rabbitmq-env.conf"
    export RABBITMQ_CONFIG_FILE="$base/rabbitmq.conf"
    export RABBITMQ_CONFIG_FILES="$base/conf.d"
    export RABBITMQ_ADVANCED_CONFIG_FILE="$base/advanced.config"
    export ERL_CRASH_DUMP="$base/log/erl_crash.dump"
    if [[ -n "${FP_RABBITMQ_NODE_IP:-}" ]]; then
      export RABBITMQ_NODE_IP_ADDRESS="$FP_RABBITMQ_NODE_IP"
    fi
    exec "$@"
  )
}

# _fp_rmq_ctl <basedir> <node> <amqp> <dist> <rabbitmqctl args...>
_fp_rmq_ctl() {
  local base=$1 node=$2 amqp=$3 dist=$4
  shift 4
  # Every rabbitmqctl call is bounded so a wedged node can never hang the caller.
  _fp_rmq_run "$base" "$node" "$amqp" "$dist" timeout "${FP_RABBITMQ_CTL_TIMEOUT:-120}" "$FP_RABBITMQ_BIN/rabbitmqctl" -n "$node" "$@"
}

# True while <pid> exists and is not a zombie (a reaped-late zombie must not count as running).
_fp_rmq_alive() {
  [[ -r "/proc/$1/status" ]] && ! grep -q '^State:[[:space:]]*Z' "/proc/$1/status" 2>/dev/null
}

_fp_rmq_settings_file() { printf '%s/fp-rabbitmq.settings' "$1"; }

# _fp_rmq_setting <basedir> <key>: value from fp-rabbitmq.settings (empty if absent).
_fp_rmq_setting() {
  local f
  f="$(_fp_rmq_settings_file "$1")"
  [[ -r "$f" ]] || return 0
  sed -n "s/^$2=//p" -- "$f" | tail -n 1
}

# PID of the RabbitMQ server VM of <basedir> (empty when not running). Erlang passes
# "-home <HOME>" on the VM command line and every base dir has its own HOME, which identifies
# our server; rabbitmqctl VMs share that HOME but are started with "-hidden".
_fp_rmq_is_our_server() {
  local f=$1 home=$2 a prev="" has_home=0 has_boot=0
  local -a args=()
  mapfile -d '' -t args <"$f" 2>/dev/null || return 1
  for a in "${args[@]}"; do
    if [[ "$prev" == "-home" && "$a" == "$home" ]]; then has_home=1; fi
    if [[ "$a" == "-hidden" ]]; then return 1; fi
    if [[ "$prev" == "rabbit" && "$a" == "boot" ]]; then has_boot=1; fi
    prev=$a
  done
  ((has_home && has_boot))
}

_fp_rmq_server_pid() {
  local base=$1 home="$1/home" pid f
  if [[ -r "$base/rabbitmq.pid" ]]; then
    pid="$(tr -dc '0-9' <"$base/rabbitmq.pid" 2>/dev/null || true)"
    if [[ -n "$pid" ]] && _fp_rmq_is_our_server "/proc/$pid/cmdline" "$home"; then
      printf '%s\n' "$pid"
      return 0
    fi
  fi
  for f in /proc/[0-9]*/cmdline; do
    if _fp_rmq_is_our_server "$f" "$home"; then
      pid=${f#/proc/}
      printf '%s\n' "${pid%/cmdline}"
      return 0
    fi
  done
  return 0
}

_fp_rmq_show_log_tail() {
  local base=$1 node=$2 f
  for f in "$base/log/$node.log" "$base/log/startup.log"; do
    [[ -s "$f" ]] || continue
    _fp_rmq_log "last lines of $f:"
    tail -n 15 -- "$f" | sed 's/^/[rabbitmq]   /' >&2 || true
  done
}

# Prepares <basedir>: folders, plugin/config files, Erlang cookie.
_fp_rmq_prepare_base() {
  local base=$1 d cookie
  for d in "$base" "$base/home" "$base/mnesia" "$base/log" "$base/conf.d"; do
    mkdir -p -- "$d" || { _fp_rmq_err "cannot create $d"; return 1; }
  done
  chmod 0700 -- "$base/home" || return 1
  printf '[].\n' >"$base/enabled_plugins" || return 1
  [[ -e "$base/rabbitmq.conf" ]] || : >"$base/rabbitmq.conf" || return 1
  : >"$base/rabbitmq-env.conf" || return 1
  cookie="$base/home/.erlang.cookie"
  if [[ ! -s "$cookie" ]]; then
    rm -f -- "$cookie"
    (umask 077 && od -An -N24 -tx1 /dev/urandom | tr -dc '0-9a-f' | tr 'a-f' 'A-F' >"$cookie") || {
      _fp_rmq_err "cannot create $cookie"
      return 1
    }
  fi
  # Erlang refuses cookies readable by others.
  chmod 0400 -- "$cookie" || return 1
}

_fp_rmq_epmd_has_name() {
  local short=${1%%@*} epmd
  epmd="$(command -v epmd 2>/dev/null || true)"
  [[ -n "$epmd" ]] || return 1
  local names
  names="$("$epmd" -names 2>/dev/null || true)"
  grep -qF -- "name $short at port " <<<"$names"
}

fp_rabbitmq_start() {
  if [[ $# -ne 3 ]]; then
    _fp_rmq_err "usage: fp_rabbitmq_start <basedir> <amqp_port> <dist_port>"
    return 2
  fi
  local base_arg=$1 amqp=$2 dist=$3
  if [[ -z "$base_arg" ]] || ! _fp_rmq_valid_port "$amqp" || ! _fp_rmq_valid_port "$dist"; then
    _fp_rmq_err "usage: fp_rabbitmq_start <basedir> <amqp_port> <dist_port> (got '$base_arg' '$amqp' '$dist')"
    return 2
  fi
  amqp=$((10#$amqp))
  dist=$((10#$dist))
  if ((amqp == dist)); then
    _fp_rmq_err "AMQP port and distribution port must differ ($amqp)"
    return 2
  fi
  fp_rabbitmq_ensure_installed || return 1

  local base node timeout=${FP_RABBITMQ_START_TIMEOUT:-90} pid
  base="$(realpath -m -- "$base_arg")"
  node="${FP_RABBITMQ_NODENAME:-fp@localhost}"
  if [[ "$node" != *@* ]]; then
    node="$node@localhost"
  fi
  _fp_rmq_prepare_base "$base" || return 1

  pid="$(_fp_rmq_server_pid "$base")"
  if [[ -n "$pid" ]]; then
    # --- already running (or booting): must match the requested settings -------------
    local cur_node cur_amqp cur_dist
    cur_node="$(_fp_rmq_setting "$base" node)"
    cur_amqp="$(_fp_rmq_setting "$base" amqp_port)"
    cur_dist="$(_fp_rmq_setting "$base" dist_port)"
    if [[ "$cur_node" != "$node" || "$cur_amqp" != "$amqp" || "$cur_dist" != "$dist" ]]; then
      _fp_rmq_err "a node of $base is already running (pid $pid, node ${cur_node:-?}, ports ${cur_amqp:-?}/${cur_dist:-?}) with other settings than requested ($node, $amqp/$dist); stop it first: fp_rabbitmq_stop '$base_arg'"
      return 1
    fi
    _fp_rmq_log "node $node already running (pid $pid, AMQP port $amqp, base: $base)"
  else
    # --- ports / node name must be free -------------------------------------------
    local p
    for p in "$amqp" "$dist"; do
      if _fp_rmq_port_in_use "$p"; then
        _fp_rmq_err "port $p is already in use by another process; choose other ports or stop that process"
        if command -v ss >/dev/null 2>&1; then
          ss -ltnpH "sport = :$p" 2>/dev/null | sed 's/^/[rabbitmq]   /' >&2 || true
        fi
        return 1
      fi
    done
    if _fp_rmq_epmd_has_name "$node"; then
      _fp_rmq_err "an Erlang node named '${node%%@*}' is already running on this machine (registered in epmd) but not from $base; stop it or choose another name with FP_RABBITMQ_NODENAME"
      return 1
    fi
    rm -f -- "$base/rabbitmq.pid" "$base/log/erl_crash.dump"
    printf 'node=%s\namqp_port=%s\ndist_port=%s\n' "$node" "$amqp" "$dist" >"$(_fp_rmq_settings_file "$base")" || return 1

    _fp_rmq_log "starting node $node (AMQP port $amqp, dist port $dist, base: $base)"
    if ! _fp_rmq_run "$base" "$node" "$amqp" "$dist" "$FP_RABBITMQ_BIN/rabbitmq-server" -detached \
      </dev/null >>"$base/log/startup.log" 2>&1; then
      _fp_rmq_err "rabbitmq-server -detached failed"
      _fp_rmq_show_log_tail "$base" "$node"
      return 1
    fi
  fi

  # --- wait for boot (await_startup exits 69 while the node is not reachable yet) ----
  local start=$SECONDS rc
  while :; do
    rc=0
    _fp_rmq_ctl "$base" "$node" "$amqp" "$dist" -q await_startup --timeout 30 >/dev/null 2>&1 || rc=$?
    if ((rc == 0)); then
      break
    fi
    if [[ -z "$(_fp_rmq_server_pid "$base")" ]] && ((SECONDS - start >= 3)); then
      _fp_rmq_err "node $node died during startup"
      if [[ -r "$base/log/erl_crash.dump" ]]; then
        sed -n '/^Slogan: /{s/^/[rabbitmq]   /;p;q}' -- "$base/log/erl_crash.dump" | cut -c1-400 >&2 || true
      fi
      _fp_rmq_show_log_tail "$base" "$node"
      return 1
    fi
    if ((SECONDS - start >= timeout)); then
      _fp_rmq_err "node $node did not finish booting within ${timeout}s (last rabbitmqctl exit code $rc); stop it with fp_rabbitmq_stop '$base_arg'"
      _fp_rmq_show_log_tail "$base" "$node"
      return 1
    fi
    sleep 1
  done
  if ! _fp_rmq_port_in_use "$amqp"; then
    _fp_rmq_err "node $node booted but AMQP port $amqp is not reachable on 127.0.0.1"
    _fp_rmq_show_log_tail "$base" "$node"
    return 1
  fi

  export FP_RABBITMQ_BASEDIR="$base" FP_RABBITMQ_PORT="$amqp" FP_RABBITMQ_DIST_PORT="$dist" FP_RABBITMQ_NODE="$node"
  _fp_rmq_log "ready: amqp://guest:guest@localhost:$amqp/ (node $node, $((SECONDS - start))s)"
}

fp_rabbitmq_stop() {
  local base_arg=${1:-${FP_RABBITMQ_BASEDIR:-}}
  [[ -n "$base_arg" ]] || return 0
  local base node amqp dist pid i
  base="$(realpath -m -- "$base_arg")"
  pid="$(_fp_rmq_server_pid "$base")"
  if [[ -z "$pid" ]]; then
    rm -f -- "$base/rabbitmq.pid"
    return 0
  fi
  node="$(_fp_rmq_setting "$base" node)"
  amqp="$(_fp_rmq_setting "$base" amqp_port)"
  dist="$(_fp_rmq_setting "$base" dist_port)"
  node=${node:-fp@localhost}

  _fp_rmq_log "stopping node $node (pid $pid)"
  local -a stop_args=(-q stop)
  if [[ -s "$base/rabbitmq.pid" ]]; then
    stop_args+=("$base/rabbitmq.pid") # makes rabbitmqctl wait until the OS process has exited
  fi
  if FP_RABBITMQ_BIN="$(_fp_rmq_find_bin)" &&
    _fp_rmq_ctl "$base" "$node" "${amqp:-5672}" "${dist:-25672}" "${stop_args[@]}" >/dev/null 2>&1; then
    for ((i = 0; i < 60; i++)); do
      _fp_rmq_alive "$pid" || break
      sleep 0.5
    done
  fi
  if _fp_rmq_alive "$pid"; then
    _fp_rmq_log "rabbitmqctl stop did not stop pid $pid; sending SIGTERM"
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < 60; i++)); do
      _fp_rmq_alive "$pid" || break
      sleep 0.5
    done
    if _fp_rmq_alive "$pid"; then
      _fp_rmq_log "pid $pid still alive; sending SIGKILL"
      kill -KILL "$pid" 2>/dev/null || true
      sleep 0.5
    fi
    if _fp_rmq_alive "$pid"; then
      _fp_rmq_err "could not stop node $node (pid $pid)"
      return 1
    fi
  fi
  rm -f -- "$base/rabbitmq.pid"
  _fp_rmq_log "stopped"
}

fp_rabbitmq_restart() {
  local base_arg=${1:-${FP_RABBITMQ_BASEDIR:-}}
  if [[ -z "$base_arg" ]]; then
    _fp_rmq_err "fp_rabbitmq_restart: no node started yet (call fp_rabbitmq_start first or pass the basedir)"
    return 2
  fi
  local base node amqp dist
  base="$(realpath -m -- "$base_arg")"
  node="$(_fp_rmq_setting "$base" node)"
  amqp="$(_fp_rmq_setting "$base" amqp_port)"
  dist="$(_fp_rmq_setting "$base" dist_port)"
  if [[ -z "$node" || -z "$amqp" || -z "$dist" ]]; then
    _fp_rmq_err "fp_rabbitmq_restart: no settings found in $base (call fp_rabbitmq_start first)"
    return 1
  fi
  fp_rabbitmq_stop "$base" || return 1
  FP_RABBITMQ_NODENAME="$node" fp_rabbitmq_start "$base" "$amqp" "$dist"
}

# Runs rabbitmqctl against the node of the last fp_rabbitmq_start (HOME/cookie set correctly).
fp_rabbitmq_ctl() {
  local base=${FP_RABBITMQ_BASEDIR:-} node
  if [[ -z "$base" || ! -r "$(_fp_rmq_settings_file "$base")" ]]; then
    _fp_rmq_err "fp_rabbitmq_ctl: no node started (call fp_rabbitmq_start first)"
    return 2
  fi
  FP_RABBITMQ_BIN="$(_fp_rmq_find_bin)" || { _fp_rmq_err "rabbitmqctl not found"; return 1; }
  node="$(_fp_rmq_setting "$base" node)"
  _fp_rmq_ctl "$base" "${node:-fp@localhost}" "$(_fp_rmq_setting "$base" amqp_port)" \
    "$(_fp_rmq_setting "$base" dist_port)" "$@"
}
