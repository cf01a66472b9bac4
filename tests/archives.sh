#!/bin/sh
# archives.sh - inputs as exports come: zipped WhatsApp and Telegram
# exports, Google Takeout archives, compressed mailboxes, archives in
# archives; the limits against archive bombs; pipes and standard input
# read once; --exclude; escalate's own reports never read back.
# Archives are made here with Python's zipfile/tarfile/gzip/bz2/lzma.
# Usage: sh tests/archives.sh BIN   (run from the repository root)
set -u
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
# run NAME WANT ARGS...: escalate -f json into $T/out.json, stderr $T/err
run() {
	name=$1 want=$2
	shift 2
	timeout 60 $RUN $ARGS -f json "$@" >"$T/out.json" 2>"$T/err" </dev/null
	got=$?
	if [ "$got" = "$want" ]; then ok; else bad "$name: exit $got, want $want"; cat "$T/err"; fi
}
# jqt NAME FILTER: the filter is true of $T/out.json
jqt() { if jq -e "$2" "$T/out.json" >/dev/null 2>&1; then ok; else bad "$1: $2"; jq -c '[.inputs, [.conversations[] | [.source, (.messages | length)]]]' "$T/out.json" 2>/dev/null | head -c 600; echo; fi; }
quiet_err() { if [ ! -s "$T/err" ]; then ok; else bad "$1: stderr: $(head -3 "$T/err")"; fi; }
has_err() { if grep -q -- "$2" "$T/err"; then ok; else bad "$1: no '$2' on stderr: $(head -3 "$T/err")"; fi; }

if ! command -v python3 >/dev/null 2>&1; then
	echo "archives: python3 not found, archive tests skipped"
	exit 1
fi

WA=samples/whatsapp-bank-vostok-pending.txt
WA_N=$(grep -c '^[0-9][0-9]\.[0-9][0-9]\.[0-9][0-9]*, ' "$WA")
D="$T/in"
mkdir -p "$D"
python3 - "$D" "$WA" <<'EOF'
import bz2, gzip, io, lzma, sys, tarfile, zipfile
d, wa = sys.argv[1], sys.argv[2]
chat = open(wa, "rb").read()
media = {"IMG-20261120-WA0001.jpg": b"\xff\xd8\xff\xe0" + b"j" * 500,
         "PTT-20261120-WA0002.opus": b"OggS" + b"o" * 500,
         "STK-20261120-WA0003.webp": b"RIFF" + b"w" * 500,
         "DOC-20261120-WA0004.pdf": b"%PDF-1.4" + b"p" * 500,
         "VID-20261120-WA0005.mp4": b"\0\0\0\x18ftypmp42" + b"v" * 500,
         "Bank.vcf": b"BEGIN:VCARD\nEND:VCARD\n"}

