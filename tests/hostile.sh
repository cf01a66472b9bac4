#!/bin/sh
# hostile.sh - a directory of damaged and hostile inputs (SPEC 9), built at
# test time, analyzed in one batch: bounded time, exit status 2 at most,
# valid JSON, one clear stderr line per bad file, the good files reported,
# nothing from the input reaching the terminal raw.
# Usage: sh tests/hostile.sh BIN WORKDIR   (run from the repository root)
set -u
BIN=${1:-build/bin/escalate}
W=${2:-build/hostile}
TIMEOUT=${HOSTILE_TIMEOUT:-120}
NOW="--now 2026-11-28T12:00:00+03:00 --tz Europe/Moscow"
D="$W/in"
pass=0
fail=0

# Checks known to fail, by name: reported, not counted, until fixed.
KNOWN=${HOSTILE_KNOWN-}

ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }
# check NAME STATUS MESSAGE: STATUS 0 passes; a KNOWN name only warns
check() {
	case " $KNOWN " in
	*" $1 "*)
		if [ "$2" -eq 0 ]; then echo "hostile: $1 now passes: drop it from HOSTILE_KNOWN"; ok
		else echo "KNOWN FAILURE: $1: $3"; fi ;;
	*) if [ "$2" -eq 0 ]; then ok; else bad "$1: $3"; fi ;;
	esac
}

# rep N TEXT: TEXT written N times, no newline
rep() { awk -v n="$1" -v s="$2" 'BEGIN { for (i = 0; i < n; i++) printf "%s", s }'; }

mail_head() {
	printf 'From: Support <support@example.com>\nTo: me@example.org\n'
	printf 'Subject: %s\nDate: Fri, 20 Nov 2026 10:00:00 +0300\n' "$1"
	printf 'Message-ID: <%s@example.com>\nMIME-Version: 1.0\n' "$1"
}

make_mail() {
	mail_head truncated >"$D/truncated-multipart.eml"
	printf 'Content-Type: multipart/mixed; boundary="b1"\n\n--b1\nContent-Type: text/plain\n\nYour ticket is 4711 and we will' >>"$D/truncated-multipart.eml"

	# 5,000 multiparts, each the only part of the one above, all closed
	mail_head deep >"$D/deep-5000.eml"
	awk 'BEGIN {
		n = 5000
		printf "Content-Type: multipart/mixed; boundary=\"b0\"\n\n"
		for (i = 1; i <= n; i++)
			printf "--b%d\nContent-Type: multipart/mixed; boundary=\"b%d\"\n\n", i - 1, i
		printf "--b%d\nContent-Type: text/plain\n\nwe will answer within 3 days\n", n
		for (i = n; i >= 0; i--)
			printf "--b%d--\n", i
	}' >>"$D/deep-5000.eml"

	mail_head badb64 >"$D/bad-base64.eml"
	printf 'Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n%s\n' \
		'0J/RgNC4!!!@@@===wZXQ=====***' >>"$D/bad-base64.eml"

	mail_head badqp >"$D/bad-qp.eml"
	printf 'Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n%s\n' \
		'=ZZ=4=\n=D0=9F=D1=80=' >>"$D/bad-qp.eml"

	mail_head charset >"$D/unknown-charset.eml"
	printf 'Content-Type: text/plain; charset=x-klingon-7\n\nqapla\xff\xfe\n' >>"$D/unknown-charset.eml"

	mail_head absurd >"$D/absurd-charset.eml"
	printf 'Content-Type: text/plain; charset="%s"\nSubject2: =?%s?B?AAAA?=\n\nbody\n' \
		"$(rep 3000 '../')" "$(rep 500 'utf-16')" >>"$D/absurd-charset.eml"

	mail_head nul >"$D/nul-bytes.eml"
	printf 'Content-Type: text/plain\n\nticket\0 4711\0\0 we will\0 answer\n' >>"$D/nul-bytes.eml"
}

# Mail bodies that would make the reply/history/signature rules do
# quadratic work if a rule looked ahead or back without a bound: 50,000
# signature delimiters, header fields, dated comment headers under a
# helpdesk marker, attribution lines, shared reply/attribution lines,
# and a '>' run broken by wrapped links.
make_layouts() {
	for k in dashes fields comments attrs shared links; do
		mail_head "layout-$k" >"$D/layout-$k.eml"
		printf 'Content-Type: text/plain\n\nHello, my ticket is 4711.\n' >>"$D/layout-$k.eml"
	done
	awk 'BEGIN { for (i = 0; i < 50000; i++) print "--" }' >>"$D/layout-dashes.eml"
	awk 'BEGIN { for (i = 0; i < 50000; i++) print "Subject: x 1" }' >>"$D/layout-fields.eml"
	{ printf '##- Please type your reply above this line -##\n'
	  awk 'BEGIN { for (i = 0; i < 25000; i++) { print "Kate Lee, 20.11.2026 10:00"; print "text" } }'
	} >>"$D/layout-comments.eml"
	awk 'BEGIN { for (i = 0; i < 25000; i++) { print "On Wed, Apr 4, 2012 at 3:59 PM"; print "" } }' >>"$D/layout-attrs.eml"
	awk 'BEGIN { for (i = 0; i < 50000; i++) print "reply On Wed, Apr 4, 2012 at 3:59 PM, me@x.com wrote:" }' >>"$D/layout-shared.eml"
	awk 'BEGIN { for (i = 0; i < 50000; i++) { print "> q"; print "_x=1" } }' >>"$D/layout-links.eml"
}

