#!/bin/sh
# report.sh - the csv, jsonl and html reports over samples/ and tests/data/:
# CSV and JSONL read back with Python's csv and json modules, the page
# checked by xmllint (and by headless Chromium when installed), hostile
# input shown inert, -o written atomically.
# Usage: sh tests/report.sh BIN   (from the repository root)
set -u
BIN=${1:-build/bin/escalate}
RUN="${VALGRIND:-} $BIN"
OUTDIR=$(dirname "$(dirname "$BIN")")/report
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
pass=0
fail=0
ARGS="--now 2026-11-28T12:00:00+03:00 --tz Europe/Moscow --fail-on never"
export NO_COLOR=1

ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }
has() { if grep -q -- "$3" "$2"; then ok; else bad "$1: no '$3' in $2"; fi; }
hasnt() { if grep -q -- "$3" "$2"; then bad "$1: '$3' in $2"; else ok; fi; }

# render STATUS NAME FORMAT PATH...: the report in $T/NAME.FORMAT
render() {
	want=$1 name=$2 fmt=$3
	shift 3
	$RUN $ARGS -f "$fmt" "$@" >"$T/$name.$fmt" 2>"$T/$name.$fmt.err"
	got=$?
	if [ "$got" = "$want" ]; then ok; else bad "$name -f $fmt: exit $got, want $want"; cat "$T/$name.$fmt.err"; fi
}

SETS="samples hostile data"
for fmt in json jsonl csv html; do
	render 0 samples $fmt samples/
	render 0 hostile $fmt tests/data/report/
	render 2 data $fmt tests/data/
done

# CSV and JSONL read back, compared with the json report.
if command -v python3 >/dev/null 2>&1; then
	for set in $SETS; do
		if python3 - "$T/$set" <<'EOF'; then ok; else bad "$set: csv/jsonl round trip"; fi
import csv, json, sys

base = sys.argv[1]
report = json.load(open(base + ".json", encoding="utf-8"))
convs = report["conversations"]
errors = []

lines = open(base + ".jsonl", encoding="utf-8").read().split("\n")
if lines[-1] != "":
    errors.append("jsonl: no final newline")
objs = [json.loads(l) for l in lines[:-1]]
if objs != convs:
    errors.append("jsonl: %d objects differ from the json report's %d"
                  % (len(objs), len(convs)))

raw = open(base + ".csv", "rb").read()
if raw.count(b"\n") != raw.count(b"\r\n") or not raw.endswith(b"\r\n"):
    errors.append("csv: a line does not end in CRLF")
rows = list(csv.reader(open(base + ".csv", encoding="utf-8", newline="")))
head = ["source", "subject", "tickets", "step", "action", "next_due",
        "days_overdue", "reason"]
if rows[0] != head:
    errors.append("csv: header %r" % rows[0])
rows = rows[1:]
if len(rows) != len(convs):
    errors.append("csv: %d rows for %d conversations" % (len(rows), len(convs)))
for row, c in zip(rows, convs):
    e = c["escalation"]
    if len(row) != 8:
        errors.append("csv: %d cells in %r" % (len(row), row))
        continue
    for cell in row:
        if cell[:1] in ("=", "+", "-", "@", "\t", "\r"):
            errors.append("csv: formula cell %r" % cell)
    src = row[0][1:] if row[0][:2] in ("'=", "'+", "'-", "'@") else row[0]
    if src != c["source"]:
        errors.append("csv: source %r, json %r" % (row[0], c["source"]))
    if row[3] != str(e["step"]) or row[4] != e["action"]:
        errors.append("csv: %s step %s %s, json %s %s"
                      % (src, row[3], row[4], e["step"], e["action"]))
    if row[2] != " ".join(c["tickets"]):
        errors.append("csv: %s tickets %r" % (src, row[2]))
    dues = [f["due"] for f in c["findings"] if f["type"] == "deadline"]
    if row[5] and row[5] not in dues:
        errors.append("csv: %s next due %r not a promise's" % (src, row[5]))
    if row[6] and (not row[6].isdigit() or int(row[6]) < 1):
        errors.append("csv: %s days overdue %r" % (src, row[6]))
for msg in errors:
    print(msg)
