#!/bin/sh
# completions.sh - the bash, zsh and fish completions know every option of
# --help, complete option values, and are installed by make install.
# Usage: sh tests/completions.sh BIN   (run from the repository root)
set -u
BIN=${1:-build/bin/escalate}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
pass=0
fail=0
C=src/completions

ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }
same() { if [ "$2" = "$3" ]; then ok; else bad "$1: got '$2', want '$3'"; fi; }

# every long option of --help, in every completion file
"$BIN" --help | grep -o -- '--[a-z][a-z-]*' | sort -u >"$T/opts"
[ -s "$T/opts" ] && ok || bad "no options in --help"
for f in escalate.bash _escalate escalate.fish; do
	while read -r o; do
		name=${o#--}
		case $f in
		escalate.fish) grep -q -- "-l $name\\b" "$C/$f" ;;
		*) grep -q -- "$o\\b" "$C/$f" ;;
		esac || bad "$f: no $o"
	done <"$T/opts"
	ok
done

# bash: what the function offers
if command -v bash >/dev/null 2>&1; then
	comp() { bash -c '. "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _escalate; echo "${COMPREPLY[*]}"' sh "$C/escalate.bash" "$@"; }
	same bash-option "$(comp escalate --rep)" "--report-lang"
	same bash-format "$(comp escalate -f j)" "json jsonl"
	same bash-color "$(comp escalate --color a)" "auto always"
	same bash-lang "$(comp escalate --report-lang r)" "ru"
	same bash-fail-on "$(comp escalate --fail-on request-j)" "request-justification"
	if [ -f /usr/share/zoneinfo/Europe/Moscow ]; then
		same bash-tz "$(comp escalate --tz Europe/Mosc)" "Europe/Moscow"
	fi
	same bash-file "$(comp escalate samples/chat-courier-m)" "samples/chat-courier-missed.txt"
else
	echo "completions: bash not found, skipped"
fi

# fish: complete -C lists the candidates
if command -v fish >/dev/null 2>&1; then
	got=$(fish --no-config -c ". $C/escalate.fish; complete -C'escalate --report-lang '" | cut -f1 | sort | tr '\n' ' ')
	same fish-lang "$got" "auto en ru "
	got=$(fish --no-config -c ". $C/escalate.fish; complete -C'escalate --no-m'" | cut -f1)
	same fish-option "$got" "--no-messages"
else
	echo "completions: fish not found, skipped"
fi

# zsh: the file parses and compinit takes it for escalate
if command -v zsh >/dev/null 2>&1; then
	zsh -n "$C/_escalate" && ok || bad "zsh: syntax"
	got=$(zsh -f -c "fpath=($C \$fpath); autoload -Uz compinit; compinit -u -d $T/zcompdump; print \$_comps[escalate]")
	same zsh-compinit "$got" "_escalate"
else
	echo "completions: zsh not found, skipped"
fi

# make install puts them where the shells look under PREFIX
# the build this test was given, never rebuilt here (-o: it runs beside
# other tests of the same build)
O=$(dirname "$(dirname "$BIN")")
make -s -o "$BIN" install O="$O" DESTDIR="$T/pkg" PREFIX=/usr/local >/dev/null 2>&1 || bad "make install failed"
for f in share/bash-completion/completions/escalate share/zsh/site-functions/_escalate \
	share/fish/vendor_completions.d/escalate.fish bin/escalate share/man/man1/escalate.1; do
	if [ -f "$T/pkg/usr/local/$f" ]; then ok; else bad "install: no /usr/local/$f"; fi
done
make -s -o "$BIN" uninstall O="$O" DESTDIR="$T/pkg" PREFIX=/usr/local >/dev/null 2>&1
if [ -z "$(find "$T/pkg" -type f)" ]; then ok; else bad "uninstall left: $(find "$T/pkg" -type f)"; fi

echo "completions: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
