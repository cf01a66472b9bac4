#!/bin/sh
# bench-smoke.sh - the benchmark generator is deterministic and escalate reads its mailbox whole.
# Usage: sh tests/bench-smoke.sh BIN BENCHGEN   (run from the repository root)
set -u
BIN=${1:-build/bin/escalate}
GEN=${2:-build/bin/benchgen}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
pass=0
fail=0

ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }
check() { if [ "$2" = "$3" ]; then ok; else bad "$1: got '$2', want '$3'"; fi; }
field() { sed -n "s/.* $2=\([0-9]*\).*/\1/p" "$1"; }

"$GEN" 1 >"$T/a.mbox" 2>"$T/a.sum" || bad "benchgen 1 failed"
"$GEN" -o "$T/b.mbox" 1 2>"$T/b.sum" || bad "benchgen -o failed"
"$GEN" -s 7 1 >"$T/c.mbox" 2>/dev/null || bad "benchgen -s 7 failed"

# deterministic: same size and seed, same bytes; exact size; a seed matters
if cmp -s "$T/a.mbox" "$T/b.mbox"; then ok; else bad "two runs differ"; fi
check "summaries" "$(cat "$T/b.sum")" "$(cat "$T/a.sum")"
check "size" "$(wc -c <"$T/a.mbox")" 1048576
check "summary bytes" "$(field "$T/a.sum" bytes)" 1048576
if cmp -s "$T/a.mbox" "$T/c.mbox"; then bad "seed 7 gives the same bytes"; else ok; fi

msgs=$(field "$T/a.sum" messages)
convs=$(field "$T/a.sum" conversations)
[ "${msgs:-0}" -ge 50 ] && ok || bad "only '$msgs' messages in 1 MiB"
[ "${convs:-0}" -ge 10 ] && ok || bad "only '$convs' conversations in 1 MiB"

# every body line starting with "From " is escaped: separators = messages
check "From_ lines" "$(grep -c '^From ' "$T/a.mbox")" "$msgs"
grep -q '^>From ' "$T/a.mbox" && ok || bad "no escaped >From line"
# MIME variety the benchmark relies on
for s in 'charset=windows-1251' 'charset=koi8-r' 'quoted-printable' \
	'Content-Transfer-Encoding: base64' 'multipart/alternative' \
	'message/rfc822' '=?KOI8-R?' '=?windows-1251?' 'In-Reply-To:'; do
	grep -q -F -- "$s" "$T/a.mbox" && ok || bad "no '$s' in the mailbox"
done

# escalate reads every message and finds every conversation
"$BIN" -f json --now 2026-03-02T12:00:00+03:00 "$T/a.mbox" >"$T/out.json" \
	2>"$T/err"
rc=$?
[ "$rc" -le 1 ] && ok || bad "escalate exit $rc: $(cat "$T/err")"
check "escalate messages" "$(jq '.inputs[0].messages' "$T/out.json")" "$msgs"
check "escalate conversations" "$(jq '.summary.conversations' "$T/out.json")" "$convs"
check "escalate errors" "$(jq -c '.inputs[0].errors' "$T/out.json")" "[]"
n=$(jq '[.conversations[].findings[]] | length' "$T/out.json")
[ "${n:-0}" -ge "$convs" ] && ok || bad "only '$n' findings"

echo "bench-smoke: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
