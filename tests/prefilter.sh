#!/bin/sh
# prefilter.sh - the literal prefilter and its windows change no result:
# every input set is analyzed once normally and once with
# ESCALATE_NO_PREFILTER=1 (every pattern over every whole text), and the
# JSON reports (with --explain), stderr and exit statuses must be
# identical; the normal run is repeated with -j2. Some sets are also run
# with ESCALATE_NO_JIT=1 (PCRE2's interpreter through pcre2_match
# everywhere, against the JIT code called directly). Sets: samples/,
# tests/data/, tests/eval/ and every part of tests/conv/ when present,
# the real corpus (../shared/corpus/real) when present, and, given
# BENCHGEN, a mailbox of each kind that make bench uses (2 MiB).
# Usage: sh tests/prefilter.sh BIN [BENCHGEN]   (from the repository root)
set -u
BIN=${1:-build/bin/escalate}
GEN=${2:-}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
pass=0
fail=0
ARGS="--now 2026-11-28T12:00:00+03:00 --tz Europe/Moscow -f json --explain"

# run NAME PATH: compare both modes over PATH
run() {
	name=$1 path=$2
	$BIN -j1 $ARGS "$path" >"$T/$name.on" 2>"$T/$name.on.err"
	echo "exit $?" >>"$T/$name.on.err"
	ESCALATE_NO_PREFILTER=1 $BIN -j1 $ARGS "$path" >"$T/$name.off" \
		2>"$T/$name.off.err"
	echo "exit $?" >>"$T/$name.off.err"
	$BIN -j2 $ARGS "$path" >"$T/$name.j2" 2>"$T/$name.j2.err"
	echo "exit $?" >>"$T/$name.j2.err"
	if ! cmp -s "$T/$name.on" "$T/$name.j2" ||
		! cmp -s "$T/$name.on.err" "$T/$name.j2.err"; then
		fail=$((fail + 1))
		echo "FAIL: $name: -j1 and -j2 differ"
		diff "$T/$name.on" "$T/$name.j2" | head -20
	elif ! cmp -s "$T/$name.on" "$T/$name.off"; then
		fail=$((fail + 1))
		echo "FAIL: $name: reports differ with and without the prefilter"
		diff "$T/$name.off" "$T/$name.on" | head -20
	elif ! cmp -s "$T/$name.on.err" "$T/$name.off.err"; then
		fail=$((fail + 1))
		echo "FAIL: $name: stderr or exit status differs"
		diff "$T/$name.off.err" "$T/$name.on.err" | head -20
	elif [ ! -s "$T/$name.on" ]; then
		fail=$((fail + 1))
		echo "FAIL: $name: empty report"
	else
		pass=$((pass + 1))
	fi
}

# nojit NAME PATH: after run NAME PATH, the interpreter gives the same
nojit() {
	name=$1 path=$2
	ESCALATE_NO_JIT=1 ESCALATE_NO_PREFILTER=1 $BIN -j1 $ARGS "$path" \
		>"$T/$name.nojit" 2>"$T/$name.nojit.err"
	echo "exit $?" >>"$T/$name.nojit.err"
	if ! cmp -s "$T/$name.on" "$T/$name.nojit" ||
		! cmp -s "$T/$name.on.err" "$T/$name.nojit.err"; then
		fail=$((fail + 1))
		echo "FAIL: $name: the JIT and the interpreter differ"
		diff "$T/$name.nojit" "$T/$name.on" | head -20
	else
		pass=$((pass + 1))
	fi
}

run samples samples
nojit samples samples
run data tests/data
# each fixture folder on its own as well: one failing input elsewhere
# must not hide a difference
for d in tests/data/*/; do
	run "data-$(basename "$d")" "$d"
done
[ -d tests/eval ] && run eval tests/eval && nojit eval tests/eval
for d in tests/conv/*/; do
	[ -d "$d" ] && run "conv-$(basename "$d")" "$d"
done
[ -d ../shared/corpus/real ] && run corpus ../shared/corpus/real
if [ -n "$GEN" ]; then
	"$GEN" -o "$T/mixed.mbox" 2 2>/dev/null && run mixed-mbox "$T/mixed.mbox"
	"$GEN" -t -o "$T/text.mbox" 2 2>/dev/null && run text-mbox "$T/text.mbox" &&
		nojit text-mbox "$T/text.mbox"
fi

echo "prefilter identity: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
