#!/usr/bin/env bash
# Every figure of docs/benchmarks.md's newest "Status at the end of ..." section that this machine
# can produce, one tool after another, each tool's full log beside the summary:
#
#     benchmarks/measure_all.sh [LOGDIR]      # default /tmp/measure-all-<UTC time>
#
# Run from anywhere; the worktree it lives in is measured (its src/ first on PYTHONPATH).  The
# audits read the corpora benchmarks/rebuild_corpora.sh rebuilds; one that is missing is named in
# the summary, not measured.  The audits never pass --update: a verdict file is never written.
# Slow: every audit reruns the pipeline over its corpus (about an hour on an idle 2-core machine).
# PYTHON picks the interpreter (default: python).  Exit status: 0, or 1 when a tool failed.
set -uo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
LOG=${1:-/tmp/measure-all-$(date -u +%Y%m%dT%H%M%S)}
PY=${PYTHON:-python}
SHARED=${SHARED:-$(cd "$REPO/.." && pwd)/shared/corpus}
G=/tmp/measure_dl/g/gensim/test/test_data
mkdir -p "$LOG/tmp"
cd "$REPO" || exit 1
export PYTHONPATH="$REPO/src:$REPO${PYTHONPATH:+:$PYTHONPATH}"
export TMPDIR="$LOG/tmp"      # loco's pool files and caches: this run's own, not another's in /tmp
SUMMARY=$LOG/summary.md
FAILED=0
: > "$SUMMARY"

say() { echo "$*" | tee -a "$SUMMARY"; }

# run NAME PATTERN CMD...: CMD's output into $LOG/NAME.log; the lines matching PATTERN (grep -E)
# into the summary, with the wall time.
run() {
  local name=$1 pattern=$2; shift 2
  local start rc
  start=$(date +%s)
  "$@" > "$LOG/$name.log" 2>&1
  rc=$?
  say ""
  say "## $name ($(( $(date +%s) - start )) s$([ $rc -eq 0 ] || echo ", FAILED: exit $rc"))"
  say "\`$*\`"
  [ $rc -eq 0 ] || FAILED=1
  grep -E "$pattern" "$LOG/$name.log" | tee -a "$SUMMARY"
}

# audit NAME CORPUS ARGS...: one audit, or a line saying which corpus is missing.
AUDIT_ROWS='^### Audit of|\*\*total'
audit() {
  local name=$1 corpus=$2; shift 2
  if [ ! -e "$corpus" ]; then
    say ""; say "## audit $name: MISSING $corpus (benchmarks/rebuild_corpora.sh rebuilds it)"; return
  fi
  run "audit-$name" "$AUDIT_ROWS" "$PY" -m benchmarks.audit "$corpus" "$@"
}

echo "measuring $(git -C "$REPO" rev-parse --short HEAD) into $LOG" >&2
say "# measure_all: $(git -C "$REPO" rev-parse --short HEAD)$(git -C "$REPO" diff --quiet HEAD -- src || echo '+dirty'), $(date -u '+%Y-%m-%d %H:%M UTC'), load $(cut -d' ' -f1-3 /proc/loadavg)"

# --- real world, accuracy -----------------------------------------------------------------------
run realworld '^\| textmend \(' "$PY" -m benchmarks.realworld --per-extractor
run accuracy '^\| [a-z-]+ \| textmend|^\| textmend \|' "$PY" -m benchmarks.accuracy --seed 1
run accuracy-non-en '^\| [a-z-]+ \| textmend|^\| textmend \|' "$PY" -m benchmarks.accuracy --seed 1 --lang non-en

# --- the audits (verdicts in benchmarks/verdicts/; "0 not judged" = every edit judged) ---------
audit dev "$SHARED/news-dev.jsonl"
audit extracted-tune "$SHARED/extracted-dev.jsonl.gz" --split tune --sample 60 --skip whitespace --name extracted-dev-tune
audit extracted-validate "$SHARED/extracted-dev.jsonl.gz" --split validate --sample 40 --skip whitespace --name extracted-dev-validate
audit lee "$G/lee_background.cor" --lines
audit lee50 "$G/lee.cor" --lines --encoding latin-1
audit crime "$G/crime-and-punishment.txt"
audit spacy /tmp/multiprec/spacy-examples.jsonl
audit mimesis /tmp/multiprec/mimesis-text.jsonl
for s in tune validate; do
  audit "django-$s" /tmp/multiprec/django-po.jsonl --split $s --sample 150 --skip whitespace
  audit "django-$s-60" /tmp/multiprec/django-po.jsonl --split $s --sample 60 --skip whitespace
