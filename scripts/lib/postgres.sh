# shellcheck shell=bash
# -----------------------------------------------------------------------------
# scripts/lib/postgres.sh — project-local, throwaway PostgreSQL cluster helpers.
#
# Usage (from another bash script):
#   source scripts/lib/postgres.sh
#   fp_pg_start .local/pg 55432          # init (if needed) + start + wait
#   cs="$(fp_pg_connection_string "$FP_PG_PORT" fundingportal)"
#   ...
#   fp_pg_stop
#
# Public functions
#   fp_pg_ensure_installed              find PG binaries (export FP_PG_BIN), apt-install if missing
#   fp_pg_start <datadir> <port>        init if empty/missing, start if not running, wait until ready;
#                                       exports FP_PG_DATADIR (folder really used), FP_PG_PORT,
#                                       FP_PG_SOCKDIR, FP_PG_LOGFILE
#   fp_pg_stop [datadir]                fast shutdown of the cluster (default: $FP_PG_DATADIR);
#                                       succeeds silently when nothing is running
#   fp_pg_connection_string <port> <db> print an Npgsql connection string (trust auth, no password)
#   fp_pg_reset <datadir>               stop + delete the data folder and its /tmp fallback(s)
#
# Optional environment
#   FP_PG_VERSION        preferred major version when several are installed (default 15)
#   FP_PG_BIN            force a bin dir (must contain initdb, pg_ctl, postgres, pg_isready)
#   FP_PG_OPTS           extra server options appended last, e.g. "-c work_mem=64MB -c max_connections=500"
#                        (appended after the defaults, so they override them)
#   FP_PG_START_TIMEOUT  seconds to wait for start/stop (default 60)
#
# Conventions: no `exit` (functions return non-zero), progress/errors go to stderr prefixed
# with "[pg]", stdout is only used for values meant to be captured. Safe under `set -euo pipefail`.
#
# When run as root, initdb/pg_ctl run as OS user "postgres" (runuser). If the requested data
# folder is not usable by that user (e.g. the repo lives under /root, mode 0700), the cluster is
# placed in /tmp/fundingportal-pg-<hash of the requested datadir path>-<port> instead; the
# fallback is deterministic, so a later fp_pg_start with the same arguments reuses it.
# -----------------------------------------------------------------------------

# Defaults passed to every server start; FP_PG_OPTS is appended after them.
FP_PG_DEFAULT_OPTS="${FP_PG_DEFAULT_OPTS:--c max_connections=300 -c shared_buffers=256MB -c fsync=on}"

_fp_pg_log() { printf '[pg] %s\n' "$*" >&2; }
_fp_pg_err() { printf '[pg] ERROR: %s\n' "$*" >&2; }

_fp_pg_is_root() { [[ "$(id -u)" -eq 0 ]]; }

_fp_pg_server_uid() {
  if _fp_pg_is_root; then id -u postgres; else id -u; fi
}

# Runs a command as the OS user that owns the cluster (postgres when root, else the current
# user), from "/" so an unreadable current directory does not produce warnings.
_fp_pg_as_server() {
  if _fp_pg_is_root; then
    (cd / && runuser -u postgres -- "$@")
  else
    (cd / && "$@")
  fi
}

