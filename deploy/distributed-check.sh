#!/usr/bin/env bash
# Distributed-mode check (not part of the unit test run): starts RabbitMQ + 2 APIs + 2 workers with fresh data, submits
# 200 dossier versions through both APIs (100 dossiers x 2 versions, 16 at a time), kill -9s worker 1 in the middle,
# Then it checks that every submitted version produced exactly one "Dossier reçu" notification per consortium member,
# that every notification was e-mailed, and that nothing is left pending or parked.
#   deploy/distributed-check.sh [--keep]     --keep leaves the processes running afterwards
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
keep=false
[[ "${1:-}" == "--keep" ]] && keep=true

dossiers="${FP_CHECK_DOSSIERS:-100}"
versions=2
parallel="${FP_CHECK_PARALLEL:-16}"
kill_after=$((dossiers * versions / 3))
export FP_DIST_DB=fundingportal_check
export RateLimits__SubmitsPerMinutePerUser=1000000 RateLimits__AuthPerMinute=1000000
apis=(http://127.0.0.1:5081 http://127.0.0.1:5082)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

say() { printf '[check] %s\n' "$*" >&2; }
fail() { say "FAILED: $*"; failures=$((failures + 1)); }
failures=0

deploy/distributed.sh start --reset

# shellcheck source=../scripts/lib/postgres.sh
source scripts/lib/postgres.sh
fp_pg_ensure_installed >/dev/null
sql() { "$FP_PG_BIN/psql" -h 127.0.0.1 -p "${FP_DIST_PG_PORT:-55434}" -U postgres -d "$FP_DIST_DB" -tAq -c "$1"; }

# --- HTTP helpers --------------------------------------------------------------------------------------------------
call() { # method url token [json] -> body; fails on a non-2xx status
  local method=$1 url=$2 token=$3 body=${4:-}
  local -a args=(-sS --fail-with-body -X "$method" -H 'Content-Type: application/json')
  [[ -n "$token" ]] && args+=(-H "Authorization: Bearer $token")
  [[ -n "$body" ]] && args+=(--data "$body")
  curl "${args[@]}" "$url"
}
login() { call POST "${apis[0]}/api/auth/login" "" "$(jq -nc --arg e "$1" --arg p "$2" '{email: $e, password: $p}')" | jq -r .accessToken; }
register() {
  call POST "${apis[0]}/api/auth/register" "" "$(jq -nc --arg e "$1" '{email: $e, password: "Deposant-Check-2026"}')" >/dev/null
  login "$1" Deposant-Check-2026
}
siren() { # 8 random digits + Luhn check digit
  local body candidate check i d sum
  body=$(printf '%08d' $((RANDOM * 32768 + RANDOM)))
  body=${body: -8}
  for check in 0 1 2 3 4 5 6 7 8 9; do
    candidate="$body$check" sum=0
    for ((i = 0; i < 9; i++)); do
      d=${candidate:8-i:1}
      if ((i % 2 == 1)); then d=$((d * 2)); ((d > 9)) && d=$((d - 9)); fi
      sum=$((sum + d))
    done
    ((sum % 10 == 0)) && { echo "$candidate"; return; }
  done
}
organisation() { # token name category region -> id
  call POST "${apis[0]}/api/organisations" "$1" "$(jq -nc --arg n "$2" --arg s "$(siren)" --arg c "$3" --arg r "$4" \
    '{name: $n, siren: $s, category: $c, region: $r}')" | jq -r .id
}

# --- a call, three organisations, four applicants -------------------------------------------------------------------
say "setting up a call, a consortium and $dossiers draft dossiers"
manager=$(login manager@pole-ouest.fr Gestion-Pole-2026)
funder() { call POST "${apis[0]}/api/funders" "$manager" "$(jq -nc --arg n "$1" --arg k "$2" --arg r "$3" '{name: $n, kind: $k, region: (if $r == "" then null else $r end)}')" | jq -r .id; }
state=$(funder "Bpifrance (État)" State "")
bretagne=$(funder "Région Bretagne" Region FR-BRE)
opens=$(TZ=Europe/Paris date -d 'yesterday' +%Y-%m-%dT00:00:00)
deadline=$(TZ=Europe/Paris date -d '+30 days' +%Y-%m-%dT18:00:00)
at() { jq -nc --arg t "$1" '{localDateTime: $t, timeZone: "Europe/Paris"}'; }
shift_days() { TZ=Europe/Paris date -d "${deadline%%T*} +$1 days" +%Y-%m-%dT18:00:00; }
definition=$(jq -nc --argjson o "$(at "$opens")" --argjson d "$(at "$deadline")" --argjson r "$(at "$(shift_days 30)")" \
  --argjson c "$(at "$(shift_days 40)")" --argjson f "$(at "$(shift_days 120)")" --arg s "$state" --arg b "$bretagne" '{
    title: "Appel à projets collaboratifs — contrôle distribué", programme: "FUI-Régions", territory: ["FR-BRE", "FR-NOR", "FR-PDL"],
    opensAt: $o, submissionDeadline: $d, reviewDeadline: $r, committeeDate: $c, fundingDecisionDeadline: $f, expertsPerProposal: 2,
    funders: [{funderId: $s, envelope: 50000000, rates: {Sme: 0.225, MidCap: 0.15, Large: 0.125, Research: 0.2}},
              {funderId: $b, envelope: 20000000, rates: {Sme: 0.225, MidCap: 0.15, Large: 0.125, Research: 0.2}}]}')
call_id=$(call POST "${apis[0]}/api/calls" "$manager" "$definition" | jq -r .id)
call POST "${apis[0]}/api/calls/$call_id/publish" "$manager" >/dev/null

suffix=$(date +%s%N)
lead=$(register "lead-$suffix@ondes-bretonnes.test")
lead_org=$(organisation "$lead" "Ondes Bretonnes SAS" Sme FR-BRE)
colleague_email="colleague-$suffix@ondes-bretonnes.test"
colleague=$(register "$colleague_email")
# Nobody is enrolled without consent: the colleague asks to join and the lead approves.
join_request=$(call POST "${apis[0]}/api/organisations/$lead_org/join-requests" "$colleague" '{}' | jq -r .id)
call POST "${apis[0]}/api/join-requests/$join_request/approve" "$lead" >/dev/null
lab=$(register "lab-$suffix@lab-rennes.test")
lab_org=$(organisation "$lab" "Laboratoire de Rennes" Research FR-BRE)
large=$(register "large-$suffix@normandie-telecom.test")
large_org=$(organisation "$large" "Normandie Télécom Industries" Large FR-NOR)
members=4

make_dossier() { # index -> proposal id
  local api=${apis[$(($1 % 2))]} id
  id=$(call POST "$api/api/calls/$call_id/proposals" "$lead" "$(jq -nc --arg a "CHK-$1" '{acronym: $a,
    title: "Réseaux privés pour les ports de l'\''Ouest", summary: "Contrôle du mode distribué.", keywords: ["5G"],
    trlStart: 4, trlTarget: 7, durationMonths: 36}')" | jq -r .id)
  call POST "$api/api/proposals/$id/partners" "$lead" "{\"organisationId\":\"$lab_org\"}" >/dev/null
  call POST "$api/api/proposals/$id/partners" "$lead" "{\"organisationId\":\"$large_org\"}" >/dev/null
  call PUT "$api/api/proposals/$id/partners/$lead_org/budget" "$lead" '{"personnel":500000,"overheads":100000,"subcontracting":50000,"equipment":50000,"otherCosts":0}' >/dev/null
  call PUT "$api/api/proposals/$id/partners/$lab_org/budget" "$lab" '{"personnel":400000,"overheads":80000,"subcontracting":0,"equipment":20000,"otherCosts":0}' >/dev/null
  call PUT "$api/api/proposals/$id/partners/$large_org/budget" "$large" '{"personnel":600000,"overheads":150000,"subcontracting":25000,"equipment":25000,"otherCosts":0}' >/dev/null
  echo "$id"
}

submit() { # "index proposal-id version" -> "status api" (retries transport errors with the same Idempotency-Key)
  local index=$1 id=$2 version=$3 key status attempt api
  key="check-$id-v$version"
  api=${apis[$(((index + version) % 2))]}
  for attempt in 1 2 3 4 5; do
    status=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H "Authorization: Bearer $lead" -H "Idempotency-Key: $key" \
      "$api/api/proposals/$id/submit" || true)
    [[ "$status" == 200 ]] && break
    sleep 0.5
  done
  echo "$status $api"
}
export -f call make_dossier submit
export lead lab large lab_org large_org lead_org call_id
# Bash cannot export arrays: each xargs child rebuilds apis from these two.
export apis_0=${apis[0]} apis_1=${apis[1]}

