#!/bin/sh
# outlook.sh - Outlook mailboxes (.pst), .msg, TNEF and Meta chat exports
# read and analyzed end to end, against expectations written by hand
# from the fixtures (tests/data/outlook/README.md, tests/data/meta/) and
# SPEC 5 and 7; damaged files give one clear line and the batch goes on.
# Usage: sh tests/outlook.sh BIN   (run from the repository root)
set -u
BIN=${1:-build/bin/escalate}
RUN="${VALGRIND:-} $BIN"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
pass=0
fail=0
D=tests/data/outlook
NOW="--now 2026-11-28T12:00:00+03:00 --tz Europe/Moscow"
export NO_COLOR=1

ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }
# same NAME GOT WANT
same() { if [ "$2" = "$3" ]; then ok; else bad "$1: got '$2', want '$3'"; fi; }
# conv JSON SOURCE FILTER: the filter on the conversation of that source
conv() { jq -r --arg s "$2" ".conversations[] | select(.source == \$s) | $3" "$1"; }

# --- the .pst: three folders, one thread across two of them, one other ---
$RUN $NOW --me anna@me.example -f json "$D/pst/support.pst" >"$T/pst.json" 2>"$T/pst.err"
same pst-exit $? 0
same pst-stderr "$(cat "$T/pst.err")" ""
same pst-inputs "$(jq -c '.inputs[] | [.format, .messages, .errors]' "$T/pst.json")" '["pst",5,[]]'
same pst-sources "$(jq -r '[.conversations[].source] | join(",")' "$T/pst.json")" \
	"$D/pst/support.pst:/Sent Items,$D/pst/support.pst:/Inbox"
S="$D/pst/support.pst:/Sent Items"
# the customer's mails from Sent Items and Acme's from Inbox and from
# Inbox/Acme Support, threaded by In-Reply-To, in time order
same pst-thread "$(conv "$T/pst.json" "$S" '[.messages[] | "\(.role) \(.time)"] | join(",")')" \
	"customer 2026-11-09T10:00:00+03:00,agent 2026-11-10T12:00:00+03:00,customer 2026-11-13T18:00:00+03:00,agent 2026-11-16T15:00:00+03:00"
same pst-tickets "$(conv "$T/pst.json" "$S" '.tickets | join(",")')" 7719
# "within 2 business days" on Tuesday 10 November: due Thursday 12th,
# answered on the 16th: late
same pst-deadline "$(conv "$T/pst.json" "$S" '[.findings[] | select(.type == "deadline") | "\(.message) \(.due) \(.status) \(.promise)"] | join(";")')" \
	"2 2026-11-12T23:59:59+03:00 late reply"
# the last word is a refusal without a reason
same pst-action "$(conv "$T/pst.json" "$S" '.escalation.action')" request-justification
same pst-refusal "$(conv "$T/pst.json" "$S" '[.findings[] | select(.type == "refusal") | "\(.message) \(.justified)"] | join(";")')" "4 false"
same pst-other "$(conv "$T/pst.json" "$D/pst/support.pst:/Inbox" '.subject')" "Black Friday deals"

# --- TNEF: the body only in winmail.dat's compressed RTF ---
$RUN $NOW --me anna@me.example -f json "$D/tnef/claim-winmail.eml" >"$T/tnef.json" 2>"$T/tnef.err"
same tnef-exit $? 1
S="$D/tnef/claim-winmail.eml"
same tnef-tickets "$(conv "$T/tnef.json" "$S" '.tickets | join(",")')" 55120
# "within 3 business days" on Tuesday 24 November: due Friday 27th, missed
same tnef-deadline "$(conv "$T/tnef.json" "$S" '[.findings[] | select(.type == "deadline") | "\(.due) \(.status) \(.promise)"] | join(";")')" \
	"2026-11-27T23:59:59+00:00 missed reply"
same tnef-actions "$(conv "$T/tnef.json" "$S" '.escalation.actions | join(",")')" \
	"escalate,request-justification"

# --- .msg: threads with the .eml it answers ---
$RUN $NOW -f json "$D/thread" >"$T/thread.json" 2>"$T/thread.err"
same thread-convs "$(jq '.conversations | length' "$T/thread.json")" 1
same thread-formats "$(jq -r '[.inputs[].format] | join(",")' "$T/thread.json")" "eml,outlook-msg"
same thread-senders "$(jq -r '[.conversations[0].messages[] | .sender.address] | join(",")' "$T/thread.json")" \
	"anna@me.example,support@acme.example"
# a .msg given on standard input is read too
$RUN $NOW -f json - <"$D/msg/support-reply.msg" >"$T/stdin.json" 2>/dev/null
same msg-stdin "$(jq -r '.inputs[0].format, .conversations[0].messages[0].sender.address' "$T/stdin.json" | tr '\n' ' ')" \
	"outlook-msg support@acme.example "
$RUN $NOW -f json - <"$D/pst/support.pst" >"$T/stdin-pst.json" 2>/dev/null
same pst-stdin "$(jq -r '.inputs[0].messages' "$T/stdin-pst.json")" 5

# --- Messenger: two files of one thread, the titled page as the company ---
M=tests/data/meta/messenger/inbox/acmebank_10158
$RUN $NOW -f json "$M" >"$T/meta.json" 2>"$T/meta.err"
same meta-convs "$(jq '.conversations | length' "$T/meta.json")" 1
same meta-notes "$(jq -r '.inputs[] | "\(.path | split("/") | last) \(.messages) \(.errors | join(";"))"' "$T/meta.json" | tr '\n' '|')" \
	"message_1.json 6 |message_2.json 0 part of message_1.json|"
same meta-roles "$(conv "$T/meta.json" "$M/message_1.json" '[.messages[].role] | join(",")')" \
	"customer,agent,customer,customer,agent,customer"
# "в течение 3 рабочих дней" on Monday 16 November: due Thursday 19th
same meta-deadline "$(conv "$T/meta.json" "$M/message_1.json" '[.findings[] | select(.type == "deadline") | "\(.due) \(.status)"] | join(";")')" \
	"2026-11-19T23:59:59+03:00 missed"
same meta-tickets "$(conv "$T/meta.json" "$M/message_1.json" '.tickets | join(",")')" 55120

# --- damaged files: one clear line each, the good file still reported ---
H="$T/hostile"
mkdir -p "$H"
cp "$D"/hostile/* "$H/"
cp "$D/pst/support.pst" "$H/good.pst"
$RUN $NOW -f json --fail-on never "$H" >"$T/h.json" 2>"$T/h.err"
status=$?
same hostile-exit "$status" 2
for f in truncated.msg huge-fat-count.msg truncated.pst btree-loop.pst \
	btree-count.pst libpst-crash.pst; do
	n=$(grep -cE "^escalate: (error|warning): $H/$f: [[:alnum:]]" "$T/h.err")
	same "hostile-$f" "$n" 1
done
same hostile-good "$(jq --arg p "$H/good.pst" '[.inputs[] | select(.path == $p) | .messages] | add' "$T/h.json")" 5
for f in cyclic-fat.msg huge-property.msg bad-rtf-size.msg bad-rtf-type.msg \
	tnef-absurd-length.eml tnef-bad-checksum.eml; do
	n=$(jq --arg p "$H/$f" '[.inputs[] | select(.path == $p) | .errors | length] | add' "$T/h.json")
	if [ "${n:-0}" -ge 1 ]; then ok; else bad "hostile-$f: no warning in the report"; fi
done
if jq -e . "$T/h.json" >/dev/null 2>&1; then ok; else bad "hostile: stdout is not JSON"; fi

echo "outlook: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
