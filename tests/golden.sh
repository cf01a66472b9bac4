#!/bin/sh
# golden.sh - whole runs over samples/ and tests/data/ against reviewed
# expected output, and the hand-written expectations of
# tests/golden/expected-steps.tsv.
# Usage: sh tests/golden.sh [--update] BIN   (from the repository root)
set -u
update=0
if [ "${1:-}" = "--update" ]; then update=1; shift; fi
BIN=${1:-build/bin/escalate}
RUN="${VALGRIND:-} $BIN"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
pass=0
fail=0
ARGS="--now 2026-11-28T12:00:00+03:00 --tz Europe/Moscow --fail-on never"
export NO_COLOR=1

ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }

# golden STATUS NAME ARGS...: the exit status is STATUS and the output
# is tests/golden/NAME (and stderr tests/golden/NAME.err when it exists)
golden() {
	want=$1 name=$2
	shift 2
	$RUN $ARGS "$@" >"$T/$name" 2>"$T/$name.err"
	status=$?
	if [ "$status" -ne "$want" ]; then bad "$name: exit $status, want $want"; cat "$T/$name.err"; return; fi
	if [ "$update" -eq 1 ] && [ -s "$T/$name.err" ]; then cp "$T/$name.err" "tests/golden/$name.err"; fi
	if [ -f "tests/golden/$name.err" ]; then
		if diff -u "tests/golden/$name.err" "$T/$name.err"; then ok; else bad "$name: stderr differs"; fi
	fi
	if [ "$update" -eq 1 ]; then cp "$T/$name" "tests/golden/$name"; fi
	if diff -u "tests/golden/$name" "$T/$name" >"$T/diff"; then ok; else bad "$name differs:"; head -60 "$T/diff"; fi
}

golden 0 samples.json -f json samples/
golden 0 samples.txt samples/
# Test inputs: damaged mail, a file that is not mail (exit 2), chats.
golden 2 data.json -f json tests/data/chat tests/data/eml
# Legal periods (docs/law.md): the English samples under their law.
golden 0 law-uk.txt --jurisdiction uk samples/mbox-harbour-bank-complaint.mbox
golden 0 law-us.txt --jurisdiction us samples/mbox-summit-card-billing-error.mbox
golden 0 law-us.json -f json --jurisdiction us samples/mbox-summit-card-billing-error.mbox

# The analyzed text of every message (--explain), one block per message:
# a change in how replies, quoted history, signatures, notifications and
# page header rows are told apart shows here, message by message.
TEXTS_JQ='.conversations[] | .source as $s | .messages[]
 | "== \($s) #\(.index) \(.role) \(.sender.name // .sender.address // "-")\n\(.text // "")"'
# Each folder is one run: e-mails are threaded across the inputs of a run.
texts() {
	name=$1
	shift
	: >"$T/$name"
	for dir in "$@"; do
		$RUN $ARGS --explain -f json "$dir" 2>/dev/null | jq -r "$TEXTS_JQ" >>"$T/$name"
	done
	if [ "$update" -eq 1 ]; then cp "$T/$name" "tests/golden/$name"; fi
	if diff -u "tests/golden/$name" "$T/$name" >"$T/diff"; then ok; else bad "$name differs:"; head -60 "$T/diff"; fi
}
texts texts.txt samples/ tests/data/eml tests/data/helpdesk tests/data/html \
	tests/data/transcript tests/data/chat

# Hand-written expectations: action, actions, tickets, deadlines per sample.
check_row() {
	file=$1 action=$2 actions=$3 tickets=$4 deadlines=$5
	conv=$(jq -c --arg s "samples/$file" '.conversations[] | select(.source == $s)' "$T/samples.json")
	if [ -z "$conv" ]; then bad "$file: not in the report"; return; fi
	got=$(printf '%s' "$conv" | jq -r '.escalation.action')
	[ "$got" = "$action" ] && ok || bad "$file: action $got, want $action"
	got=$(printf '%s' "$conv" | jq -r '.escalation.actions | join(",")')
	[ "$got" = "$actions" ] && ok || bad "$file: actions $got, want $actions"
	got=$(printf '%s' "$conv" | jq -r '.tickets | join(",")')
	[ "$got" = "$tickets" ] && ok || bad "$file: tickets '$got', want '$tickets'"
	got=$(printf '%s' "$conv" | jq -r '[.findings[] | select(.type == "deadline") | "\(.due // "null")|\(.status)|\(.claimed)"] | join(";")')
	[ "$got" = "$deadlines" ] && ok || bad "$file: deadlines '$got', want '$deadlines'"
}

if [ -f tests/golden/expected-steps.tsv ] && [ -s "$T/samples.json" ]; then
	grep -v '^#' tests/golden/expected-steps.tsv | tail -n +2 >"$T/rows"
	tab=$(printf '\t')
	while IFS="$tab" read -r file action actions tickets deadlines note; do
		[ -n "$file" ] || continue
		# '-' stands for an empty list: read folds adjacent tabs.
		[ "$tickets" = - ] && tickets=
		[ "$deadlines" = - ] && deadlines=
		check_row "$file" "$action" "$actions" "$tickets" "$deadlines"
	done <"$T/rows"
fi

echo "golden: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
