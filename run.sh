#!/usr/bin/env bash
# Starts FundingPortal in one process (API, web UI, outbox dispatcher, consumers, Hangfire) on embedded defaults:
# a project-local PostgreSQL, migrations, a bootstrap manager and demo data on first run.
#   ./run.sh           start (reuses the data of the previous run)
#   ./run.sh --reset   delete the local database first
#   ./run.sh verify    verify every audit chain and document (exit status 1 on any failure), then stop
#   ./run.sh seal      seal the audit chain heads now (the worker does it daily), then stop
# Configuration: FP_PG_PORT (default 55432), ASPNETCORE_URLS (default http://127.0.0.1:5080),
# ConnectionStrings__FundingPortal (skips the local PostgreSQL), Messaging__Transport=RabbitMQ, ...
set -euo pipefail
cd "$(dirname "$0")"
root=$(pwd)

# shellcheck source=scripts/lib/postgres.sh
source scripts/lib/postgres.sh

reset=false
verb=""
for arg in "$@"; do
  case "$arg" in
    --reset) reset=true ;;
    verify|seal) verb="$arg" ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "unknown option: $arg" >&2; exit 2 ;;
  esac
done

port="${FP_PG_PORT:-55432}"
datadir="$root/.data/pg-$port"
started_pg=false

if [ -z "${ConnectionStrings__FundingPortal:-}" ]; then
  fp_pg_ensure_installed
  if $reset; then fp_pg_reset "$datadir"; fi
  fp_pg_start "$datadir" "$port"
  started_pg=true
  "$FP_PG_BIN/createdb" -h 127.0.0.1 -p "$port" -U postgres fundingportal 2>/dev/null || true
  export ConnectionStrings__FundingPortal
  ConnectionStrings__FundingPortal="$(fp_pg_connection_string "$port" fundingportal)"
elif $reset; then
  echo "--reset ignored: ConnectionStrings__FundingPortal points to an external database" >&2
fi

export ASPNETCORE_URLS="${ASPNETCORE_URLS:-http://127.0.0.1:5080}"
export DOTNET_GCgen0size="${DOTNET_GCgen0size:-0x1000000}"   # 16 MB gen0 budget: < 300 MB RSS under load (docs/performance.md)
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Production}"
export Bootstrap__ManagerEmail="${Bootstrap__ManagerEmail:-manager@pole-ouest.fr}"
export Bootstrap__ManagerPassword="${Bootstrap__ManagerPassword:-Gestion-Pole-2026}"
export Seed__Demo="${Seed__Demo:-true}"
export Mail__PickupDirectory="${Mail__PickupDirectory:-$root/.data/mail}"
export Audit__SealsDirectory="${Audit__SealsDirectory:-$root/.data/seals}"
export Webhooks__AllowPrivateTargets="${Webhooks__AllowPrivateTargets:-true}"   # local runs: webhooks may reach a receiver on this machine
url="${ASPNETCORE_URLS%%;*}"
# Links in e-mails (password reset, e-mail confirmation) point to where this run serves the web UI.
export Portal__PublicUrl="${Portal__PublicUrl:-$url}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

app_pid=""
cleanup() {
  trap - INT TERM EXIT
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
    kill -TERM "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
  fi
  if $started_pg; then fp_pg_stop || true; fi
}
trap cleanup INT TERM EXIT

echo "[run] building (Release)…" >&2
dotnet build src/FundingPortal.Api/FundingPortal.Api.csproj -c Release -nologo -v quiet -clp:ErrorsOnly

if [ -n "$verb" ]; then
  # docs/proof.md: the same use cases as POST /api/audit/verify and /api/audit/seals, on this run's database.
  status=0
  dotnet src/FundingPortal.Api/bin/Release/net10.0/FundingPortal.Api.dll "$verb" --contentRoot "$root/src/FundingPortal.Api" || status=$?
  exit "$status"
fi

sso="not configured (set Authentication__Oidc__Authority, __ClientId, __ClientSecret: README)"
if [ -n "${Authentication__Oidc__Authority:-}" ]; then sso="${Authentication__Oidc__Authority}"; fi
cat <<BANNER

  FundingPortal — ${url}
    Web UI ............ ${url}/
    API reference ..... ${url}/scalar/v1   (OpenAPI: ${url}/openapi/v1.json)
    Health ............ ${url}/health/ready
    Jobs (managers) ... ${url}/hangfire
    E-mails (.eml) .... ${Mail__PickupDirectory}

  Demo accounts (password for every demo user: Demo-Pole-2026, manager: ${Bootstrap__ManagerPassword})
    Cluster manager ... ${Bootstrap__ManagerEmail} (Images & Réseaux, the first cluster: administers the platform)
    Partner clusters .. gestion@pole-tes.fr (TES: AGRI-IOT asked it to co-label, to decide), gestion@pole-emc2.fr (EMC2)
    Applicants ........ claire.martin@ondes-bretonnes.fr (lead of OCÉAN-5G), yann.le-goff@lab-rennes.fr,
                        sophie.duval@normandie-telecom.fr, paul.bernard@atlantique-logiciels.fr,
                        lea.morvan@capsule-sante.fr (invited to OCÉAN-5G)
    Newcomer .......... thomas.le-roux@normandie-telecom.fr (asked to join Normandie Télécom Industries)
    Experts ........... expert.a@experts-pole.fr, expert.b@experts-pole.fr, expert.c@experts-pole.fr
    Funder officers ... officier@bpifrance.fr, officier@bretagne.bzh, officier@normandie.fr
    Two-factor authentication is required for managers and funder officers, except these demo accounts
    (the demo seed exempts them). Try it: sign in, "Mon compte" > "Activer la vérification en deux étapes".
    Password reset and e-mail confirmation links arrive in the e-mail folder above. Single sign-on: ${sso}

  Ctrl-C stops the application and the database it started.

BANNER

dotnet src/FundingPortal.Api/bin/Release/net10.0/FundingPortal.Api.dll --contentRoot "$root/src/FundingPortal.Api" &
app_pid=$!
wait "$app_pid"