# WhatsApp (Android): the chat text next to its media
with zipfile.ZipFile(d + "/WhatsApp Chat with Bank.zip", "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("WhatsApp Chat with Bank.txt", chat)
    for n, b in media.items():
        z.writestr(n, b)
# WhatsApp (iOS): _chat.txt; macOS zips add __MACOSX/
with zipfile.ZipFile(d + "/ios.zip", "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("_chat.txt", chat)
    z.writestr("__MACOSX/._chat.txt", b"\0\5\26\7junk")
    z.writestr("00000012-PHOTO-2026-11-20.jpg", media["IMG-20261120-WA0001.jpg"])

# a Google Takeout archive: Mail/*.mbox, the index page, settings
mbox = b""
for f in ("eml-bank-refusal-qp.eml", "eml-helio-zendesk-b64.eml",
          "eml-telecom-otrs-justified.eml"):
    mbox += b"From takeout@example Fri Nov 20 10:00:00 2026\n"
    mbox += open("samples/" + f, "rb").read().replace(b"\nFrom ", b"\n>From ") + b"\n"
def add(t, name, data):
    i = tarfile.TarInfo(name)
    i.size = len(data)
    t.addfile(i, io.BytesIO(data))
with tarfile.open(d + "/takeout-20261128T101010Z-001.tgz", "w:gz") as t:
    add(t, "Takeout/archive_browser.html", b"<html><body><h1>Takeout</h1></body></html>")
    add(t, "Takeout/Mail/All mail Including Spam and Trash.mbox", mbox)
with zipfile.ZipFile(d + "/takeout-20261128T101010Z-002.zip", "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("Takeout/archive_browser.html", "<html><body>index</body></html>")
    z.writestr("Takeout/Mail/Support.mbox", mbox)

# compressed mailboxes
open(d + "/mail.mbox.gz", "wb").write(gzip.compress(mbox))
open(d + "/mail.mbox.bz2", "wb").write(bz2.compress(mbox))
open(d + "/mail.mbox.xz", "wb").write(lzma.compress(mbox))

# a Telegram Desktop export, zipped: two pages, style, script, photos
tg = open("tests/data/html/tg/messages.html", "rb").read()
tg2 = open("tests/data/html/tg/messages2.html", "rb").read()
tg3 = open("tests/data/html/tg/messages3.html", "rb").read()
with zipfile.ZipFile(d + "/Telegram export.zip", "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("ChatExport_2026-11-28/messages.html", tg)
    z.writestr("ChatExport_2026-11-28/messages2.html", tg2)
    z.writestr("ChatExport_2026-11-28/messages3.html", tg3)
    z.writestr("ChatExport_2026-11-28/css/style.css", "body{}")
    z.writestr("ChatExport_2026-11-28/js/script.js", "var x;")
    z.writestr("ChatExport_2026-11-28/images/back.png", b"\x89PNG\r\n\x1a\n")
    z.writestr("ChatExport_2026-11-28/photos/photo_1.jpg", media["IMG-20261120-WA0001.jpg"])

# an archive inside an archive: a zip holding a .mbox.gz
inner = io.BytesIO()
with zipfile.ZipFile(inner, "w") as z:
    z.writestr("mail/support.mbox.gz", gzip.compress(mbox))
open(d + "/nested.zip", "wb").write(inner.getvalue())
EOF

# -- the exports, one by one
run whatsapp 0 "$D/WhatsApp Chat with Bank.zip"
jqt whatsapp '(.conversations | length) == 1'
jqt whatsapp-source '.conversations[0].source == "'"$D"'/WhatsApp Chat with Bank.zip//WhatsApp Chat with Bank.txt"'
jqt whatsapp-format '.conversations[0].format == "whatsapp"'
jqt whatsapp-messages ".conversations[0].messages | length == $WA_N"
jqt whatsapp-no-media '[.inputs[].path | select(test("jpg|opus|webp|pdf|mp4|vcf"))] | length == 0'
quiet_err whatsapp-media-silent
run whatsapp-ios 0 "$D/ios.zip"
jqt whatsapp-ios '(.conversations | length) == 1 and .conversations[0].source == "'"$D"'/ios.zip//_chat.txt"'
quiet_err whatsapp-ios-macosx-silent

run takeout-tgz 0 "$D/takeout-20261128T101010Z-001.tgz"
jqt takeout-tgz '[.conversations[] | select(.source | endswith("//Takeout/Mail/All mail Including Spam and Trash.mbox"))] | length == 3'
jqt takeout-tgz-format '[.inputs[] | select(.format == "mbox")] | length == 1'
quiet_err takeout-index-page-silent
run takeout-zip 0 "$D/takeout-20261128T101010Z-002.zip"
jqt takeout-zip '[.conversations[] | select(.source | endswith("//Takeout/Mail/Support.mbox"))] | length == 3'
quiet_err takeout-zip

for z in gz bz2 xz; do
	run "mbox.$z" 0 "$D/mail.mbox.$z"
	jqt "mbox.$z" '.conversations | length == 3 and all(.source == "'"$D"'/mail.mbox.'"$z"'")'
	jqt "mbox.$z-format" '.inputs[0].format == "mbox"'
done

run telegram-zip 0 "$D/Telegram export.zip"
jqt telegram-zip '(.conversations | length) == 1 and .conversations[0].format == "telegram-html"'
# both pages are read as one conversation (messages2.html next to it)
n1=$($RUN $ARGS -f json tests/data/html/tg/messages.html 2>/dev/null | jq '.conversations[0].messages | length')
jqt telegram-zip-parts ".conversations[0].messages | length == $n1"
jqt telegram-zip-source '.conversations[0].source | endswith("Telegram export.zip//ChatExport_2026-11-28/messages.html")'
quiet_err telegram-assets-silent

run nested 0 "$D/nested.zip"
jqt nested '.conversations | length == 3 and all(.source == "'"$D"'/nested.zip//mail/support.mbox.gz")'

# a folder holding only archives: every export in it is read
run folder 0 "$D"
jqt folder '[.conversations[] | select(.format == "whatsapp")] | length == 2'
jqt folder-telegram '[.conversations[] | select(.format == "telegram-html")] | length == 1'
quiet_err folder

# -- damaged archives and bombs: a clear error, the rest still read
B="$T/bombs"
mkdir -p "$B"
python3 - "$B" <<'EOF'
import gzip, io, sys, zipfile
b = sys.argv[1]
# 80 MiB of one letter: about 80 KiB packed, 1000 times its size
z = gzip.compress(b"a" * (80 << 20), 9)
open(b + "/ratio.gz", "wb").write(z)
# 2 MB in one member, for a lowered total limit
with zipfile.ZipFile(b + "/total.zip", "w", zipfile.ZIP_DEFLATED) as f:
    f.writestr("big.txt", b"[20.11.2026, 10:00] A: x\n" * 80000)
# 50 entries, for a lowered entry limit
with zipfile.ZipFile(b + "/entries.zip", "w") as f:
    for i in range(50):
        f.writestr("note%02d.txt" % i, "[20.11.2026, 10:00] A: hi %d\n" % i)
# zip in zip in zip in zip: deeper than the depth limit
data = b"[20.11.2026, 10:00] A: deep\n"
name = "chat.txt"
for level in range(4):
    s = io.BytesIO()
    with zipfile.ZipFile(s, "w") as f:
        f.writestr(name, data)
    data, name = s.getvalue(), "level%d.zip" % level
open(b + "/deep.zip", "wb").write(data)
# damaged: a zip cut short, a gzip with a broken stream
full = open(b + "/total.zip", "rb").read()
open(b + "/cut.zip", "wb").write(full[:len(full) // 3])
open(b + "/broken.gz", "wb").write(b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03" + b"\xff" * 64)
EOF
cp samples/chat-courier-missed.txt "$B/good.txt"

run bomb-ratio 2 "$B/ratio.gz" "$B/good.txt"
has_err bomb-ratio "^escalate: error: $B/ratio.gz: gzip-compressed file: unpacks to more than 200 times its size: stopped"
jqt bomb-ratio-others '[.conversations[] | select(.source == "'"$B"'/good.txt")] | length == 1'
ESCALATE_ARCHIVE_MAX_TOTAL=1000000 run bomb-total 2 "$B/total.zip"
has_err bomb-total "^escalate: error: $B/total.zip: zip archive: unpacks to more than 1000000 bytes: stopped"
ESCALATE_ARCHIVE_MAX_ENTRIES=20 run bomb-entries 2 "$B/entries.zip"
has_err bomb-entries "^escalate: error: $B/entries.zip: zip archive: more than 20 entries: stopped"
# the entries read before the limit are still analyzed
jqt bomb-entries-kept '.conversations | length == 20'
run entries-default 0 "$B/entries.zip"
jqt entries-default '.conversations | length == 50'
# three levels are unpacked; the fourth is named and left out
run bomb-depth 2 "$B/deep.zip"
has_err bomb-depth "^escalate: warning: $B/deep.zip//level2.zip//level1.zip//level0.zip: archives nested too deep, skipped"
has_err bomb-depth-empty "^escalate: error: $B/deep.zip: zip archive: no conversation in it"
run damaged-zip 2 "$B/cut.zip" "$B/good.txt"
has_err damaged-zip "^escalate: error: $B/cut.zip: zip archive: "
jqt damaged-zip-others '[.conversations[] | select(.source == "'"$B"'/good.txt")] | length == 1'
run damaged-gz 2 "$B/broken.gz"
has_err damaged-gz "^escalate: error: $B/broken.gz: gzip-compressed file: "
# nothing is left in the temporary folder
mkdir -p "$T/tmp"
TMPDIR="$T/tmp" run tmp-clean 0 "$D"
if [ -z "$(ls -A "$T/tmp")" ]; then ok; else bad "temporary files left: $(ls -A "$T/tmp")"; fi

# -- pipes and standard input are read once
mkfifo "$T/fifo"
(cat "$WA" >"$T/fifo" &)
run fifo 0 "$T/fifo"
jqt fifo "(.conversations | length) == 1 and (.conversations[0].messages | length) == $WA_N and .conversations[0].source == \"$T/fifo\""
mkfifo "$T/fifo-zip"
(cat "$D/WhatsApp Chat with Bank.zip" >"$T/fifo-zip" &)
run fifo-zip 0 "$T/fifo-zip"
jqt fifo-zip '(.conversations | length) == 1 and .conversations[0].format == "whatsapp"'
timeout 60 $RUN $ARGS -f json - <"$D/mail.mbox.gz" >"$T/out.json" 2>"$T/err"
jqt stdin-gz '.conversations | length == 3 and all(.source == "-")'
cat "$WA" | timeout 60 $RUN $ARGS -f json - >"$T/out.json" 2>"$T/err"
jqt stdin-pipe "(.conversations | length) == 1 and (.conversations[0].messages | length) == $WA_N"

# -- --exclude: by name, by path, folders pruned
E="$T/ex"
mkdir -p "$E/keep" "$E/old" "$E/keep/drafts"
cp samples/chat-courier-missed.txt "$E/keep/a.txt"
cp samples/chat-nimbus-vague.txt "$E/keep/b.txt"
cp samples/chat-telecom-no-ticket.txt "$E/old/c.txt"
cp samples/chat-insurance-vague.txt "$E/keep/drafts/d.txt"
run exclude-name 0 --exclude 'b.*' "$E"
jqt exclude-name '[.conversations[].source] | map(split("/") | last) | sort == ["a.txt", "c.txt", "d.txt"]'
run exclude-dir 0 --exclude old --exclude drafts "$E"
jqt exclude-dir '[.conversations[].source] | map(split("/") | last) | sort == ["a.txt", "b.txt"]'
run exclude-path 0 --exclude '*/keep/*.txt' "$E"
jqt exclude-path '[.conversations[].source] | map(split("/") | last) | sort == ["c.txt"]'
run exclude-member 2 --exclude '*.mbox' "$D/takeout-20261128T101010Z-002.zip"
has_err exclude-member "^escalate: error: $D/takeout-20261128T101010Z-002.zip: zip archive: no conversation in it"

# -- escalate never reads its own reports or temporary files
R="$T/reports"
mkdir -p "$R"
cp samples/chat-courier-missed.txt samples/whatsapp-internet-template.txt "$R/"
for f in html json jsonl csv text; do
	$RUN $ARGS -f $f -o "$R/report.$f" "$R" 2>"$T/err"
	[ $? -eq 0 ] && [ ! -s "$T/err" ] && ok || bad "own report $f: written with a complaint: $(head -2 "$T/err")"
done
: >"$R/report.html.escalate-Ab12Cd" # a temporary left by a killed run
run own-reports 0 "$R"
jqt own-reports '(.conversations | length) == 2 and (.inputs | length) == 2'
quiet_err own-reports
run own-report-named 2 "$R/report.json"
has_err own-report-named "^escalate: error: $R/report.json: a report written by escalate: not read"

echo "archives: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
