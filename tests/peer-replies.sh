#!/bin/sh
# peer-replies.sh - reply extraction against the expectations of the
# peers' own test suites (email_reply_parser, talon), as a regression
# guard: every suite must keep at least the exact-or-acceptable count it
# reached (docs/eval.md). The cases and the scorer live beside the
# repository, in ../shared/peer-replies ($ESC_PEER_REPLIES); without them,
# or without python3, the test is skipped.
# Usage: sh tests/peer-replies.sh BIN   (from the repository root)
set -u
BIN=${1:-build/bin/escalate}
DIR=${ESC_PEER_REPLIES:-../shared/peer-replies}
if [ ! -f "$DIR/score.py" ] || [ ! -f "$DIR/cases/cases.jsonl" ]; then
	echo "peer-replies: skipped (no $DIR)"
	exit 0
fi
if ! command -v python3 >/dev/null 2>&1; then
	echo "peer-replies: skipped (no python3)"
	exit 0
fi
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
if ! python3 "$DIR/score.py" "$BIN" --no-baseline --jobs 2 --tsv "$T/rows.tsv" >"$T/out"; then
	cat "$T/out"
	echo "peer-replies: the scorer did not run"
	exit 1
fi
sed -n '/^| suite/,/^fail classes/p' "$T/out"
# suite and the least number of exact-or-acceptable cases it must keep:
# everything but the three cases SPEC answers the other way.
fail=0
while read -r suite want; do
	got=$(awk -F '\t' -v s="$suite" '$1 == "escalate" && $3 == s &&
		($5 == "exact" || $5 == "acceptable") { n++ } END { print n + 0 }' "$T/rows.tsv")
	if [ "$got" -lt "$want" ]; then
		echo "FAIL: $suite: $got exact or acceptable, want at least $want"
		awk -F '\t' -v s="$suite" '$1 == "escalate" && $3 == s && $5 == "fail" { print "  " $2 ": " $6 }' "$T/rows.tsv"
		fail=1
	fi
done <<'LEVELS'
email_reply_parser 20
talon-text 50
talon-eml 12
talon-html 25
talon-signature 18
LEVELS
if [ "$fail" -eq 0 ]; then echo "peer-replies: passed"; fi
exit "$fail"