sys.exit(1 if errors else 0)
EOF
	done
	# The hostile strings reach JSON Lines as data, unchanged.
	if python3 - "$T/hostile.jsonl" <<'EOF'; then ok; else bad "hostile: jsonl does not keep the text"; fi
import json, sys
names = set()
for line in open(sys.argv[1], encoding="utf-8"):
    for m in json.loads(line)["messages"]:
        names.add(m["sender"]["name"])
sys.exit(0 if '"><img src=x onerror=alert(1)>' in names else 1)
EOF
else
	echo "report: python3 not found, csv/jsonl round trips skipped"
fi

# The page: xmllint's HTML parser reports only the SVG elements it does not
# know (it predates HTML5); the page is also well-formed XML.
for set in $SETS; do
	f="$T/$set.html"
	if xmllint --html --noout "$f" 2>"$T/lint" &&
		! grep 'error' "$T/lint" | grep -Ev 'Tag (svg|g|rect|line|circle|text) invalid' | grep -q .; then
		ok
	else
		bad "$set: xmllint --html:"; grep error "$T/lint" | grep -Ev 'Tag (svg|g|rect|line|circle|text) invalid' | head -5
	fi
	if xmllint --noout "$f" 2>"$T/lint"; then ok; else bad "$set: not well-formed:"; head -5 "$T/lint"; fi
	n=$(grep -c '^<div class="conv"' "$f")
	if [ "$n" -gt 0 ] && [ "$n" = "$(grep -c '^<svg xmlns="http://www.w3.org/2000/svg" class="timeline"' "$f")" ] &&
		[ "$n" = "$(grep -c '' "$T/$set.jsonl")" ]; then ok; else bad "$set: $n sections, not one timeline per conversation"; fi
	for inert in '<script' '<img' '<link' '<iframe' 'src="' 'url(' ' on[a-z]*="'; do
		if grep -qi -- "$inert" "$f"; then bad "$set: '$inert' in the page"; else ok; fi
	done
done
f="$T/hostile.html"
has hostile-script "$f" '&lt;script&gt;alert(1)&lt;/script&gt;'
has hostile-img "$f" '&quot;&gt;&lt;img src=x onerror=alert(1)&gt;'
has hostile-svg "$f" '&#39;&lt;svg onload=alert(1)&gt;&#39;'
has hostile-title "$f" '<title>#1 2026-11-20 10:00 +03:00 — &quot;&gt;&lt;img'
has hostile-amp "$f" 'Tom &amp; Jerry&#39;s &quot;team&quot;'
has hostile-csv "$T/hostile.csv" "^tests/data/report/formula-subject.eml,\"'=HYPERLINK("

# --explain: each finding's byte span in its message's analyzed text,
# which the message then carries as "text" (docs/json.md); without it the
# report has neither (the golden files hold the plain form). A ticket
# found in a Subject, a signature or a title ("in") counts bytes of that
# text, not of the message's.
SPAN_JQ='
def utf8len: if . < 128 then 1 elif . < 2048 then 2 elif . < 65536 then 3 else 4 end;
def byteslice($s; $e):
	explode as $cp
	| ([0] + [foreach $cp[] as $c (0; . + ($c | utf8len))]) as $off
	| ($off | index([$s])) as $i
	| ($off | index([$e])) as $j
	| if $i == null or $j == null or $i > $j then null
	  else $cp[$i:$j] | implode end;
[.conversations[] | . as $c | .findings[] | select(.in == null) | . as $f
 | ($c.messages[] | select(.index == $f.message) | .text) as $t
 | select(($t | byteslice($f.start; $f["end"])) != $f.match)
 | "\($c.source) #\($f.message) \($f.pattern) @\($f.start)-\($f["end"])"]'
PLAIN_JQ='del(.conversations[].findings[].start, .conversations[].findings[]["end"],
	.conversations[].messages[].text)'
