#!/bin/sh
# pieces.sh - an mbox read in pieces (in parallel) gives the result of
# reading it whole: every mbox of tests/data/mbox, the bench generator's
# mailbox when built, and the real corpus's mboxes (when present) are
# analyzed with the default piece size and with pieces of 1 byte (a cut
# at every message) and 300 bytes; JSON reports, stderr and exit statuses
# must be identical, for -j 1 and -j 2. The JSON Lines stream of a whole
# run is also compared between -j 1 and -j 2, and with TMPDIR unusable
# (temporary data kept in memory).
# Usage: sh tests/pieces.sh BIN   (from the repository root)
set -u
BIN=${1:-build/bin/escalate}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
pass=0
fail=0
ARGS="--now 2026-11-28T12:00:00+03:00 --tz Europe/Moscow -f json --explain"

# one NAME FILE PIECE JOBS: compare with the whole-file run of FILE
one() {
	ESCALATE_PIECE_BYTES=$3 $BIN -j "$4" $ARGS "$2" >"$T/p.out" 2>"$T/p.err"
	echo "exit $?" >>"$T/p.err"
	if cmp -s "$T/w.out" "$T/p.out" && cmp -s "$T/w.err" "$T/p.err"; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "FAIL: $1: pieces of $3 bytes, -j $4 differ from the whole file"
		diff "$T/w.out" "$T/p.out" | head -10
		diff "$T/w.err" "$T/p.err" | head -10
	fi
}

check_file() {
	[ -f "$1" ] || return 0
	$BIN -j 1 $ARGS "$1" >"$T/w.out" 2>"$T/w.err"
	echo "exit $?" >>"$T/w.err"
	for piece in 1 300; do
		for j in 1 2; do
			one "$1" "$1" $piece $j
		done
	done
}

for f in tests/data/mbox/*.mbox ../shared/corpus/real/mbox/*.mbox \
	"${BENCH_MBOX:-}"; do
	[ -n "$f" ] && check_file "$f"
done

# the whole of tests/data as a JSON Lines stream, -j 1 against -j 2
$BIN -j 1 --now 2026-11-28T12:00:00+03:00 -f jsonl samples tests/data \
	>"$T/j1" 2>"$T/j1.err"
$BIN -j 2 --now 2026-11-28T12:00:00+03:00 -f jsonl samples tests/data \
	>"$T/j2" 2>"$T/j2.err"
if cmp -s "$T/j1" "$T/j2" && cmp -s "$T/j1.err" "$T/j2.err" && [ -s "$T/j1" ]
then
	pass=$((pass + 1))
else
	fail=$((fail + 1))
	echo "FAIL: jsonl stream differs between -j 1 and -j 2"
fi

# with no usable temporary directory the tapes and the spill store live
# in memory: the same stream
TMPDIR="$T/missing" $BIN -j 2 --now 2026-11-28T12:00:00+03:00 -f jsonl \
	samples tests/data >"$T/m" 2>"$T/m.err"
if cmp -s "$T/j1" "$T/m" && cmp -s "$T/j1.err" "$T/m.err"; then
	pass=$((pass + 1))
else
	fail=$((fail + 1))
	echo "FAIL: jsonl stream differs when TMPDIR cannot be used"
fi

echo "pieces: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
