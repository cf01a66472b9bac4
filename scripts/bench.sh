#!/bin/sh
# bench.sh - make bench: escalate -j1/-j2 against pcre2grep on a generated mailbox.
# Usage: sh scripts/bench.sh BIN BENCHGEN DIR MIB RUNS [KIND]
# KIND: mixed (the default: about half of the bytes attachments) or text
# (benchgen -t: mostly text). See docs/performance.md.
set -u
BIN=$1 GEN=$2 DIR=$3 MB=$4 RUNS=$5 KIND=${6:-mixed}
NOW=2026-03-02T12:00:00+03:00
TIME=/usr/bin/time
PCRE2_MAX=8192 # pcre2grep's limit on the length of one pattern

die() {
	echo "bench: $*" >&2
	exit 2
}

command -v pcre2grep >/dev/null 2>&1 ||
	die "pcre2grep not found: install the Debian package pcre2-utils (make deps)"
[ -x "$TIME" ] ||
	die "$TIME not found: install the Debian package time (make deps)"
case $MB in '' | *[!0-9]* | 0) die "BENCH_MB must be a whole number of MiB, at least 1" ;; esac
case $RUNS in '' | *[!0-9]* | 0) die "BENCH_RUNS must be a whole number, at least 1" ;; esac
[ -x "$BIN" ] || die "$BIN: not built"
[ -x "$GEN" ] || die "$GEN: not built"
case $KIND in
mixed) NAME=bench GENOPT= ;;
text) NAME=text GENOPT=-t ;;
*) die "the kind of mail must be mixed or text" ;;
esac

mkdir -p "$DIR" || die "$DIR: cannot create"
MBOX=$DIR/$NAME.mbox
SUMMARY=$DIR/$NAME.summary
PAT=$DIR/patterns.pcre2
T=$(mktemp -d) || die "cannot create a temporary directory"
trap 'rm -rf "$T"' EXIT

# ---- the mailbox: regenerated only when missing or of another size ----
want=$((MB * 1048576))
have=0
[ ! -f "$MBOX" ] || have=$(wc -c <"$MBOX")
if [ "$have" != "$want" ] || [ ! -s "$SUMMARY" ]; then
	echo "bench: generating $MBOX ($MB MiB)"
	"$GEN" $GENOPT -o "$MBOX.tmp" "$MB" 2>"$SUMMARY.tmp" ||
		die "the generator failed: $(cat "$SUMMARY.tmp")"
	mv "$MBOX.tmp" "$MBOX" && mv "$SUMMARY.tmp" "$SUMMARY"
fi
field() { sed -n "s/.* $1=\([0-9]*\).*/\1/p" "$SUMMARY"; }
gen_msgs=$(field messages)
gen_convs=$(field conversations)
att_pct=$(awk -v a="$(field attachment_bytes)" -v b="$(field bytes)" \
	'BEGIN { printf "%d", (b ? 100 * a / b + 0.5 : 0) }')

# ---- pcre2grep's patterns: the tool's own, named groups made plain ----
# One (*UCP) alternation would be about 50 KiB, over pcre2grep's limit of
# 8192 bytes per pattern, so the patterns are packed in order into as few
# alternations as fit; pcre2grep tries each on every line.
"$BIN" --list-patterns >"$T/list" || die "escalate --list-patterns failed"
npat=$(wc -l <"$T/list")
cut -f4 "$T/list" |
	sed -E "s/\(\?(P?<[A-Za-z_][A-Za-z0-9_]*>|'[A-Za-z_][A-Za-z0-9_]*')/(?:/g" |
	LC_ALL=C awk -v max="$PCRE2_MAX" '
	{
		item = "(?:" $0 ")"
		if (length(item) + 6 > max) {
			print "pattern " NR " alone is over " max " bytes" > "/dev/stderr"
			exit 1
		}
		if (cur != "" && length(cur) + 1 + length(item) + 6 > max) {
			print "(*UCP)" cur
			cur = ""
		}
		cur = cur == "" ? item : cur "|" item
	}
	END { if (cur != "") print "(*UCP)" cur }' >"$PAT" ||
	die "cannot build the pcre2grep patterns"
nalt=$(wc -l <"$PAT")
pcre2grep -c -i -u -f "$PAT" /dev/null >/dev/null 2>"$T/err"
[ $? -le 1 ] || die "pcre2grep does not accept $PAT: $(cat "$T/err")"