for set in samples data; do
	case $set in samples) want=0 path=samples/ ;; *) want=2 path=tests/data/ ;; esac
	$RUN $ARGS --explain -f json "$path" >"$T/$set.explain.json" 2>/dev/null
	got=$?
	if [ "$got" = "$want" ]; then ok; else bad "$set --explain: exit $got, want $want"; fi
	n=$(jq '[.conversations[].findings[] | select(.start != null and .end != null)] | length' "$T/$set.explain.json")
	all=$(jq '[.conversations[].findings[]] | length' "$T/$set.explain.json")
	if [ "$n" -gt 0 ] && [ "$n" = "$all" ]; then ok; else bad "$set --explain: $n of $all findings have a span"; fi
	off=$(jq -r "$SPAN_JQ | .[]" "$T/$set.explain.json")
	if [ -z "$off" ]; then ok; else bad "$set --explain: span does not slice the text to the match:"; echo "$off" | head -5; fi
	jq -S . "$T/$set.json" >"$T/plain.json"
	jq -S "$PLAIN_JQ" "$T/$set.explain.json" >"$T/stripped.json"
	if cmp -s "$T/plain.json" "$T/stripped.json"; then ok; else bad "$set --explain: adds more than start, end and text"; fi
	if jq -e '[.conversations[] | (.findings[] | select(has("start") or has("end"))), (.messages[] | select(has("text")))] | length == 0' "$T/$set.json" >/dev/null; then ok; else bad "$set: span or text without --explain"; fi
done
# Spans counted by hand: "Ваше " is 4 two-byte letters and a space (9
# bytes); "обращение № 123456" is 9 letters (18), a space, № (3 bytes),
# a space and 6 digits: 9 + 29 = 38. "Hi Jane. " is 9 bytes and "We are
# unable to" 16: 9-25.
$RUN $ARGS --explain -f json - >"$T/span.json" 2>"$T/span.err" <<'EOF'
27.11.2026, 10:00 - Иван Петров: Здравствуйте, деньги не вернулись.
27.11.2026, 10:05 - Служба поддержки: Ваше обращение № 123456 передано в профильный отдел.
EOF
got=$(jq -c '.conversations[0].findings[] | select(.type == "ticket") | [.message, .start, .end, .match]' "$T/span.json")
if [ "$got" = '[2,9,38,"обращение № 123456"]' ]; then ok; else bad "span ru: ticket $got, want [2,9,38,\"обращение № 123456\"]"; fi
if [ "$(jq -r "$SPAN_JQ | length" "$T/span.json")" = 0 ]; then ok; else bad "span ru: a span does not slice the text to the match"; fi
$RUN $ARGS --explain -f json - >"$T/span.json" 2>"$T/span.err" <<'EOF'
27.11.2026, 10:00 - Jane Roe: Hello, please refund order 55.
27.11.2026, 10:05 - Support: Hi Jane. We are unable to refund this order.
EOF
got=$(jq -c '.conversations[0].findings[] | select(.type == "refusal") | [.message, .start, .end, .match]' "$T/span.json")
if [ "$got" = '[2,9,25,"We are unable to"]' ]; then ok; else bad "span en: refusal $got, want [2,9,25,\"We are unable to\"]"; fi
# The text report prints the same span.
$RUN $ARGS --explain - >"$T/span.txt" 2>"$T/span.err" <<'EOF'
27.11.2026, 10:00 - Jane Roe: Hello, please refund order 55.
27.11.2026, 10:05 - Support: Hi Jane. We are unable to refund this order.
EOF
has span-text "$T/span.txt" '\[refusal en.refusal.unable "We are unable to" @9-25\]'

# -f jsonl --explain carries the same conversation objects as -f json --explain
$RUN $ARGS --explain -f json samples/ >"$T/samples.explain.json" 2>/dev/null
$RUN $ARGS --explain -f jsonl samples/ >"$T/samples.explain.jsonl" 2>/dev/null
if [ "$(jq -s -S . "$T/samples.explain.jsonl")" = "$(jq -S .conversations "$T/samples.explain.json")" ]; then ok; else bad "jsonl --explain: differs from json --explain"; fi

