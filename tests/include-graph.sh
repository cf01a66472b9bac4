#!/bin/sh
# include-graph.sh - the shape of the source tree, checked:
#   1. no include cycle among the modules of src/ and include/ (a module
#      is a src/NAME.c together with its include/NAME.h; an edge is an
#      '#include "OTHER.h"' line naming a header of this tree);
#   2. no src/*.c over MAX_LINES lines, but for the known exceptions
#      listed below.
# Prints every cycle and every oversized file it finds; exits 1 if any.
# Usage: sh tests/include-graph.sh   (from the repository root)
set -u
MAX_LINES=700

# The files allowed over the limit for good: mbox.c (one streaming state
# machine) and literals.c (one recursive-descent regex reader); patterns.c
# (one pattern-file model) may join them, but is under the limit today.
# Any other long file is to be split along its seams.
KNOWN_LONG="
mbox.c
literals.c
"

fail=0

# "FROM TO" for every quoted include of a header that exists in include/
# or src/; FROM and TO are module names (file names without .c or .h).
edges() {
	for f in src/*.c src/*.h include/*.h; do
		[ -f "$f" ] || continue
		from=$(basename "$f")
		from=${from%.*}
		sed -n 's/^[[:space:]]*#[[:space:]]*include[[:space:]]*"\([^"]*\)\.h".*/\1/p' "$f" |
			while IFS= read -r to; do
				[ "$to" = "$from" ] && continue
				if [ -f "include/$to.h" ] || [ -f "src/$to.h" ]; then
					echo "$from $to"
				fi
			done
	done | sort -u
}

# A header with no .c of its own (include/outlook.h, shared by the .msg and
# .pst readers; an internal header of one family) is no module: an edge to
# it stands for edges to what it includes.
through_headers() {
	awk -v only="$(for h in include/*.h; do
		b=$(basename "$h" .h)
		[ -f "src/$b.c" ] || printf '%s ' "$b"
	done)" '
	BEGIN { n = split(only, v, " "); for (i = 1; i <= n; i++) hdr[v[i]] = 1 }
	{ k[$1]++; to[$1, k[$1]] = $2; from[++m] = $1; dest[m] = $2 }
	function emit(a, b,    i) {
		if (b in seen)
			return
		seen[b] = 1
		if (!(b in hdr)) {
			if (a != b)
				print a, b
			return
		}
		for (i = 1; i <= k[b]; i++)
			emit(a, to[b, i])
	}
	END {
		for (j = 1; j <= m; j++) {
			if (from[j] in hdr)
				continue
			delete seen
			emit(from[j], dest[j])
		}
	}' | sort -u
}

# Depth-first search over the edges; prints each cycle found once, as
# "a -> b -> ... -> a" (one line a cycle through a back edge).
cycles() {
	awk '
	{ n[$1]++; adj[$1, n[$1]] = $2; node[$1] = 1; node[$2] = 1 }
	function visit(v,    i, w, k, s) {
		state[v] = 1
		stack[++depth] = v
		for (i = 1; i <= n[v]; i++) {
			w = adj[v, i]
			if (state[w] == 1) {
				s = w
				for (k = depth; k >= 1 && stack[k] != w; k--)
					;
				for (k = k + 1; k <= depth; k++)
					s = s " -> " stack[k]
				print s " -> " w
			} else if (state[w] == 0)
				visit(w)
		}
		depth--
		state[v] = 2
	}
	END {
		for (v in node)
			order[++m] = v
		# a fixed order, so that the report reads the same every run
		for (i = 2; i <= m; i++)
			for (j = i; j > 1 && order[j - 1] > order[j]; j--) {
				t = order[j]; order[j] = order[j - 1]; order[j - 1] = t
			}
		for (i = 1; i <= m; i++)
			if (state[order[i]] == 0)
				visit(order[i])
	}'
}

edges | through_headers | cycles >"${TMPDIR:-/tmp}/include-graph.$$"
while IFS= read -r cycle; do
	echo "include-graph: include cycle: $cycle"
	fail=1
done <"${TMPDIR:-/tmp}/include-graph.$$"
rm -f "${TMPDIR:-/tmp}/include-graph.$$"

for f in src/*.c; do
	lines=$(wc -l <"$f")
	[ "$lines" -le "$MAX_LINES" ] && continue
	name=$(basename "$f")
	case "$KNOWN_LONG" in
	*"
$name
"*) continue ;;
	esac
	echo "include-graph: $f has $lines lines (at most $MAX_LINES; split it along its seams)"
	fail=1
done

# A known exception that has come under the limit should leave the
# list (a note, not a failure, while several splits are under way).
for name in $KNOWN_LONG; do
	[ -f "src/$name" ] || continue
	lines=$(wc -l <"src/$name")
	if [ "$lines" -le "$MAX_LINES" ]; then
		echo "include-graph: note: src/$name has $lines lines now: take it off KNOWN_LONG in $0"
	fi
done

if [ "$fail" -eq 0 ]; then
	echo "include-graph: no include cycle; no source file over $MAX_LINES lines but the known ones"
fi
exit "$fail"