# ---- timing ----
# measure CMD...: RUNS runs of CMD, stdout to /dev/null; sets MED (median
# seconds) and RSS (the largest peak RSS, KiB). Exit statuses 0 and 1 are
# success for both programs (1: findings / no match).
measure() {
	: >"$T/times"
	RSS=0
	i=0
	while [ "$i" -lt "$RUNS" ]; do
		"$TIME" -f '%e %M' -o "$T/time" "$@" >/dev/null 2>"$T/err"
		rc=$?
		[ "$rc" -le 1 ] || die "$* exited with $rc: $(head -c 2000 "$T/err")"
		[ ! -s "$T/err" ] || die "$* wrote errors: $(head -c 2000 "$T/err")"
		line=$(tail -n 1 "$T/time")
		echo "${line% *}" >>"$T/times"
		r=${line#* }
		[ "$r" -le "$RSS" ] || RSS=$r
		i=$((i + 1))
	done
	MED=$(sort -n "$T/times" | awk '{ a[NR] = $1 }
		END { print NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }')
}

rate() { awk -v mb="$MB" -v s="$1" 'BEGIN { printf "%.1f", (s > 0 ? mb / s : 0) }'; }
mib() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }
ratio() { awk -v g="$1" -v s="$2" 'BEGIN { printf "%.1fx", (s > 0 ? g / s : 0) }'; }

echo "bench: $RUNS runs each over $MBOX"
measure pcre2grep -c -i -u -f "$PAT" "$MBOX"
g_s=$MED g_rss=$RSS
measure "$BIN" -j1 -f jsonl --now "$NOW" "$MBOX"
j1_s=$MED j1_rss=$RSS
measure "$BIN" -j2 -f jsonl --now "$NOW" "$MBOX"
j2_s=$MED j2_rss=$RSS

# ---- -j1 and -j2 must write the same bytes ----
# ---- and the same as every pattern over every text (no prefilter) ----
"$BIN" -j1 -f jsonl --now "$NOW" "$MBOX" >"$DIR/out-j1.jsonl" 2>/dev/null
"$BIN" -j2 -f jsonl --now "$NOW" "$MBOX" >"$DIR/out-j2.jsonl" 2>/dev/null
ESCALATE_NO_PREFILTER=1 "$BIN" -j2 -f jsonl --now "$NOW" "$MBOX" \
	>"$DIR/out-all.jsonl" 2>/dev/null
convs=$(wc -l <"$DIR/out-j1.jsonl")
if cmp -s "$DIR/out-j1.jsonl" "$DIR/out-j2.jsonl" &&
	cmp -s "$DIR/out-j1.jsonl" "$DIR/out-all.jsonl"; then
	same="byte-identical"
	status=0
else
	same="DIFFERENT"
	status=1
fi
sum=$(sha256sum <"$DIR/out-j1.jsonl" | cut -c1-16)
rm -f "$DIR/out-j1.jsonl" "$DIR/out-j2.jsonl" "$DIR/out-all.jsonl"

cpu=$(sed -n 's/^model name[^:]*: //p' /proc/cpuinfo 2>/dev/null | head -n 1)
echo
echo "mailbox: $MB MiB, $gen_msgs messages in $gen_convs conversations," \
	"$att_pct% of the bytes attachments" \
	"(tools/benchgen.c${GENOPT:+ $GENOPT}, default seed)"
echo "machine: $(nproc) processors${cpu:+, $cpu}; median of $RUNS runs;" \
	"escalate: -f jsonl --now $NOW, report to /dev/null"
echo
echo "| command | MiB/s | peak RSS MiB | vs pcre2grep |"
echo "|---|--:|--:|--:|"
g_rate=$(rate "$g_s")
for row in "escalate -j1:$j1_s:$j1_rss" "escalate -j2:$j2_s:$j2_rss"; do
	name=${row%%:*} rest=${row#*:}
	s=${rest%%:*} k=${rest#*:}
	echo "| $name | $(rate "$s") | $(mib "$k") | $(ratio "$g_s" "$s") |"
done
echo "| pcre2grep -c -i -u ($npat patterns, $nalt (*UCP) alternations) |" \
	"$g_rate | $(mib "$g_rss") | 1.0x |"
echo
echo "output of -j1, -j2 and -j2 without the prefilter: $same ($convs conversations, sha256 $sum...)"
[ "$convs" = "$gen_convs" ] ||
	echo "note: escalate reported $convs conversations, the generator wrote $gen_convs"
exit $status
