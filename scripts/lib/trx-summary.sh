# shellcheck shell=bash
# -----------------------------------------------------------------------------
# scripts/lib/trx-summary.sh — one-line summary of `dotnet test --logger trx` results.
#
# Usage:
#   source scripts/lib/trx-summary.sh
#   fp_trx_summary TestResults        # -> "41 passed, 1 failed" or "41 passed, 0 failed, 3 skipped"
#
# fp_trx_summary <folder>
#   Reads every *.trx file below <folder> (recursively, case-insensitive extension) and sums the
#   attributes of the <Counters .../> element inside <ResultSummary>:
#     passed  = passed
#     failed  = failed + error + timeout + aborted
#     skipped = notExecuted, or total - executed when that is larger (vstest's TRX logger writes
#               notExecuted="0" for skipped tests; they only show as total > executed)
#               (the ", N skipped" part is printed only when N > 0)
#   A file is also counted as 1 failed (with a note on stderr) when it has no <Counters> element
#   (truncated/corrupt file) or when its run outcome is Failed/Error/Aborted/Timeout although no
#   test failed (e.g. the test host crashed), so a broken run can never look green.
#   Prints exactly one line on stdout. Returns 0 when at least one .trx file was read (whatever the
#   test results; check the "failed" count), 1 when there is none (then prints "0 passed, 1 failed":
#   a run that produced nothing is a failure), 2 on usage errors (also printing "0 passed, 1 failed").
#   Uses only bash, find, sort and awk (works with mawk and gawk). Notes go to stderr as "[trx] ...".
# -----------------------------------------------------------------------------

fp_trx_summary() {
  if [[ $# -ne 1 || -z "$1" ]]; then
    printf '[trx] usage: fp_trx_summary <folder>\n' >&2
    printf '0 passed, 1 failed\n'
    return 2
  fi
  local dir=$1 f
  local -a files=()
  if [[ -d "$dir" ]]; then
    while IFS= read -r -d '' f; do
      files+=("$f")
    done < <(find "$dir" -type f -iname '*.trx' -print0 2>/dev/null | sort -z)
  fi
  if ((${#files[@]} == 0)); then
    printf '[trx] no .trx files found under %s\n' "$dir" >&2
    printf '0 passed, 1 failed\n'
    return 1
  fi
  # Empty or unreadable files cannot be parsed by awk: count each as 1 failed.
  local -a readable=()
  local broken=0
  for f in "${files[@]}"; do
    if [[ -s "$f" && -r "$f" ]]; then
      readable+=("$f")
    else
      printf '[trx] %s: empty or unreadable; counted as 1 failed\n' "$f" >&2
      broken=$((broken + 1))
    fi
  done
  if ((${#readable[@]} == 0)); then
    printf '0 passed, %d failed\n' "$broken"
    return 0
  fi

  # shellcheck disable=SC2016 # awk program, not shell
  awk -v broken="$broken" '
    function attr(el, name,    s) {
      # name="123" or name = '\''123'\'' preceded by whitespace (so "passed" never matches
      # "passedButRunAborted" and "executed" never matches "notExecuted").
      if (match(el, "[ \t\r]" name "[ \t\r]*=[ \t\r]*[\"'\''][0-9]+[\"'\'']")) {
        s = substr(el, RSTART, RLENGTH)
        sub(/^[^=]*=/, "", s)
        gsub(/[^0-9]/, "", s)
        return s + 0
      }
      return 0
    }
    function outcome_of(el,    s) {
      if (match(el, "[ \t\r]outcome[ \t\r]*=[ \t\r]*[\"'\''][A-Za-z]+[\"'\'']")) {
        s = substr(el, RSTART, RLENGTH)
        sub(/^[^=]*=[ \t\r]*/, "", s)
        gsub("[\"'\'']", "", s)
        return s
      }
      return ""
    }
    function has_attr(el, name) {
      return match(el, "[ \t\r]" name "[ \t\r]*=[ \t\r]*[\"'\''][0-9]+[\"'\'']") > 0
    }
    function finish_file(    f, o, sk, d) {
      if (file == "") return
      if (!have_counters) {
        printf "[trx] %s: no <Counters> element (truncated or not a trx file); counted as 1 failed\n", file > "/dev/stderr"
        failed += 1
      } else {
        f = attr(counters, "failed") + attr(counters, "error") + attr(counters, "timeout") + attr(counters, "aborted")
        o = outcome
        if (f == 0 && (o == "Failed" || o == "Error" || o == "Aborted" || o == "Timeout")) {
          printf "[trx] %s: run outcome is %s although no test failed (test host crash?); counted as 1 failed\n", file, o > "/dev/stderr"
          f = 1
        }
        passed += attr(counters, "passed")
        failed += f
        # vstest'\''s TRX logger leaves notExecuted at 0 for skipped tests; they only show up as
        # total - executed. Take the larger of both (no double counting when both are set).
        sk = attr(counters, "notExecuted")
        if (has_attr(counters, "total") && has_attr(counters, "executed")) {
          d = attr(counters, "total") - attr(counters, "executed")
          if (d > sk) sk = d
        }
        skipped += sk
      }
    }
    FNR == 1 {
      finish_file()
      file = FILENAME; in_summary = 0; in_counters = 0; have_counters = 0
      counters = ""; outcome = ""; summary_tag = ""; in_summary_tag = 0
    }
    have_counters { next }
    {
      line = $0
      # <ResultSummary outcome="..."> (the tag may span lines)
      if (!in_summary) {
        i = index(line, "<ResultSummary")
        if (i == 0) next
        in_summary = 1; in_summary_tag = 1
        line = substr(line, i)
        summary_tag = ""
      }
      if (in_summary_tag) {
        j = index(line, ">")
        if (j > 0) {
          summary_tag = summary_tag " " substr(line, 1, j)
          outcome = outcome_of(summary_tag)
          in_summary_tag = 0
          line = substr(line, j + 1)
        } else {
          summary_tag = summary_tag " " line
          next
        }
      }
      # <Counters ... /> inside the summary (attributes may span lines)
      if (!in_counters) {
        i = index(line, "<Counters")
        if (i == 0) next
        in_counters = 1
        counters = ""
        line = substr(line, i + length("<Counters"))
      }
      j = index(line, ">")
      if (j > 0) {
        counters = counters " " substr(line, 1, j)
        have_counters = 1
      } else {
        counters = counters " " line
      }
    }
    END {
      finish_file()
      failed += broken
      if (skipped > 0) printf "%d passed, %d failed, %d skipped\n", passed, failed, skipped
      else printf "%d passed, %d failed\n", passed, failed
    }
  ' "${readable[@]}"
}
