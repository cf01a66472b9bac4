#!/bin/sh
# prefilter.sh - the literal prefilter changes no result: every input set
# is analyzed once normally and once with ESCALATE_NO_PREFILTER=1, and
# the JSON reports (with --explain), stderr and exit statuses must be
# identical. Sets: samples/, tests/data/, tests/eval/ and the tuning part
# of tests/conv/ when present, and
# the real corpus (../shared/corpus/real) when present.
# Usage: sh tests/prefilter.sh BIN   (from the repository root)
set -u
BIN=${1:-build/bin/escalate}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
pass=0
fail=0
ARGS="--now 2026-11-28T12:00:00+03:00 --tz Europe/Moscow -f json --explain"

# run NAME PATH: compare both modes over PATH
run() {
	name=$1 path=$2
	$BIN $ARGS "$path" >"$T/$name.on" 2>"$T/$name.on.err"
	echo "exit $?" >>"$T/$name.on.err"
	ESCALATE_NO_PREFILTER=1 $BIN $ARGS "$path" >"$T/$name.off" \
		2>"$T/$name.off.err"
	echo "exit $?" >>"$T/$name.off.err"
	if ! cmp -s "$T/$name.on" "$T/$name.off"; then
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

run samples samples
run data tests/data
# each fixture folder on its own as well: one failing input elsewhere
# must not hide a difference
for d in tests/data/*/; do
	run "data-$(basename "$d")" "$d"
done
[ -d tests/eval ] && run eval tests/eval
for d in tests/conv/*/; do
	[ -d "$d" ] && run "conv-$(basename "$d")" "$d"
done
[ -d ../shared/corpus/real ] && run corpus ../shared/corpus/real

echo "prefilter identity: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
