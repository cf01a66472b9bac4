# bash completion for escalate(1)                      -*- shell-script -*-

_escalate_zones()
{
	local d=/usr/share/zoneinfo
	[ -d "$d" ] || return
	(cd "$d" && find . -type f ! -name '*.tab' ! -name '*.zi' \
		! -name 'leap*' ! -name 'tzdata*' 2>/dev/null | sed 's|^\./||')
}

_escalate()
{
	local cur prev words cword
	if declare -F _init_completion >/dev/null 2>&1; then
		_init_completion -n = || return
	else
		cur=${COMP_WORDS[COMP_CWORD]}
		prev=${COMP_WORDS[COMP_CWORD - 1]}
	fi

	case $prev in
	-f | --format)
		COMPREPLY=($(compgen -W 'text json jsonl csv html' -- "$cur"))
		return ;;
	--color)
		COMPREPLY=($(compgen -W 'auto always never' -- "$cur"))
		return ;;
	--report-lang)
		COMPREPLY=($(compgen -W 'auto ru en' -- "$cur"))
		return ;;
	--lang)
		COMPREPLY=($(compgen -W 'ru,en ru en' -- "$cur"))
		return ;;
	--calendar)
		COMPREPLY=($(compgen -W 'ru uk us' -- "$cur"))
		return ;;
	--jurisdiction)
		COMPREPLY=($(compgen -W 'ru uk eu us none' -- "$cur"))
		return ;;
	--fail-on)
		COMPREPLY=($(compgen -W 'never none resolved request-ticket
			request-deadline request-solution request-justification
			escalate formal-complaint' -- "$cur"))
		return ;;
	--tz)
		COMPREPLY=($(compgen -W "UTC $(_escalate_zones)" -- "$cur"))
		return ;;
	-o | --output | --patterns | --holidays)
		COMPREPLY=($(compgen -f -- "$cur"))
		return ;;
	--now | --me | --exclude | -j | --jobs | --answer-within)
		return ;;
	esac

	if [[ $cur == -* ]]; then
		COMPREPLY=($(compgen -W '--format --output --now --me --lang
			--patterns --holidays --calendar --jurisdiction
			--answer-within --tz --fail-on --explain
			--jobs --exclude --report-lang --csv-bom --color --progress
			--no-progress --quiet --no-messages --list-patterns
			--version --help -f -o -j -q -h' -- "$cur"))
		return
	fi
	COMPREPLY=($(compgen -f -- "$cur"))
} &&
	complete -o filenames -F _escalate escalate