# Single-quote a string for /bin/sh (pg_ctl -o is interpreted by a shell).
_fp_pg_shquote() {
  local s=${1//\'/\'\\\'\'}
  printf "'%s'" "$s"
}

_fp_pg_valid_port() {
  [[ "${1:-}" =~ ^[0-9]{1,5}$ ]] && ((10#$1 >= 1 && 10#$1 <= 65535))
}

# True when something accepts TCP connections on 127.0.0.1:<port>.
_fp_pg_port_in_use() {
  # shellcheck disable=SC2016 # $1 is expanded by the child bash, on purpose
  timeout 2 bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$1"' _ "$1" 2>/dev/null
}

_fp_pg_hash() { printf '%s' "$1" | sha256sum | cut -c1-12; }

_fp_pg_fallback_dir() { printf '/tmp/fundingportal-pg-%s-%s' "$(_fp_pg_hash "$1")" "$2"; }

# All existing /tmp fallback folders for a requested (absolute) data dir, one per line.
_fp_pg_fallback_dirs() {
  find /tmp -maxdepth 1 -mindepth 1 -type d -name "fundingportal-pg-$(_fp_pg_hash "$1")-*" 2>/dev/null || true
}

# Topmost ancestor of <path> (or <path> itself) that does not exist yet; empty when <path> exists.
_fp_pg_first_missing_ancestor() {
  local p=$1 top=""
  while [[ -n "$p" && "$p" != "/" && ! -e "$p" ]]; do
    top=$p
    p=$(dirname -- "$p")
  done
  printf "%s" "$top"
}

# Removes the (empty) folders created by mkdir -p, from <path> up to <top>.
_fp_pg_remove_created_chain() {
  local p=$1 top=$2
  [[ -n "$top" ]] || return 0
  while rmdir -- "$p" 2>/dev/null; do
    [[ "$p" != "$top" ]] || break
    p=$(dirname -- "$p")
  done
  return 0
}

_fp_pg_is_cluster() { [[ -f "$1/PG_VERSION" ]]; }

_fp_pg_is_empty_dir() {
  [[ -d "$1" ]] && [[ -z "$(ls -A -- "$1" 2>/dev/null)" ]]
}

# Can the server user create files in <dir> (this also checks that every parent is searchable)?
_fp_pg_dir_usable() {
  _fp_pg_as_server test -d "$1" -a -r "$1" -a -w "$1" -a -x "$1" 2>/dev/null
}

# Creates <dir> (0700, owned by the server user). Returns non-zero when that is impossible.
_fp_pg_prepare_dir() {
  local dir=$1
  mkdir -p -- "$dir" 2>/dev/null || return 1
  if _fp_pg_is_root; then
    chown postgres:postgres -- "$dir" 2>/dev/null || return 1
  fi
  chmod 0700 -- "$dir" 2>/dev/null || return 1
  _fp_pg_dir_usable "$dir"
}

# Port recorded in postmaster.pid (line 4) and socket dir (line 5) of a running cluster.
_fp_pg_pidfile_line() {
  local f="$1/postmaster.pid"
  [[ -r "$f" ]] || return 1
  sed -n "${2}p" -- "$f"
}

# pg_ctl status: 0 running, 3 not running, 4 no/invalid data dir.
_fp_pg_running() {
  _fp_pg_as_server "$FP_PG_BIN/pg_ctl" -D "$1" status >/dev/null 2>&1
}

_fp_pg_find_bin() {
  local d v
  if [[ -n "${FP_PG_BIN:-}" && -x "$FP_PG_BIN/initdb" && -x "$FP_PG_BIN/pg_ctl" && -x "$FP_PG_BIN/pg_isready" ]]; then
    printf '%s\n' "$FP_PG_BIN"
    return 0
  fi
  v="${FP_PG_VERSION:-15}"
  if [[ -x "/usr/lib/postgresql/$v/bin/initdb" && -x "/usr/lib/postgresql/$v/bin/pg_ctl" ]]; then
    printf '%s\n' "/usr/lib/postgresql/$v/bin"
    return 0
  fi
  # Highest installed version.
  d="$(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -name bin -type d 2>/dev/null | sort -V | tail -n 1 || true)"
  if [[ -n "$d" && -x "$d/initdb" && -x "$d/pg_ctl" ]]; then
    printf '%s\n' "$d"
    return 0
  fi
  # Something on PATH (e.g. a non-Debian install or symlinks in /usr/local/bin).
  d="$(command -v pg_ctl 2>/dev/null || true)"
  if [[ -n "$d" ]]; then
    d="$(dirname -- "$(readlink -f -- "$d")")"
    if [[ -x "$d/initdb" && -x "$d/postgres" ]]; then
      printf '%s\n' "$d"
      return 0
    fi
  fi
  return 1
}

fp_pg_ensure_installed() {
  local bin
  if bin="$(_fp_pg_find_bin)"; then
    export FP_PG_BIN="$bin"
    return 0
  fi
  _fp_pg_log "PostgreSQL server binaries not found; installing package 'postgresql' with apt"
  if ! command -v apt-get >/dev/null 2>&1; then
    _fp_pg_err "PostgreSQL is not installed and apt-get is not available; install PostgreSQL ${FP_PG_VERSION:-15} manually (or set FP_PG_BIN)"
    return 1
  fi
  local -a sudo=()
  if ! _fp_pg_is_root; then
    if command -v sudo >/dev/null 2>&1; then
      sudo=(sudo)
    else
      _fp_pg_err "PostgreSQL is not installed and you are not root (no sudo available); run as root: apt-get update && apt-get install -y postgresql"
      return 1
    fi
  fi
  local aptlog
  aptlog="$(mktemp "${TMPDIR:-/tmp}/fp-apt-postgresql.XXXXXX")" || return 1
  if ! { "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q &&
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql; } >"$aptlog" 2>&1 </dev/null; then
    _fp_pg_err "apt-get install postgresql failed; last lines of the apt output:"
    tail -n 20 -- "$aptlog" | sed 's/^/[pg]   /' >&2 || true
    rm -f -- "$aptlog"
    return 1
  fi
  rm -f -- "$aptlog"
  if ! bin="$(_fp_pg_find_bin)"; then
    _fp_pg_err "postgresql was installed but initdb/pg_ctl were not found under /usr/lib/postgresql/*/bin"
    return 1
  fi
  export FP_PG_BIN="$bin"
  _fp_pg_log "installed PostgreSQL ($FP_PG_BIN)"
}

# Waits until pg_isready reports that the server accepts connections.
_fp_pg_wait_ready() {
  local port=$1 timeout=${FP_PG_START_TIMEOUT:-60} i
  for ((i = 0; i < timeout * 4; i++)); do
    if "$FP_PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$port" -t 2 >/dev/null 2>&1; then
      return 0
    fi
    sleep 0.25
  done
  return 1
}

_fp_pg_show_log_tail() {
  local log=$1
  [[ -r "$log" ]] || return 0
  _fp_pg_log "last lines of $log:"
  tail -n 20 -- "$log" 2>/dev/null | sed 's/^/[pg]   /' >&2 || true
}

fp_pg_start() {
  if [[ $# -ne 2 ]]; then
    _fp_pg_err "usage: fp_pg_start <datadir> <port>"
    return 2
  fi
  local req_arg=$1 port=$2
  if [[ -z "$req_arg" ]]; then
    _fp_pg_err "fp_pg_start: empty datadir"
    return 2
  fi
  if ! _fp_pg_valid_port "$port"; then
    _fp_pg_err "fp_pg_start: invalid port '$port'"
    return 2
  fi
  port=$((10#$port))
  fp_pg_ensure_installed || return 1
  if _fp_pg_is_root && ! id -u postgres >/dev/null 2>&1; then
    _fp_pg_err "running as root but OS user 'postgres' does not exist (reinstall the postgresql package)"
    return 1
  fi

  local req fb data="" top="" out
  req="$(realpath -m -- "$req_arg")"
  fb="$(_fp_pg_fallback_dir "$req" "$port")"

  # --- pick the data folder -------------------------------------------------
  if _fp_pg_is_cluster "$req"; then
    if _fp_pg_as_server test -r "$req/PG_VERSION" -a -w "$req" 2>/dev/null; then
      data=$req
    else
      _fp_pg_err "$req holds a PostgreSQL cluster that the server user cannot use (owner/permissions); run fp_pg_reset '$req_arg' or fix ownership"
      return 1
    fi
  elif [[ -e "$req" && ! -d "$req" ]]; then
    _fp_pg_err "$req exists and is not a directory"
    return 1
  elif [[ -d "$req" ]] && ! _fp_pg_is_empty_dir "$req"; then
    _fp_pg_err "$req is not empty and is not a PostgreSQL data folder; refusing to use it"
    return 1
  else
    top="$(_fp_pg_first_missing_ancestor "$req")"
    if _fp_pg_prepare_dir "$req"; then
      data=$req
    else
      _fp_pg_remove_created_chain "$req" "$top"
      if _fp_pg_is_cluster "$fb"; then
        _fp_pg_log "$req is not usable by the server user; reusing fallback folder $fb"
      else
        _fp_pg_log "$req is not usable by the server user; using fallback folder $fb"
        if [[ -e "$fb" ]] && ! _fp_pg_is_empty_dir "$fb"; then
          _fp_pg_log "fallback folder $fb holds no cluster; wiping it"
          rm -rf -- "$fb"
        fi
      fi
      if ! _fp_pg_prepare_dir "$fb"; then
        _fp_pg_err "cannot create a usable data folder at $fb either"
        return 1
      fi
      data=$fb
    fi
  fi

  local log="$data/server.log"

  # --- already running? -------------------------------------------------------
  if _fp_pg_is_cluster "$data" && _fp_pg_running "$data"; then
    local running_port
    running_port="$({ _fp_pg_pidfile_line "$data" 4 || true; } | tr -d '[:space:]')"
    if [[ "$running_port" != "$port" ]]; then
      _fp_pg_err "the cluster in $data is already running on port ${running_port:-?}, not $port; stop it first (fp_pg_stop '$data')"
      return 1
    fi
    _fp_pg_log "already running on 127.0.0.1:$port (data: $data)"
    if ! _fp_pg_wait_ready "$port"; then
      _fp_pg_err "server on port $port is running but does not accept connections"
      _fp_pg_show_log_tail "$log"
      return 1
    fi
    export FP_PG_DATADIR="$data" FP_PG_PORT="$port" FP_PG_LOGFILE="$log"
    FP_PG_SOCKDIR="$(_fp_pg_pidfile_line "$data" 5 || true)"
    export FP_PG_SOCKDIR
    return 0
  fi

  # --- port must be free --------------------------------------------------------
  if _fp_pg_port_in_use "$port"; then
    _fp_pg_err "port $port on 127.0.0.1 is already in use by another process (not the cluster in $data); choose another port or stop that process"
    if command -v ss >/dev/null 2>&1; then
      ss -ltnpH "sport = :$port" 2>/dev/null | sed 's/^/[pg]   /' >&2 || true
    fi
    return 1
  fi

  # --- initialise ---------------------------------------------------------------
  if ! _fp_pg_is_cluster "$data"; then
    _fp_pg_log "initialising cluster in $data"
    if ! out="$(_fp_pg_as_server "$FP_PG_BIN/initdb" -D "$data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 2>&1)"; then
      _fp_pg_err "initdb failed:"
      printf '%s\n' "$out" | tail -n 20 | sed 's/^/[pg]   /' >&2 || true
      return 1
    fi
  fi

  # --- socket dir (unix socket paths are limited to ~107 bytes) ----------------
  local sockdir=$data
  if (( ${#data} + ${#port} + 11 > 100 )); then
    sockdir="/tmp/fp-sock-$port"
    if [[ -e "$sockdir" ]] && ! _fp_pg_dir_usable "$sockdir"; then
      sockdir="/tmp/fp-sock-$port-$(_fp_pg_server_uid)"
    fi
    if ! _fp_pg_prepare_dir "$sockdir"; then
      _fp_pg_err "cannot create socket folder $sockdir"
      return 1
    fi
  fi

  # --- start ----------------------------------------------------------------------
  local opts timeout=${FP_PG_START_TIMEOUT:-60}
  opts="-p $port -k $(_fp_pg_shquote "$sockdir") -c listen_addresses=127.0.0.1 $FP_PG_DEFAULT_OPTS ${FP_PG_OPTS:-}"
  _fp_pg_log "starting PostgreSQL on 127.0.0.1:$port (data: $data, log: $log)"
  if ! out="$(_fp_pg_as_server "$FP_PG_BIN/pg_ctl" -D "$data" -l "$log" -w -t "$timeout" -o "$opts" start 2>&1 </dev/null)"; then
    _fp_pg_err "pg_ctl start failed: $(printf '%s' "$out" | tail -n 3 | tr '\n' ' ')"
    _fp_pg_show_log_tail "$log"
    return 1
  fi
  if ! _fp_pg_wait_ready "$port"; then
    _fp_pg_err "server started but 127.0.0.1:$port does not accept connections after ${timeout}s"
    _fp_pg_show_log_tail "$log"
    return 1
  fi
  export FP_PG_DATADIR="$data" FP_PG_PORT="$port" FP_PG_SOCKDIR="$sockdir" FP_PG_LOGFILE="$log"
  _fp_pg_log "ready on 127.0.0.1:$port"
}

# Resolves a requested data dir to the folder that really holds the cluster (itself or a
# /tmp fallback). Prints nothing and returns 1 when there is no cluster.
_fp_pg_resolve_datadir() {
  local req d
  req="$(realpath -m -- "$1")"
  if _fp_pg_is_cluster "$req"; then
    printf '%s\n' "$req"
    return 0
  fi
  while IFS= read -r d; do
    if [[ -n "$d" ]] && _fp_pg_is_cluster "$d"; then
      printf '%s\n' "$d"
      return 0
    fi
  done < <(_fp_pg_fallback_dirs "$req")
  return 1
}

_fp_pg_stop_dir() {
  local data=$1 sockdir timeout=${FP_PG_START_TIMEOUT:-60}
  _fp_pg_is_cluster "$data" || return 0
  local bin
  if ! bin="$(_fp_pg_find_bin)"; then
    _fp_pg_log "PostgreSQL binaries not found; nothing to stop"
    return 0
  fi
  FP_PG_BIN=$bin
  if ! _fp_pg_running "$data"; then
    return 0
  fi
  sockdir="$(_fp_pg_pidfile_line "$data" 5 || true)"
  _fp_pg_log "stopping cluster in $data"
  if ! _fp_pg_as_server "$FP_PG_BIN/pg_ctl" -D "$data" -m fast -w -t "$timeout" stop >/dev/null 2>&1; then
    if _fp_pg_running "$data"; then
      _fp_pg_log "fast shutdown failed; trying immediate shutdown"
      if ! _fp_pg_as_server "$FP_PG_BIN/pg_ctl" -D "$data" -m immediate -w -t "$timeout" stop >/dev/null 2>&1 && _fp_pg_running "$data"; then
        _fp_pg_err "could not stop the cluster in $data"
        return 1
      fi
    fi
  fi
  # Remove our short socket folder if it is now empty.
  case "$sockdir" in
    /tmp/fp-sock-*) rmdir -- "$sockdir" 2>/dev/null || true ;;
  esac
  _fp_pg_log "stopped"
}

fp_pg_stop() {
  local data
  if [[ $# -ge 1 && -n "$1" ]]; then
    data="$(_fp_pg_resolve_datadir "$1")" || return 0
  else
    data="${FP_PG_DATADIR:-}"
  fi
  [[ -n "$data" ]] || return 0
  _fp_pg_stop_dir "$data"
}

fp_pg_connection_string() {
  if [[ $# -ne 2 ]] || ! _fp_pg_valid_port "$1" || [[ -z "$2" ]]; then
    _fp_pg_err "usage: fp_pg_connection_string <port> <database>"
    return 2
  fi
  printf 'Host=127.0.0.1;Port=%s;Username=postgres;Database=%s;Include Error Detail=true\n' "$((10#$1))" "$2"
}

fp_pg_reset() {
  if [[ $# -ne 1 || -z "$1" ]]; then
    _fp_pg_err "usage: fp_pg_reset <datadir>"
    return 2
  fi
  local req d
  req="$(realpath -m -- "$1")"
  case "$req" in
    / | /tmp | /root | /home | /usr | /var | /etc | "${HOME:-/}")
      _fp_pg_err "fp_pg_reset: refusing to delete $req"
      return 1
      ;;
  esac
  local -a dirs=("$req")
  while IFS= read -r d; do
    if [[ -n "$d" ]]; then dirs+=("$d"); fi
  done < <(_fp_pg_fallback_dirs "$req")

  for d in "${dirs[@]}"; do
    [[ -e "$d" ]] || continue
    if _fp_pg_is_cluster "$d"; then
      _fp_pg_stop_dir "$d" || return 1
      _fp_pg_log "deleting $d"
      rm -rf -- "$d" || { _fp_pg_err "could not delete $d"; return 1; }
    elif _fp_pg_is_empty_dir "$d"; then
      rmdir -- "$d" 2>/dev/null || true
    elif [[ "$d" != "$req" ]]; then
      # A fallback folder of ours without a cluster (e.g. an interrupted initdb).
      _fp_pg_log "deleting $d"
      rm -rf -- "$d" || { _fp_pg_err "could not delete $d"; return 1; }
    else
      _fp_pg_err "$d is not empty and is not a PostgreSQL data folder; refusing to delete it"
      return 1
    fi
    if [[ "${FP_PG_DATADIR:-}" == "$d" ]]; then
      unset FP_PG_DATADIR FP_PG_PORT FP_PG_SOCKDIR FP_PG_LOGFILE
    fi
  done
  return 0
}