done
F1=/tmp/fresh-x/fresh-extracted.jsonl F2=/tmp/fresh2/fresh2-extracted.jsonl F3=/tmp/fresh3/fresh3-extracted.jsonl
OTHERS="--skip punctuation --skip quotes --skip invisible --skip mojibake"
for s in tune validate; do
  audit "fresh1-$s" $F1 --split $s --skip whitespace --name fresh-extracted-$s
  audit "fresh2-$s" $F2 --split $s --skip whitespace --name fresh2-extracted-$s
  audit "fresh3-$s" $F3 --split $s --skip whitespace $OTHERS --name fresh3-extracted-$s
  audit "fresh3-other-$s" $F3 --split $s --skip fused --skip repeats --skip whitespace --name fresh3-other-$s
done
audit fresh3-whitespace $F3 --sample 40 $OTHERS --skip fused --skip repeats --name fresh3-whitespace
for n in 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32 33 34 35 36 37; do
  f=/tmp/fresh$n/fresh$n-extracted.jsonl
  # One verdict file a corpus; its tune and validate pages by the id's hash (the total is their sum).
  for s in tune validate; do audit "fresh$n-$s" $f --split $s --skip whitespace --name fresh$n-extracted; done
  audit "fresh$n-whitespace" $f --sample 30 --name fresh$n-extracted-whitespace $OTHERS --skip fused --skip repeats
done

# --- typographic spaces, dropped closing marks, the pooled calibration, speed -------------------
TYPO_ROWS='^#### |\*\*deliberate\*\*|\*\*all\*\*'
run typographic "$TYPO_ROWS" "$PY" -m benchmarks.typographic
for n in 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32 33 34 35 36 37; do
  f=/tmp/fresh$n/fresh$n-extracted.jsonl
  [ -e "$f" ] && run "typographic-fresh$n" "$TYPO_ROWS" "$PY" -m benchmarks.typographic --corpus "$f"
done
OLD=($F1 $F2 /tmp/fresh3/fresh3-extracted.jsonl /tmp/fresh4/fresh4-extracted.jsonl /tmp/fresh5/fresh5-extracted.jsonl
     /tmp/fresh6/fresh6-extracted.jsonl /tmp/fresh7/fresh7-extracted.jsonl /tmp/fresh8/fresh8-extracted.jsonl)
QROWS='harmed|improved|cases|^\|'
if ls "${OLD[@]}" > /dev/null 2>&1; then
  # The old split (corpora 1-8, tune / validate by the page hash) and the newer tune material.
  run quotes-extracted-tune "$QROWS" "$PY" -m benchmarks.quotes_extracted "${OLD[@]}" --split tune
  run quotes-extracted-validate "$QROWS" "$PY" -m benchmarks.quotes_extracted "${OLD[@]}" --split validate
else
  say ""; say "## quotes-extracted (old split): MISSING one of ${OLD[*]}"
fi
NEW=(/tmp/fresh9/fresh9-extracted.jsonl /tmp/fresh10/fresh10-extracted.jsonl /tmp/fresh11/fresh11-extracted.jsonl
     /tmp/multiprec/django-po.jsonl)
if ls "${NEW[@]}" > /dev/null 2>&1; then
  run quotes-extracted-new "$QROWS" "$PY" -m benchmarks.quotes_extracted "${NEW[0]}@all" "${NEW[1]}@all" "${NEW[2]}@all" \
    "$SHARED/extracted-dev.jsonl.gz@tune" "${NEW[3]}@tune"
else
  say ""; say "## quotes-extracted (new material): MISSING one of ${NEW[*]}"
fi
[ -e "$G/lee_background.cor" ] && run quotes-extracted-lee "$QROWS" "$PY" -m benchmarks.quotes_extracted "$G/lee_background.cor@all" --lines
# loco: every judged edit of every corpus found, pooled; compared with itself, the "after" column
# and the "default" row are main's pooled precision today (a corpus not found is named in the log).
run loco-collect 'judged edits|not found' "$PY" -m benchmarks.loco collect
run loco-pool 'pooled verdicts|not found' "$PY" -m benchmarks.loco pool
run loco-pooled '^mean|^\| (strict|default|aggressive)' "$PY" -m benchmarks.loco compare --before "$TMPDIR/textmend-loco-pool.jsonl"
run speed '^\| (textmend.clean|ftfy.fix_text|ratio|import|first document|import \+|whole process)' "$PY" -m benchmarks.speed --quick

say ""
say "logs: $LOG"
exit $FAILED