# -o: a temporary file renamed over the target; nothing left behind.
$RUN $ARGS -f csv -o "$T/out.csv" samples/ 2>"$T/err"
if [ $? = 0 ] && cmp -s "$T/out.csv" "$T/samples.csv"; then ok; else bad "-o: file differs from stdout"; fi
if ls "$T"/out.csv.* >/dev/null 2>&1; then bad "-o: temporary left behind"; else ok; fi
echo old >"$T/keep.html"
chmod 640 "$T/keep.html"
inode=$(ls -i "$T/keep.html" | cut -d' ' -f1)
$RUN $ARGS -f html -o "$T/keep.html" samples/ 2>"$T/err"
if cmp -s "$T/keep.html" "$T/samples.html"; then ok; else bad "-o: not replaced"; fi
if [ "$(ls -i "$T/keep.html" | cut -d' ' -f1)" != "$inode" ]; then ok; else bad "-o: written in place, not renamed"; fi
if [ "$(stat -c %a "$T/keep.html")" = 640 ]; then ok; else bad "-o: mode $(stat -c %a "$T/keep.html"), want 640"; fi
$RUN $ARGS -f csv -o "$T/no/such/dir/out.csv" samples/ 2>"$T/err"
if [ $? = 2 ] && grep -q "^escalate: error: $T/no/such/dir/out.csv: " "$T/err"; then ok; else bad "-o: missing directory not reported"; fi
if [ -w /dev/full ]; then
	$RUN $ARGS -f html -o /dev/full samples/ 2>"$T/err"
	if [ $? = 2 ] && grep -q "write error" "$T/err"; then ok; else bad "-o /dev/full: no write error"; fi
fi
$RUN $ARGS -f jsonl -o /dev/null samples/ 2>"$T/err"
if [ $? = 0 ] && [ -c /dev/null ]; then ok; else bad "-o /dev/null"; fi

# A browser loads the page: one timeline per conversation in its DOM, and
# a screenshot of samples/ for people to look at.
CHROME=$(command -v chromium || command -v chromium-browser || true)
if [ -n "$CHROME" ]; then
	mkdir -p "$OUTDIR"
	cp "$T/samples.html" "$OUTDIR/samples.html"
	page="file://$(cd "$OUTDIR" && pwd)/samples.html"
	flags="--headless --no-sandbox --disable-gpu --no-first-run --disable-dev-shm-usage --user-data-dir=$T/chrome"
	"$CHROME" $flags --dump-dom "$page" >"$T/dom.html" 2>/dev/null
	n=$(grep -o '<div class="conv" id="c[0-9]*">' "$T/dom.html" | wc -l)
	m=$(grep -o '<svg [^>]*class="timeline"' "$T/dom.html" | wc -l)
	if [ "$n" -gt 0 ] && [ "$n" = "$m" ] && [ "$n" = "$(grep -c '' "$T/samples.jsonl")" ]; then ok; else bad "chromium: $n conversations, $m timelines in the DOM"; fi
	"$CHROME" $flags --hide-scrollbars --window-size=1100,2400 \
		--screenshot="$OUTDIR/samples.png" "$page" >/dev/null 2>&1
	if [ -s "$OUTDIR/samples.png" ]; then ok; echo "report: screenshot in $OUTDIR/samples.png"; else bad "chromium: no screenshot"; fi
	# No horizontal overflow at a desktop and a phone width, with the
	# long URLs, ids and names of tests/data/report/long-words.txt: the
	# report is shown in an iframe that wide (tests/overflow-probe.py).
	for set in samples hostile; do
		for width in 1280 390; do
			python3 tests/overflow-probe.py "$T/$set.html" "$width" "$OUTDIR/probe-$set-$width.html"
			"$CHROME" $flags --window-size=1400,900 --virtual-time-budget=5000 \
				--dump-dom "file://$(cd "$OUTDIR" && pwd)/probe-$set-$width.html" 2>/dev/null |
				grep -o 'data-probe="[^"]*"' >"$T/probe" || true
			probe=$(sed 's/data-probe="\(.*\)"/\1/' "$T/probe")
			sw=$(echo "$probe" | sed -n 's/^scroll=\([0-9]*\) .*/\1/p')
			vw=$(echo "$probe" | sed -n 's/^scroll=[0-9]* width=\([0-9]*\).*/\1/p')
			if [ -n "$sw" ] && [ "$sw" -le "$vw" ] && [ "$vw" -le "$width" ] &&
				! echo "$probe" | grep -q over=; then ok; else bad "chromium: $set overflows at ${width}px: ${probe:-no probe result}"; fi
		done
	done
else
	echo "report: chromium not found, browser checks skipped"
fi

echo "report: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
