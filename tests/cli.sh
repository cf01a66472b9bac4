#!/bin/sh
# cli.sh - command-line behaviour: options, errors, exit statuses.
# Usage: sh tests/cli.sh BIN   (run from the repository root)
set -u
BIN=${1:-build/bin/escalate}
GEN=${2:-$(dirname "$BIN")/benchgen}
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
	explain jobs quiet list-patterns version help exclude report-lang \
	csv-bom color progress no-progress no-messages jurisdiction \
	answer-within; do
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
expect 2 bad-jurisdiction -- --jurisdiction de samples
one_line bad-jurisdiction "escalate: error: --jurisdiction: expected ru, uk, eu, us or none: 'de'"
expect 2 bad-answer-within -- --answer-within -1 samples
one_line bad-answer-within "escalate: error: --answer-within: expected a number from 0 to 365"
expect 2 bad-answer-within-word -- --answer-within three samples
one_line bad-answer-within-word "escalate: error: --answer-within: expected a number"
# --answer-within 0 reports no unanswered message; the default does
expect 0 answer-within-off -- $NOW --fail-on never -f json --answer-within 0 samples/mbox-harbour-bank-complaint.mbox
hasnt answer-within-off "$T/out" '"unanswered"'
expect 0 answer-within-default -- $NOW --fail-on never -f json samples/mbox-harbour-bank-complaint.mbox
has answer-within-default "$T/out" '"days": 26'
# --answer-within 20: 02.11 + 20 working days = 30.11, not yet over
expect 0 answer-within-long -- $NOW --fail-on never -f json --answer-within 20 samples/mbox-harbour-bank-complaint.mbox
hasnt answer-within-long "$T/out" '"unanswered"'
# the jurisdiction, given or by language, and the calendar it picks:
# 2 business days from Fri 28.08.2026 under uk skip the bank holiday
expect 0 jurisdiction-given -- $NOW --fail-on never -f json --jurisdiction uk tests/data/cli/uk-two-days.txt
has jurisdiction-given "$T/out" '"code": "uk"'
has jurisdiction-calendar "$T/out" '"due": "2026-09-02T23:59:59+03:00"'
expect 0 jurisdiction-calendar-given -- $NOW --fail-on never -f json --jurisdiction uk --calendar ru tests/data/cli/uk-two-days.txt
has jurisdiction-calendar-given "$T/out" '"due": "2026-09-01T23:59:59+03:00"'
expect 0 jurisdiction-default -- $NOW --fail-on never -f json tests/data/cli/uk-two-days.txt
has jurisdiction-default "$T/out" '"code": "none"'
has jurisdiction-default-calendar "$T/out" '"due": "2026-09-01T23:59:59+03:00"'
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
has bad-pattern-report "$T/out" "conversations from\|переписок: "
expect 2 missing-pattern-file -- $NOW --patterns tests/data/cli/none.pat samples
one_line missing-pattern-file "escalate: error: tests/data/cli/none.pat: "
has missing-pattern-file-report "$T/out" "conversations from\|переписок: "
expect 2 bad-holidays -- $NOW --holidays tests/data/cli/bad-holidays.txt samples
one_line bad-holidays "escalate: error: tests/data/cli/bad-holidays.txt:3: "
has bad-holidays-report "$T/out" "conversations from\|переписок: "
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
if [ "$(grep -c '' "$T/out")" -eq 19 ]; then ok; else bad "jsonl: not one line per conversation of samples/"; fi

# Hostile text never drives the terminal; no colour when not a terminal.
expect 0 escapes -- $NOW tests/data/cli/escapes.txt
if grep -q "$(printf '\033')" "$T/out"; then bad "escapes: ESC reached the output"; else ok; fi
has escapes-shown "$T/out" '\\x1B'

# Unknown options are named as typed, never as the program's path.
expect 2 dash-file -- -dash.txt
one_line dash-file "escalate: error: -dash.txt: unknown option -d (see --help; a file named so is ./-dash.txt)"
expect 2 unknown-short -- -z samples
one_line unknown-short "escalate: error: -z: unknown option (see --help)"
expect 2 unknown-group -- -qz samples
one_line unknown-group "escalate: error: -qz: unknown option -z"
expect 2 long-with-value -- --frob=1 samples
one_line long-with-value "escalate: error: --frob: unknown option"
expect 2 no-value-wanted -- --explain=yes samples
one_line no-value-wanted "escalate: error: --explain: takes no value"
expect 2 short-missing -- samples -o
one_line short-missing "escalate: error: -o: missing value"
hasnt dash-file-no-bin "$T/err" "build/bin"
expect 2 bad-color -- --color=sometimes samples
one_line bad-color "escalate: error: --color: expected auto, always or never: 'sometimes'"
expect 2 bad-report-lang -- --report-lang de samples
one_line bad-report-lang "escalate: error: --report-lang: expected auto, ru or en: 'de'"
expect 2 empty-exclude -- --exclude '' samples
one_line empty-exclude "escalate: error: --exclude: empty pattern"