make_markup() {
	{
		printf '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n<!ENTITY lol "lol">\n'
		printf '<!ENTITY ext SYSTEM "file:///etc/passwd">\n'
		prev=lol
		for i in 1 2 3 4 5 6 7 8 9; do
			printf '<!ENTITY lol%s "%s">\n' "$i" "$(rep 10 "&$prev;")"
			prev=lol$i
		done
		printf ']>\n<html><body><p>&lol9; &ext;</p></body></html>\n'
	} >"$D/entity-bomb.html"
	{ rep 200000 '['; rep 200000 ']'; } >"$D/deep-200000.json"
	{ printf '{"name":"x","type":"personal_chat","id":1,"messages":'; rep 200000 '['; } >"$D/deep-telegram.json"
	{ printf '<html><body>'; rep 200000 '<div>'; printf 'text'; } >"$D/deep-200000.html"
}

make_files() {
	: >"$D/empty.txt"
	# 50 MB lines: in a chat message, and in the body of an e-mail
	{
		printf '[20.11.2026, 10:00:00] Support: '
		head -c 52428800 /dev/zero | tr '\0' 'a'
		printf '\n[20.11.2026, 10:01:00] Me: ok\n'
	} >"$D/long-line-chat.txt"
	mail_head longline >"$D/long-line.eml"
	{ printf 'Content-Type: text/plain\n\n'; head -c 52428800 /dev/zero | tr '\0' 'b'; } >>"$D/long-line.eml"
	head -c 65536 /dev/urandom >"$D/random.bin"
	printf '[20.11.2026, 10:00:00] Support: bad bytes \xff\xfe\xc0\xaf\033[2J\033]0;pwned\007 here\n[20.11.2026, 10:01:00] Me: ok\n' \
		>"$D/chat-escapes.txt"
	gzip -c samples/chat-courier-missed.txt >"$D/chat.txt.gz"
	if command -v xz >/dev/null; then
		xz -c samples/chat-courier-missed.txt >"$D/chat.txt.xz"
	else
		printf '\3757zXZ\0\0\4\346\326\264F' >"$D/chat.txt.xz"
	fi
	# a zip archive holding one stored file, written by hand
	printf 'PK\3\4\n\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\1\0\0\0x' >"$D/chat.zip"
	printf 'PK\5\6\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0' >>"$D/chat.zip"
	mkfifo "$D/fifo" 2>/dev/null || true
	ln -s . "$D/loop"
	ln -s loop-b "$D/loop-a"
	ln -s loop-a "$D/loop-b"
	ln -s /dev/zero "$D/zero.txt"
	echo secret >"$D/unreadable.txt"
	chmod 000 "$D/unreadable.txt"
	cp samples/whatsapp-bank-vostok-pending.txt "$D/good-chat.txt"
	cp samples/eml-bank-refusal-qp.eml "$D/good-mail.eml"
}

rm -rf "$W"
mkdir -p "$D"
make_mail
make_markup
make_files
make_layouts

# Files that must give exactly one "escalate: warning: PATH: reason" (or
# error:) line.
BAD="empty.txt random.bin chat.zip fifo loop \
loop-a loop-b zero.txt deep-200000.json deep-telegram.json"
if [ -r "$D/unreadable.txt" ]; then
	echo "hostile: running as root, the unreadable file is readable: not checked"
	rm -f "$D/unreadable.txt"
else
	BAD="$BAD unreadable.txt"
fi

start=$(date +%s)
timeout "$TIMEOUT" $BIN $NOW -f json --fail-on never "$D" >"$W/out.json" 2>"$W/err"
status=$?
secs=$(($(date +%s) - start))
if [ "$status" -le 2 ]; then ok; else bad "exit status $status (124: timed out after ${TIMEOUT}s)"; fi
echo "hostile: $(ls -A "$D" | wc -l) inputs, exit $status, ${secs}s"
if jq -e . "$W/out.json" >/dev/null 2>&1; then ok; else bad "stdout is not valid JSON"; fi

# one clear line per bad file
for f in $BAD; do
	n=$(grep -c "^escalate: \(warning\|error\): $D/$f: [[:alnum:]]" "$W/err")
	if [ "$n" -eq 1 ]; then ok; else bad "$f: $n stderr lines, want 1"; fi
done
LINE="^escalate: \(warning\|error\): $D/[^ ]*: [[:alnum:]]"
n=$(grep -vc "$LINE" "$W/err")
if [ "$n" -eq 0 ]; then ok; else bad "unclear stderr lines:"; grep -v "$LINE" "$W/err" | head -5; fi
# compressed files are read through libarchive; a damaged zip is named
if grep -q "^escalate: warning: $D/chat.zip: zip archive: " "$W/err"; then ok; else bad "chat.zip: not reported as a zip archive"; fi

