#!/usr/bin/env bash
# Runs SPIN on the counter race (counter.pml) for 2 threads x N=1..6 and 3 threads x N=1..3 and prints, per
# model, the set of reachable final values of x, the states SPIN stored and matched (with and without its
# partial-order reduction), memory and time. Needs spin and gcc on the PATH; CI does not run it.
#
# The outcome set is found twice and the two must agree: once in one search with the final printf enabled
# during verification (-DPRINTF), and once per candidate value v in 0..T*N+1 by asserting x != v at the end,
# where an assertion violation is SPIN's own proof that v is reachable.
#
# Usage: benchmarks/spin/run.sh [> benchmarks/spin/results.txt]
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$here/counter.pml" "$work/"
cd "$work"

models="2:1 2:2 2:3 2:4 2:5 2:6 3:1 3:2 3:3"

# Generates, compiles and prints the path of a pan for T threads, N increments and extra -D flags.
build() {
    local t=$1 n=$2 name=$3; shift 3
    spin -DT="$t" -DN="$n" "$@" -a counter.pml >/dev/null
    gcc -O2 -DSAFETY "${CCFLAGS[@]}" -o "$name" pan.c
}

# Reads one figure from pan's report: the number before the given words.
figure() {
    grep -E "$2" "$1" | head -1 | awk '{print $1}'
}

now_ms() {
    echo $(( $(date +%s%N) / 1000000 ))
}

echo "# SPIN on the counter race (benchmarks/spin/counter.pml), made by benchmarks/spin/run.sh"
echo "# $(spin -V)"
echo "# $(gcc --version | head -1); pan built with -O2 -DSAFETY, run with its defaults (exhaustive search)"
echo "# outcomes: the reachable final values of x (printf during the search, confirmed value by value by assertions)"
echo "# stored/matched/transitions: with partial-order reduction (SPIN's default); stored-noPOR: with -DNOREDUCE"
echo "# state-MB: pan's actual memory for states; total-MB: with its hash table (-w24) and stack; pan-ms: wall time of pan, the fastest of three runs"
printf "%-6s %-28s %9s %9s %11s %13s %9s %9s %7s\n" \
    model outcomes stored matched transitions stored-noPOR state-MB total-MB pan-ms
for model in $models; do
    t=${model%%:*}
    n=${model##*:}

    CCFLAGS=(-DPRINTF)
    build "$t" "$n" pan_print
    elapsed=""
    for attempt in 1 2 3; do       # the fastest of three runs: the machine may be busy
        start=$(now_ms)
        ./pan_print > report.txt
        took=$(( $(now_ms) - start ))
        if [ -z "$elapsed" ] || [ "$took" -lt "$elapsed" ]; then
            elapsed=$took
        fi
    done
    printed=$(grep -E '^ *final x=' report.txt | sed -E 's/.*final x=//' | sort -n | uniq | paste -sd, -)

    CCFLAGS=(-DNOREDUCE)
    build "$t" "$n" pan_full
    ./pan_full > report_full.txt

    proved=()
    CCFLAGS=()
    for v in $(seq 0 $(( t * n + 1 ))); do
        build "$t" "$n" pan_value -DVALUE="$v"
        ./pan_value > report_value.txt
        if grep -q 'assertion violated' report_value.txt; then
            proved+=("$v")
        fi
    done
    proved_list=$(IFS=,; echo "${proved[*]}")
    if [ "$printed" != "$proved_list" ]; then
        echo "disagreement for $t x $n: printed {$printed}, asserted {$proved_list}" >&2
        exit 1
    fi
    if grep -q 'errors: [1-9]' report.txt; then
        echo "pan reported errors for $t x $n" >&2
        exit 1
    fi

    printf "%-6s %-28s %9s %9s %11s %13s %9s %9s %7s\n" "${t}x${n}" "{$printed}" \
        "$(figure report.txt 'states, stored')" "$(figure report.txt 'states, matched')" \
        "$(figure report.txt 'transitions')" "$(figure report_full.txt 'states, stored')" \
        "$(figure report.txt 'actual memory usage for states')" "$(figure report.txt 'total actual memory usage')" \
        "$elapsed"
done