# Messages like git's: warning: for what was read anyway, error: for an
# input that could not be read; -q keeps errors only, --no-messages none.
mkdir -p "$T/msgs"
cp samples/chat-courier-missed.txt "$T/msgs/good.txt"
printf 'not a chat, not mail\n' >"$T/msgs/junk.txt"
expect 2 messages -- $NOW --report-lang en "$T/msgs" "$T/missing.txt"
has messages-warning "$T/err" "^escalate: warning: $T/msgs/junk.txt: unrecognized format\$"
has messages-error "$T/err" "^escalate: error: $T/missing.txt: No such file or directory\$"
has messages-summary "$T/out" "1 input could not be read: $T/missing.txt\$"
expect 2 quiet-errors -- $NOW -q "$T/msgs" "$T/missing.txt"
one_line quiet-errors "escalate: error: $T/missing.txt: "
if [ -s "$T/out" ]; then bad "quiet-errors: printed a report"; else ok; fi
expect 2 no-messages -- $NOW --report-lang en --no-messages "$T/msgs" "$T/missing.txt"
if [ -s "$T/err" ]; then bad "no-messages: stderr: $(cat "$T/err")"; else ok; fi
has no-messages-report "$T/out" "could not be read: $T/missing.txt"
# the summary names the first five failed inputs, then counts the rest
expect 2 many-failed -- $NOW "$T/m1" "$T/m2" "$T/m3" "$T/m4" "$T/m5" "$T/m6" "$T/m7"
has many-failed "$T/out" "7 inputs could not be read: $T/m1, $T/m2, $T/m3, $T/m4, $T/m5 and 2 more\$"
# an export's media are skipped without a word; a lone photo named on
# the command line is still an error
mkdir -p "$T/export"
cp samples/whatsapp-bank-vostok-pending.txt "$T/export/WhatsApp Chat with Bank.txt"
printf '\377\330\377\340JFIF' >"$T/export/IMG-20261120-WA0001.jpg"
printf 'OggS' >"$T/export/PTT-20261120-WA0002.opus"
printf 'body{}' >"$T/export/style.css"
expect 0 media-silent -- $NOW --fail-on never "$T/export"
if [ -s "$T/err" ]; then bad "media-silent: stderr: $(cat "$T/err")"; else ok; fi
expect 2 media-named -- $NOW --fail-on never "$T/export/IMG-20261120-WA0001.jpg"
one_line media-named "escalate: error: $T/export/IMG-20261120-WA0001.jpg: "

# Colour: --color, else a terminal and no non-empty NO_COLOR.
red=$(printf '\033\[1;31m')
expect 1 color-always -- $NOW --color=always tests/data/cli/../../../samples/chat-courier-missed.txt
has color-always "$T/out" "$red"
expect 1 color-pipe -- $NOW samples/chat-courier-missed.txt
hasnt color-pipe "$T/out" "$(printf '\033')"
if command -v script >/dev/null 2>&1; then
	# script(1) gives escalate a terminal for stdout and stderr
	tty_run() { script -qec "$*" /dev/null </dev/null >"$T/tty" 2>&1; }
	tty_run "env NO_COLOR= $BIN $NOW samples/chat-courier-missed.txt"
	has color-empty-no-color "$T/tty" "$red"
	tty_run "env NO_COLOR=1 $BIN $NOW samples/chat-courier-missed.txt"
	hasnt color-no-color "$T/tty" "$red"
	tty_run "env -u NO_COLOR $BIN $NOW --color=never samples/chat-courier-missed.txt"
	hasnt color-never "$T/tty" "$red"
	# progress: on a terminal by default, wiped at the end; never with
	# --no-progress; never on a pipe unless --progress
	"$GEN" 20 >"$T/big.mbox" 2>/dev/null
	tty_run "$BIN $NOW -q --fail-on never $T/big.mbox"
	has progress-tty "$T/tty" "escalate: [0-9]*/1 files, [0-9.]*/20.0 MiB read, [0-9]* conversations analyzed"
	if [ "$(tail -c 4 "$T/tty" | od -An -c | tr -d ' ')" = '\r033[K' ]; then ok; else bad "progress-tty: line not wiped at the end"; fi
	tty_run "$BIN $NOW -q --no-progress --fail-on never $T/big.mbox"
	hasnt no-progress-tty "$T/tty" "MiB read"
	$RUN $NOW -q --fail-on never "$T/big.mbox" 2>"$T/err"
	hasnt progress-pipe "$T/err" "MiB read"
	$RUN $NOW -q --progress --fail-on never "$T/big.mbox" 2>"$T/err"
	has progress-forced "$T/err" "MiB read"
else
	echo "cli: script(1) not found, terminal checks skipped"
fi

# --csv-bom: the UTF-8 byte order mark first, for spreadsheets
expect 0 csv-bom -- $NOW --fail-on never --csv-bom -f csv samples/chat-courier-missed.txt
if [ "$(head -c 3 "$T/out" | od -An -tx1 | tr -d ' ')" = efbbbf ]; then ok; else bad "csv-bom: no BOM"; fi
expect 0 csv-no-bom -- $NOW --fail-on never -f csv samples/chat-courier-missed.txt
if [ "$(head -c 6 "$T/out")" = source ]; then ok; else bad "csv-no-bom: starts with $(head -c 6 "$T/out" | od -c)"; fi