# the good files and the damaged-but-readable ones are still reported
for f in good-chat.txt chat.txt.gz chat.txt.xz good-mail.eml \
	truncated-multipart.eml deep-5000.eml \
	bad-base64.eml bad-qp.eml unknown-charset.eml absurd-charset.eml \
	nul-bytes.eml chat-escapes.txt long-line-chat.txt long-line.eml \
	entity-bomb.html deep-200000.html layout-dashes.eml layout-fields.eml \
	layout-comments.eml layout-attrs.eml layout-shared.eml layout-links.eml; do
	# a file is reported as a conversation's source, or as the file of
	# a message threaded into another conversation (the mails here
	# share a ticket number)
	n=$(jq --arg p "$D/$f" '[.conversations[] | select(.source == $p or any(.messages[]; .file == $p))] | length' "$W/out.json" 2>/dev/null)
	if [ "${n:-0}" -ge 1 ]; then ok; else bad "$f: not reported"; fi
done
if jq -e '.conversations[] | select(.source | endswith("good-chat.txt")) | .escalation.step' "$W/out.json" >/dev/null 2>&1; then ok; else bad "good-chat.txt: no escalation step"; fi

# nothing raw from the input: no ESC or BEL in the report, no invalid UTF-8
if grep -q "$(printf '[\033\007]')" "$W/out.json"; then bad "control bytes in the JSON report"; else ok; fi
if iconv -f UTF-8 -t UTF-8 "$W/out.json" >/dev/null 2>&1; then ok; else bad "invalid UTF-8 in the JSON report"; fi
$BIN $NOW --fail-on never "$D/chat-escapes.txt" >"$W/out.txt" 2>"$W/err.txt"
if grep -q "$(printf '[\033\007]')" "$W/out.txt" "$W/err.txt"; then bad "control bytes in the text report"; else ok; fi
for fmt in csv html jsonl; do
	$BIN $NOW --fail-on never -f $fmt "$D/chat-escapes.txt" >"$W/out.$fmt" 2>/dev/null
	if grep -q "$(printf '\033')" "$W/out.$fmt"; then bad "$fmt: ESC in the report"; else ok; fi
	if iconv -f UTF-8 -t UTF-8 "$W/out.$fmt" >/dev/null 2>&1; then ok; else bad "$fmt: invalid UTF-8 in the report"; fi
done

# A large batch loses nothing: every bad file reported once, every good
# one analyzed (HOSTILE_FILES=10000 for the full-size run).
N=${HOSTILE_FILES:-2000}
B="$W/batch"
k=0
while [ "$k" -lt "$N" ]; do
	mkdir -p "$B/d$((k / 100))"
	if [ $((k % 10)) -eq 9 ]; then
		printf '\037\213\010junk' >"$B/d$((k / 100))/f$k.gz"
	else
		cp samples/chat-courier-missed.txt "$B/d$((k / 100))/f$k.txt"
	fi
	k=$((k + 1))
done
start=$(date +%s)
timeout "$TIMEOUT" $BIN $NOW -f json --fail-on never "$B" >"$W/batch.json" 2>"$W/batch.err"
status=$?
echo "hostile: batch of $N files, exit $status, $(($(date +%s) - start))s"
[ "$status" -le 2 ] && [ "$(jq '.inputs | length' "$W/batch.json")" -eq "$N" ] &&
	[ "$(jq '.conversations | length' "$W/batch.json")" -eq $((N - N / 10)) ]
check batch-good $? "not every file of the batch is in the report"
[ "$(grep -c ': gzip-compressed file: damaged or unknown compression$' "$W/batch.err")" -eq $((N / 10)) ] &&
	[ "$(sort "$W/batch.err" | uniq | wc -l)" -eq $((N / 10)) ] &&
	[ "$(wc -l <"$W/batch.err")" -eq $((N / 10)) ]
check batch-bad $? "the bad files of the batch are not each reported once"

# stderr is a terminal too: a file name or a charset label from the input
# must not carry escapes there
mkdir -p "$W/esc"
printf 'garbage text\n' >"$W/esc/$(printf 'bad\033[31mred.txt')"
mail_head esc >"$W/esc/label.eml"
printf 'Content-Type: text/plain; charset="x\033]0;pwned\007"\n\nhello\n' >>"$W/esc/label.eml"
$BIN $NOW "$W/esc" >/dev/null 2>"$W/esc.err"
[ -s "$W/esc.err" ] && ! grep -q "$(printf '[\033\007]')" "$W/esc.err"
check stderr-escapes $? "control bytes from the input on stderr: $(cat -v "$W/esc.err" | tr '\n' ' ')"

chmod 600 "$D/unreadable.txt" 2>/dev/null
echo "hostile: $pass passed, $fail failed"
if [ "$fail" -eq 0 ]; then rm -rf "$W"; fi
[ "$fail" -eq 0 ]
