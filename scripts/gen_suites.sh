#!/bin/sh
# gen_suites.sh - list the Check suites of tests/check_*.c as a C include.
# A suite is a function suite_NAME(void), written out or defined by
# UNIT_SUITE(NAME, ...) / UNIT_SUITE_LIMIT(NAME, ...) of tests/suite.h.
# Usage: gen_suites.sh FILE... > suites.inc
set -eu
for f in "$@"; do
	sed -n 's/^Suite \*suite_\([a-z0-9_]*\)(void).*/\1/p; /^Suite \*$/{n; s/^suite_\([a-z0-9_]*\)(void).*/\1/p;}
		s/^UNIT_SUITE\(_LIMIT\)\{0,1\}(\([a-z0-9_]*\),.*/\2/p' "$f"
done | sort -u | while read -r s; do
	printf 'SUITE(%s)\n' "$s"
done