# --tz: times shown in that zone with offsets; the e-mail was written at
# 16:22 +03:00, which is 22:22 in Tokyo (+09:00) and 13:22 UTC.
expect 1 tz-tokyo -- --now 2026-11-28T12:00:00+03:00 --tz Asia/Tokyo samples/eml-helio-zendesk-b64.eml
has tz-tokyo "$T/out" "#1   2026-11-19 22:22 +09:00  agent "
expect 1 tz-utc -- --now 2026-11-28T12:00:00+03:00 --tz UTC samples/eml-helio-zendesk-b64.eml
has tz-utc "$T/out" "#1   2026-11-19 13:22 +00:00  agent "
expect 1 tz-own -- --now 2026-11-28T12:00:00+03:00 samples/eml-helio-zendesk-b64.eml
has tz-own "$T/out" "#1   2026-11-19 16:22 +03:00  agent "

# A thread merged from three files lists every one, and each message its
# file and Message-ID.
mkdir -p "$T/thread"
for i in 1 2 3; do
	{
		printf 'From: Support <support@acme.example>\nTo: me@example.org\n'
		printf 'Subject: Re: [#4711] Refund\nDate: Fri, 2%d Nov 2026 10:00:00 +0000\n' "$i"
		printf 'Message-ID: <m%d@acme.example>\n' "$i"
		[ "$i" -gt 1 ] && printf 'In-Reply-To: <m%d@acme.example>\n' $((i - 1))
		printf 'Content-Type: text/plain\n\nAbout ticket 4711: message %d.\n' "$i"
	} >"$T/thread/m$i.eml"
done
expect 0 sources -- $NOW --fail-on never -f json "$T/thread"
if jq -e --arg d "$T/thread" '(.conversations | length) == 1 and .conversations[0].sources == [$d + "/m1.eml", $d + "/m2.eml", $d + "/m3.eml"] and ([.conversations[0].messages[] | [.file, .message_id]] == [[$d + "/m1.eml", "m1@acme.example"], [$d + "/m2.eml", "m2@acme.example"], [$d + "/m3.eml", "m3@acme.example"]])' "$T/out" >/dev/null; then ok; else bad "sources: $(jq -c '[.conversations[] | .sources]' "$T/out")"; fi
expect 0 sources-text -- $NOW --fail-on never "$T/thread"
has sources-text-1 "$T/out" "^   files:    $T/thread/m1.eml\$"
has sources-text-3 "$T/out" "^             $T/thread/m3.eml\$"
expect 0 sources-chat -- $NOW --fail-on never -f json samples/chat-courier-missed.txt
if jq -e '.conversations[0].sources == ["samples/chat-courier-missed.txt"] and .conversations[0].messages[0].message_id == null' "$T/out" >/dev/null; then ok; else bad "sources-chat"; fi

# Report language: each conversation's by default; --report-lang forces.
expect 1 lang-auto-ru -- $NOW samples/chat-courier-missed.txt
has lang-auto-ru "$T/out" "^   ЭСКАЛИРОВАТЬ (шаг 5): обещание в сообщении 3 (2026-11-20 10:07) \"в течение 3 рабочих дней\" со сроком 2026-11-25 просрочено на 3 дня\$"
has lang-auto-ru-labels "$T/out" "^   номера:   3318-204\$"
expect 1 lang-en -- $NOW --report-lang en samples/chat-courier-missed.txt
has lang-en "$T/out" "^   ESCALATE (step 5): promise in message 3 (2026-11-20 10:07) \"в течение 3 рабочих дней\" was due 2026-11-25 and is missed by 3 days\$"
has lang-en-draft-ru "$T/out" "Пишу по обращению № 3318-204"
expect 1 lang-ru -- $NOW --report-lang ru samples/eml-helio-zendesk-b64.eml
has lang-ru "$T/out" "обещание в сообщении 1 (2026-11-19 16:22) \"within 3 business days\" со сроком 2026-11-24 просрочено на 4 дня"
has lang-ru-draft-en "$T/out" "I am writing about ticket 48213"
expect 1 lang-json -- $NOW -f json samples/chat-courier-missed.txt
if jq -e '.conversations[0].escalation | .report_lang == "ru" and (.reason | startswith("обещание в сообщении 3"))' "$T/out" >/dev/null; then ok; else bad "lang-json"; fi
expect 1 lang-csv -- $NOW --csv-bom -f csv samples/chat-courier-missed.txt
has lang-csv "$T/out" ',"обещание в сообщении 3 '
expect 1 lang-html -- $NOW -f html samples/chat-courier-missed.txt
has lang-html "$T/out" '<html lang="ru">'
has lang-html-heading "$T/out" '<h1>Переписка с поддержкой: что делать дальше</h1>'
has lang-html-findings "$T/out" '<h3>Находки</h3>'

echo "cli: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
