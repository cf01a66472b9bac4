#!/bin/sh
# gen_suites.sh - list the Check suites of tests/check_*.c as a C include.
# Usage: gen_suites.sh FILE... > suites.inc
set -eu
for f in "$@"; do
	sed -n 's/^Suite \*suite_\([a-z0-9_]*\)(void).*/\1/p; /^Suite \*$/{n; s/^suite_\([a-z0-9_]*\)(void).*/\1/p;}' "$f"
done | sort -u | while read -r s; do
	printf 'SUITE(%s)\n' "$s"
done
