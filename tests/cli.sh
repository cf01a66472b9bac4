#!/bin/sh
# cli.sh - command-line behaviour: options, errors, exit statuses.
# Usage: sh tests/cli.sh BIN   (run from the repository root)
set -u
BIN=${1:-build/bin/escalate}
RUN="${VALGRIND:-} $BIN"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
pass=0
fail=0
NOW="--now 2026-11-28T12:00:00+03:00 --tz Europe/Moscow"

ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }

# expect STATUS NAME -- ARGS...: run, keep stdout/stderr in $T/out, $T/err
expect() {
	want=$1 name=$2
	shift 3
	$RUN "$@" >"$T/out" 2>"$T/err" </dev/null
	got=$?
	if [ "$got" = "$want" ]; then ok; else bad "$name: exit $got, want $want"; cat "$T/err"; fi
}
# one_line NAME PREFIX: stderr is exactly one line starting with PREFIX
one_line() {
	n=$(wc -l <"$T/err")
	if [ "$n" -eq 1 ] && grep -q "^$2" "$T/err"; then ok; else bad "$1: stderr: $(cat "$T/err")"; fi
}
has() { if grep -q -- "$3" "$2"; then ok; else bad "$1: no '$3' in $2"; fi; }
hasnt() { if grep -q -- "$3" "$2"; then bad "$1: '$3' in $2"; else ok; fi; }

expect 0 help -- --help
for o in format output now me lang patterns holidays calendar tz fail-on \
	explain jobs quiet list-patterns version help; do
	has "help lists --$o" "$T/out" "--$o"
done
expect 0 version -- --version
has version "$T/out" "^escalate [0-9]"

expect 2 no-path --
one_line no-path "escalate: error: no PATH given"
expect 2 bad-format -- -f xml samples
one_line bad-format "escalate: error: --format: unknown format 'xml'"
for f in jsonl csv html; do
	expect 0 "format-$f" -- $NOW --fail-on never -f "$f" samples
	if [ -s "$T/out" ] && [ ! -s "$T/err" ]; then ok; else bad "format-$f: no report"; fi
done
expect 2 bad-now -- --now 2026-13-01 samples
one_line bad-now "escalate: error: --now: not an ISO 8601"
expect 2 bad-jobs -- -j 0 samples
one_line bad-jobs "escalate: error: --jobs: expected a number"
expect 2 bad-fail-on -- --fail-on panic samples
one_line bad-fail-on "escalate: error: --fail-on: unknown action 'panic'"
expect 2 bad-lang -- --lang de samples
one_line bad-lang "escalate: error: --lang: expected a list of ru, en"
expect 2 bad-tz -- --tz Mars/Olympus samples
one_line bad-tz "escalate: error: --tz: unknown time zone"
expect 2 unknown-option -- --frobnicate samples
one_line unknown-option "escalate: error: --frobnicate: unknown option"
expect 2 missing-value -- samples --me
one_line missing-value "escalate: error: --me: missing value"
expect 2 bad-calendar -- --calendar xx samples
one_line bad-calendar "escalate: error: "

# A pattern file that does not compile names file, line, id and PCRE2's
# words; it is left out, and the inputs are still reported (exit 2).
expect 2 bad-pattern -- $NOW --patterns tests/data/cli/bad.pat samples
one_line bad-pattern "escalate: error: tests/data/cli/bad.pat:6: pattern test.ticket.broken: "
has bad-pattern-pcre2 "$T/err" "missing closing parenthesis"
has bad-pattern-report "$T/out" "conversations from"
expect 2 missing-pattern-file -- $NOW --patterns tests/data/cli/none.pat samples
one_line missing-pattern-file "escalate: error: tests/data/cli/none.pat: "
has missing-pattern-file-report "$T/out" "conversations from"
expect 2 bad-holidays -- $NOW --holidays tests/data/cli/bad-holidays.txt samples
one_line bad-holidays "escalate: error: tests/data/cli/bad-holidays.txt:3: "
has bad-holidays-report "$T/out" "conversations from"
# A good extra pattern file replaces a built-in id and adds its own.
expect 0 good-pattern -- --patterns tests/data/cli/extra.pat --list-patterns
has good-pattern-new "$T/out" "^test.ticket.acme"

# An unreadable path: one line, exit 2, the other inputs still reported.
expect 2 unreadable -- $NOW -f json tests/data/cli/no-such-file samples/
one_line unreadable "escalate: error: tests/data/cli/no-such-file: "
if jq -e '.conversations | length > 0' "$T/out" >/dev/null; then ok; else bad "unreadable: others not reported"; fi
if jq -e '[.inputs[] | select(.failed)] | length == 1' "$T/out" >/dev/null; then ok; else bad "unreadable: not listed as failed"; fi

expect 0 list-patterns -- --list-patterns
has list-ru "$T/out" "^ru\.ticket\."
has list-en "$T/out" "^en\.deadline\."
expect 0 list-only-en -- --lang en --list-patterns
hasnt list-only-en "$T/out" "^ru\."

# Exit statuses of --fail-on.
expect 0 fail-never -- $NOW --fail-on never samples/
expect 1 fail-default -- $NOW samples/
expect 1 fail-none -- $NOW --fail-on none tests/data/cli/pending.txt
expect 0 fail-escalate -- $NOW tests/data/cli/pending.txt
expect 1 quiet -- $NOW -q samples/
if [ -s "$T/out" ]; then bad "quiet: printed a report"; else ok; fi

# -o, stdin, formats.
expect 1 output -- $NOW -o "$T/report.json" -f json samples/
if jq -e '.version == 1' "$T/report.json" >/dev/null; then ok; else bad "output: no json in file"; fi
$RUN $NOW -f json - <tests/data/cli/pending.txt >"$T/stdin.json" 2>"$T/err"
if jq -e '.conversations[0].source == "-" and (.conversations[0].messages | length) == 4' "$T/stdin.json" >/dev/null; then ok; else bad "stdin: not read"; fi
expect 0 jobs -- $NOW -j 1 --fail-on never -f json samples/
cp "$T/out" "$T/j1.json"
expect 0 jobs4 -- $NOW -j 4 --fail-on never -f json samples/
if cmp -s "$T/out" "$T/j1.json"; then ok; else bad "jobs: -j 4 differs from -j 1"; fi
# jsonl is streamed as conversations finish, in input order for any -j.
expect 0 jsonl-j1 -- $NOW -j 1 --fail-on never -f jsonl samples/
cp "$T/out" "$T/j1.jsonl"
expect 0 jsonl-j4 -- $NOW -j 4 --fail-on never -f jsonl samples/
if cmp -s "$T/out" "$T/j1.jsonl"; then ok; else bad "jsonl: -j 4 differs from -j 1"; fi
if [ "$(grep -c '' "$T/out")" -eq 14 ]; then ok; else bad "jsonl: not one line per sample"; fi

# Hostile text never drives the terminal; no colour when not a terminal.
expect 0 escapes -- $NOW tests/data/cli/escapes.txt
if grep -q "$(printf '\033')" "$T/out"; then bad "escapes: ESC reached the output"; else ok; fi
has escapes-shown "$T/out" '\\x1B'

echo "cli: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
