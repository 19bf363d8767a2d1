# bash completion for service-designer-cli                               -*- shell-script -*-
#
# Installed as share/bash-completion/completions/service-designer-cli (packaging/CMakeLists.txt).
# Completes the commands, each command's options and their values. Provider ids and explanation
# topics come from the program itself (`providers`, `explain`), so that profiles of your own and
# those named with --profile are offered too. tests/install/check-docs.sh runs this function and
# fails when it misses an option, command, provider id or topic of the program.

# The options of a command (none: the options before any command).
_service_designer_cli_options()
{
    local help="--help -h --help-all --lang"
    case $1 in
    "") echo "--help -h --version -v --lang" ;;
    export) echo "$help --format -f --output -o --write-defaults" ;;
    edit) echo "$help --service --index --set --remove --in-place -i --output -o" ;;
    validate)
        echo "$help --format -f --k8s-version --service-cidr --node-port-range --provider" \
            "--node-os --cni-sctp --cni-multihomed --profile"
        ;;
    providers) echo "$help --profile --format -f" ;;
    explain) echo "$help" ;;
    proxy-header) echo "$help --version --source --destination --protocol --annotate" ;;
    trace)
        echo "$help --service --port --from --via-node --client-node --nodes --endpoints" \
            "--provider --profile --format -f"
        ;;
    esac
}

_service_designer_cli()
{
    local program=$1 cur=${COMP_WORDS[COMP_CWORD]} prev="" command="" words="" word i
    local nodes=node-a,node-b,node-c # trace's example cluster unless --nodes names others
    local -a profiles=()
    COMPREPLY=()
    ((COMP_CWORD > 0)) && prev=${COMP_WORDS[COMP_CWORD - 1]}
    # bash splits `--format=json` at the `=`: complete the value of the option before it.
    if [[ $cur == "=" ]]; then
        cur=""
    elif [[ $prev == "=" ]] && ((COMP_CWORD > 1)); then
        prev=${COMP_WORDS[COMP_CWORD - 2]}
    fi

    # The command is the first word that is neither an option nor --lang's value; --profile files
    # go to `providers` when listing the ids, --nodes to the node names of `trace`.
    for ((i = 1; i < COMP_CWORD; i++)); do
        word=${COMP_WORDS[i]}
        if [[ ${COMP_WORDS[i + 1]:-} == "=" ]]; then
            [[ $word == --profile ]] && profiles+=(--profile "${COMP_WORDS[i + 2]:-}")
            [[ $word == --nodes ]] && nodes=${COMP_WORDS[i + 2]:-}
            ((i += 2))
        elif [[ $word == --lang || $word == --profile || $word == --nodes ]]; then
            [[ $word == --profile ]] && profiles+=(--profile "${COMP_WORDS[i + 1]:-}")
            [[ $word == --nodes ]] && nodes=${COMP_WORDS[i + 1]:-}
            ((i++))
        elif [[ $word != -* && -z $command ]]; then
            command=$word
        fi
    done

    case $prev in
    --lang) words="en ko" ;;
    --format | -f)
        case $command in
        export) words="yaml json" ;;
        validate) words="text json sarif" ;;
        providers | trace) words="text json" ;;
        esac
        ;;
    --k8s-version) words="1.31 1.32 1.33" ;;
    --provider)
        # The first column of `providers` after its header row, each id once.
        words=$("$program" providers "${profiles[@]}" 2>/dev/null |
            awk 'NR > 1 && !seen[$1]++ { print $1 }')
        ;;
    --node-os) words="linux windows mixed" ;;
    --cni-sctp | --cni-multihomed) words="yes no" ;;
    --protocol) words="tcp udp" ;;
    --from) words="lb nodeport external-ip pod" ;;
    --via-node | --client-node) words=${nodes//,/ } ;;
    --version) [[ $command == proxy-header ]] && words="1 2" ;;
    --profile | --output | -o)
        compopt -o filenames 2>/dev/null
        mapfile -t COMPREPLY < <(compgen -f -- "$cur")
        return 0
        ;;
    --service | --index | --set | --remove | --service-cidr | --node-port-range | --source | \
        --destination | --port | --nodes | --endpoints)
        return 0 # free text
        ;;
    esac
    if [[ -n $words ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$words" -- "$cur")
        return 0
    fi

    if [[ $cur == -* ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$(_service_designer_cli_options "$command")" -- "$cur")
    elif [[ -z $command ]]; then
        mapfile -t COMPREPLY < <(compgen -W "export edit validate providers explain proxy-header \
            trace" -- "$cur")
    elif [[ $command == explain ]]; then
        # The first column of `explain` without a topic.
        mapfile -t COMPREPLY < <(compgen -W "$("$program" explain 2>/dev/null |
            awk '{ print $1 }')" -- "$cur")
    elif [[ $command != providers && $command != proxy-header ]]; then
        compopt -o filenames 2>/dev/null
        mapfile -t COMPREPLY < <(compgen -f -- "$cur")
    fi
    return 0
} &&
    complete -F _service_designer_cli service-designer-cli