seq 0 $((dossiers - 1)) | xargs -P 8 -I{} bash -c 'apis=("$apis_0" "$apis_1"); make_dossier "$@"' _ {} >"$work/ids"
mapfile -t ids <"$work/ids"
((${#ids[@]} == dossiers)) || fail "created ${#ids[@]} dossiers instead of $dossiers"

# --- 200 submissions through both APIs, a worker killed with SIGKILL in the middle ----------------------------------
say "submitting $((dossiers * versions)) versions through ${apis[*]} ($parallel at a time); worker 1 frozen now, killed after $kill_after"
: >"$work/results"
frozen_pid=$(cat .run/distributed/worker-1.pid)
kill -STOP "$frozen_pid"
say "worker 1 (pid $frozen_pid) frozen with SIGSTOP"
started=$(date +%s.%N)
(
  for version in $(seq 1 $versions); do
    for i in "${!ids[@]}"; do echo "$i ${ids[$i]} $version"; done |
      xargs -P "$parallel" -L 1 bash -c 'apis=("$apis_0" "$apis_1"); submit "$@"' _ >>"$work/results"
  done
) &
submitter=$!
killed_pid=""
while kill -0 "$submitter" 2>/dev/null; do
  if [[ -z "$killed_pid" ]] && (($(wc -l <"$work/results") >= kill_after)); then
    killed_pid=$(cat .run/distributed/worker-1.pid)
    kill -9 "$killed_pid"
    say "kill -9 worker 1 (pid $killed_pid: $(ps -o args= -p "$killed_pid" 2>/dev/null | cut -c1-60 || echo gone)) after $(wc -l <"$work/results") submissions"
  fi
  sleep 0.05
done
wait "$submitter"
elapsed=$(echo "$(date +%s.%N) - $started" | bc)
sleep 0.5
# A killed child that nobody reaped yet is a zombie (state Z): dead, though kill -0 still finds it.
if kill -0 "$killed_pid" 2>/dev/null && [[ "$(ps -o stat= -p "$killed_pid" 2>/dev/null)" != Z* ]]; then
  fail "worker 1 (pid $killed_pid) survived kill -9"
fi
ok=$(grep -c '^200 ' "$work/results" || true)
say "submissions answered 200: $ok / $((dossiers * versions)) in ${elapsed}s (via 5081: $(grep -c ':5081' "$work/results"), via 5082: $(grep -c ':5082' "$work/results"))"
((ok == dossiers * versions)) || fail "$((dossiers * versions - ok)) submissions did not answer 200: $(grep -v '^200 ' "$work/results" | sort | uniq -c | head -5)"
[[ -n "$killed_pid" ]] || fail "worker 1 was not killed"

# --- wait for the notifications, then check them ---------------------------------------------------------------------
expected=$((ok * members))
say "waiting for $expected notifications and e-mails (one worker left)"
for ((i = 0; i < 600; i++)); do
  got=$(sql "SELECT count(*) FROM notifications WHERE dedup_key LIKE 'proposal-submitted:%' AND emailed_at IS NOT NULL")
  ((got >= expected)) && break
  sleep 0.5
done
say "restarting worker 1"
deploy/distributed.sh start >/dev/null 2>&1
sleep 5

versions_in_db=$(sql "SELECT count(*) FROM proposal_versions")
notifications=$(sql "SELECT count(*) FROM notifications WHERE title LIKE 'Dossier reçu%'")
wrong_versions=$(sql "SELECT count(*) FROM proposal_versions v WHERE (SELECT count(*) FROM notifications n
  WHERE n.dedup_key LIKE 'proposal-submitted:' || v.proposal_id || ':' || v.number || ':%') <> $members")
per_user_dupes=$(sql "SELECT count(*) FROM (SELECT user_id, split_part(dedup_key, ':', 2), split_part(dedup_key, ':', 3)
  FROM notifications WHERE dedup_key LIKE 'proposal-submitted:%' GROUP BY 1, 2, 3 HAVING count(*) > 1) d")
emailed=$(sql "SELECT count(*) FROM notifications WHERE dedup_key LIKE 'proposal-submitted:%' AND emailed_at IS NOT NULL")
processed=$(sql "SELECT count(*) FROM processed_messages WHERE consumer = 'SubmissionReceivedNotificationConsumer'")
pending=$(sql "SELECT count(*) FROM outbox_messages WHERE dispatched_at IS NULL")
parked=$(sql "SELECT count(*) FROM parked_messages")
eml=$(find .data/distributed/mail -name '*.eml' 2>/dev/null | wc -l)
skips=$(cat .run/distributed/worker-*.log | grep -c 'already processed message' || true)
redelivered=$(cat .run/distributed/worker-*.log | grep -c 'redelivered by the broker' || true)

cat <<REPORT
[check] ------------------------------------------------------------------
[check] submitted versions (proposal_versions) ........ $versions_in_db (expected $((dossiers * versions)))
[check] "Dossier reçu" notifications .................. $notifications (expected $expected = $ok x $members members)
[check] versions without exactly $members notifications ...... $wrong_versions
[check] duplicate (user, dossier, version) ............ $per_user_dupes
[check] notifications e-mailed ........................ $emailed; .eml files: $eml (a kill between SMTP send and commit may resend)
[check] ProposalSubmitted processed by the consumer ... $processed
[check] messages redelivered by RabbitMQ .............. $redelivered (in flight on the killed worker)
[check] duplicates skipped by the idempotency guard ... $skips
[check] outbox rows still pending ..................... $pending
[check] parked messages ............................... $parked
[check] ------------------------------------------------------------------
REPORT
((versions_in_db == dossiers * versions)) || fail "proposal_versions = $versions_in_db"
((notifications == expected)) || fail "notifications = $notifications, expected $expected"
((wrong_versions == 0)) || fail "$wrong_versions versions without exactly $members notifications"
((per_user_dupes == 0)) || fail "$per_user_dupes duplicated notifications"
((emailed == expected)) || fail "only $emailed of $expected notifications e-mailed"
((eml >= expected)) || fail "only $eml e-mails written"
((processed == ok)) || fail "processed ProposalSubmitted = $processed, expected $ok"
((pending == 0)) || fail "$pending outbox rows still pending"
((parked == 0)) || fail "$parked parked messages"
((redelivered > 0)) || fail "the kill hit no message in flight (nothing was redelivered): the check proved less than it should"

deploy/distributed.sh status || true
$keep || deploy/distributed.sh stop
if ((failures > 0)); then
  say "$failures check(s) failed"
  exit 1
fi
say "distributed check passed"
