#!/usr/bin/env bash
# Holds the manual pages and the shell completion (packaging/) against the programs: every
# command and option that `service-designer-cli --help`, `<command> --help` and app/cli/main.cpp
# name, every provider id of `providers`, every topic of `explain` and every key of the JSON
# report of `validate --format json` must be in service-designer-cli.1 (an option in its
# command's section), and the bash completion must offer them (it is run); the zsh completion must
# name each command's options in that command's block. The options of `service-designer --help`
# must be in service-designer.1.
#
#   check-docs.sh SOURCE_DIR CLI [GUI]
set -euo pipefail

if (($# < 2 || $# > 3)); then
    echo "usage: ${0##*/} SOURCE_DIR CLI [GUI]" >&2
    exit 2
fi
source_dir=$1 cli=$2 gui=${3:-}
man_cli=$source_dir/packaging/man/service-designer-cli.1
man_gui=$source_dir/packaging/man/service-designer.1
bash_completion=$source_dir/packaging/completion/service-designer-cli.bash
zsh_completion=$source_dir/packaging/completion/_service-designer-cli

failures=0
fail()
{
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

# Only the bundled provider profiles, English messages, no display.
# shellcheck source=tests/install/scratch-env.sh
source "$(dirname "${BASH_SOURCE[0]}")/scratch-env.sh"

# The options in the first column of a --help text (`  -f, --format <format>  Output ...`).
help_options()
{
    sed -nE 's/^  (-[^ ].*)$/\1/p' | sed -E 's/ {2,}.*//; s/<[^>]*>//g; s/ [a-z]+\|[a-z|]+//g' |
        tr ',' '\n' | sed -E 's/^ +//; s/ +$//' | grep -E '^--?[[:alnum:]?]' | sort -u
}
# A manual page as text: `\-` as `-`, no font changes.
man_text() { sed -E 's/\\-/-/g; s/\\f[BIRP]//g; s/\\\(dq/"/g' "$1"; }
# The part of a manual page text under `.SS NAME`, up to the next section.
man_section() { awk -v name="$1" '/^\.SH / { in_section = 0 } /^\.SS / { in_section = ($2 == name) } in_section'; }
# Whether standard input names the option or word $1 as a whole word.
names()
{
    local pattern=${1//\?/\\?}
    grep -qE -- "(^|[^-[:alnum:]])${pattern//./\\.}([^-[:alnum:]]|$)"
}
# What the bash completion offers for the command line `service-designer-cli WORDS...`; the
# last word is the one being completed.
bash_complete()
{
    bash --norc --noprofile -c '
        source "$0"
        program=$1
        shift
        COMP_WORDS=("$program" "$@")
        COMP_CWORD=$#
        _service_designer_cli "$program" "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
        printf "%s\n" "${COMPREPLY[@]}"' "$bash_completion" "$cli" "$@" 2>/dev/null
}
# Whether the line list $2 holds the line $1.
has_line() { grep -qxF -- "$1" <<<"$2"; }

man=$(man_text "$man_cli")
top_help=$("$cli" --lang en --help)
mapfile -t commands < <(sed -nE 's/^  ([a-z][a-z-]*)$/\1/p' <<<"$top_help")
((${#commands[@]} > 0)) || fail "found no commands in service-designer-cli --help"

# The options before a command: those of the usage text and those main() compares arguments with.
mapfile -t global_options < <(
    {
        help_options <<<"$top_help"
        grep -oE 'u"--?[a-z][a-z-]*' "$source_dir/app/cli/main.cpp" | sed 's/^u"//'
    } | sort -u
)
offered=$(bash_complete -)
for option in "${global_options[@]}"; do
    names "$option" <<<"$(sed -n '/^\.SH GLOBAL OPTIONS/,/^\.SH /p' <<<"$man")" ||
        fail "service-designer-cli.1: GLOBAL OPTIONS lacks $option"
    has_line "$option" "$offered" || fail "bash completion: '$option' is not offered before a command"
    names "$option" <"$zsh_completion" || fail "zsh completion: $option is missing"
done

offered=$(bash_complete "")
for command in "${commands[@]}"; do
    grep -qxF ".SS $command" <<<"$man" || fail "service-designer-cli.1: no section .SS $command"
    has_line "$command" "$offered" || fail "bash completion: command $command is not offered"
    grep -qF "'$command:" "$zsh_completion" || fail "zsh completion: command $command is missing"
done

# Each command's options; those every command has (--help, ...) are described once for all.
declare -A options_of
for command in "${commands[@]}"; do
    options_of[$command]=$("$cli" --lang en "$command" --help | help_options)
done
common=$(printf '%s\n' "${options_of[@]}" | sort | uniq -c |
    awk -v n=${#commands[@]} '$1 == n { print $2 }')
commands_intro=$(sed -n '/^\.SH COMMANDS/,/^\.SS /p' <<<"$man")
for option in $common; do
    names "$option" <<<"$commands_intro" ||
        fail "service-designer-cli.1: the start of COMMANDS lacks $option, which every command takes"
done
for command in "${commands[@]}"; do
    section=$(man_section "$command" <<<"$man")
    offered=$(bash_complete "$command" -)
    zsh_block=$(sed -n "/^ *($command)\$/,/;;/p" "$zsh_completion")
    [[ -n $zsh_block ]] || fail "zsh completion: no block ($command) ... ;;"
    for option in ${options_of[$command]}; do
        has_line "$option" "$offered" || fail "bash completion: $command: '$option' is not offered"
        if has_line "$option" "$common"; then
            names "$option" <"$zsh_completion" || fail "zsh completion: $option is missing"
            continue
        fi
        names "$option" <<<"$section" || fail "service-designer-cli.1: .SS $command lacks $option"
        names "$option" <<<"$zsh_block" || fail "zsh completion: ($command) lacks $option"
    done
done

# The values the program itself lists: provider ids and explanation topics.
mapfile -t providers < <("$cli" --lang en providers | awk 'NR > 1 && !seen[$1]++ { print $1 }')
((${#providers[@]} > 0)) || fail "found no provider ids in service-designer-cli providers"
offered=$(bash_complete validate --provider "")
provider_text=$(man_section validate <<<"$man")
for id in "${providers[@]}"; do
    names "$id" <<<"$provider_text" || fail "service-designer-cli.1: .SS validate lacks provider $id"
    has_line "$id" "$offered" || fail "bash completion: provider $id is not offered"
done
mapfile -t topics < <("$cli" --lang en explain | awk '{ print $1 }')
((${#topics[@]} > 0)) || fail "found no topics in service-designer-cli explain"
offered=$(bash_complete explain "")
explain_text=$(man_section explain <<<"$man")
for topic in "${topics[@]}"; do
    names "$topic" <<<"$explain_text" || fail "service-designer-cli.1: .SS explain lacks topic $topic"
    has_line "$topic" "$offered" || fail "bash completion: topic $topic is not offered"
done

# Every key of the JSON report, a provider finding's source included, and the exit statuses.
cat >"$scratch/dns.yaml" <<'EOF'
apiVersion: v1
kind: Service
metadata:
  name: dns
spec:
  type: LoadBalancer
  selector: {app: dns}
  ports:
  - port: 53
    protocol: UDP
  - port: 54
    protocol: VHF
EOF
status=0
report=$("$cli" validate --provider aws --format json "$scratch/dns.yaml") || status=$?
[[ $status == 1 ]] || fail "validate of a Service with errors exited with $status, not 1"
grep -q '"source": {' <<<"$report" || fail "validate --provider aws gave no finding with a source"
json_text=$(sed -n '/^\.SH JSON REPORT/,/^\.SH /p' <<<"$man")
for key in $(grep -oE '"[a-zA-Z]+":' <<<"$report" | tr -d '":' | sort -u); do
    names "$key" <<<"$json_text" || fail "service-designer-cli.1: JSON REPORT lacks the key $key"
done
for code in 0 1 2; do
    grep -qxF ".B $code" <<<"$(sed -n '/^\.SH EXIT STATUS/,/^\.SH /p' <<<"$man")" ||
        fail "service-designer-cli.1: EXIT STATUS lacks $code"
done
grep -q '^\.SH EXAMPLES' <<<"$man" || fail "service-designer-cli.1: no EXAMPLES"

# The designer's own options.
if [[ -n $gui ]]; then
    gui_man=$(man_text "$man_gui")
    gui_options=$("$gui" --help 2>/dev/null | help_options)
    [[ -n $gui_options ]] || fail "found no options in service-designer --help"
    for option in $gui_options; do
        names "$option" <<<"$(sed -n '/^\.SH OPTIONS/,/^\.SH /p' <<<"$gui_man")" ||
            fail "service-designer.1: OPTIONS lacks $option"
    done
fi

if ((failures > 0)); then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "manual pages and completion: ${#commands[@]} commands, ${#providers[@]} provider ids," \
    "${#topics[@]} topics, all options present"
