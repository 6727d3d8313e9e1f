#!/usr/bin/env bash
# "No block of real code twice in src/" (issue 21): jscpd 5.3.2 (pinned: 5.4.x has no Linux build on our registry) on a
# copy of src/ whose `using` directives are blanked (lists of namespaces are not code; line numbers stay the same),
# generated migrations and build output aside. Exits 1 and prints the clones when there is one.
# Usage: source scripts/lib/duplication.sh; fp_duplication_check [min-tokens, default 70]

fp_duplication_check() {
  local root min_tokens tool copy status
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
  min_tokens="${1:-70}"
  tool="$root/.run/jscpd"
  if [ ! -x "$tool/node_modules/.bin/jscpd" ]; then
    mkdir -p "$tool"
    (cd "$tool" && npm i -E --silent --no-audit --no-fund jscpd@5.3.2 >/dev/null) || { echo "[dup] could not install jscpd 5.3.2" >&2; return 1; }
  fi
  copy="$(mktemp -d)"
  (cd "$root" && find src -name '*.cs' -not -path '*/obj/*' -not -path '*/bin/*' -not -path '*/Migrations/*' -print0 |
    while IFS= read -r -d '' file; do
      mkdir -p "$copy/$(dirname "$file")"
      sed -E 's/^(global )?using [A-Za-z0-9_.= ]+;$//' "$file" >"$copy/$file"
    done)
  status=0
  (cd "$copy" && "$tool/node_modules/.bin/jscpd" src --format csharp --min-tokens "$min_tokens" --reporters console --exit-code 1 --silent) || status=$?
  if [ "$status" -ne 0 ]; then
    (cd "$copy" && "$tool/node_modules/.bin/jscpd" src --format csharp --min-tokens "$min_tokens" --reporters console | sed 's/\x1b\[[0-9;]*m//g' | grep -A2 'Clone found')
  fi
  rm -rf "$copy"
  return "$status"
}
