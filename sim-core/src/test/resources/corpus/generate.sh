#!/usr/bin/env bash
# Records CPython 3.11's output of every program of the corpus (see SOURCES.md and corpus.tsv).
#
# For every NNN_name.py in this folder: NNN_name.out gets its stdout and NNN_name.err its stderr (removed when
# empty), in the folder OUT (default: this one). Each program runs alone in a folder under /tmp/lockstep-corpus,
# and that folder's path is removed from what it printed, so __file__ and tracebacks name the program as Lockstep
# does ("NNN_name.py"). Its stdout is line-buffered, as on a terminal (a sitecustomize module reconfigures it): with
# a file's block buffering each child process's prints would appear only when it exits, and a program stopped by
# the timeout would lose them. Not -I, which would ignore PYTHONHASHSEED; -s keeps the user's packages out, and
# PYTHONPATH holds only that sitecustomize. A program still running
# after TIMEOUT seconds (default 90) is stopped: corpus.tsv records it as one that "hangs". The table printed at the
# end (program, exit status or "hangs", seconds) is what corpus.tsv's "cpython" column records; run it three times
# (OUT=/tmp/run2 ...) to see which programs print differently from run to run.
#
# Usage: sim-core/src/test/resources/corpus/generate.sh [PYTHON] [PROGRAM.py...]   (default: python3, every program)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
python="${1:-python3}"
shift || true
timeout_s="${TIMEOUT:-90}"
out="${OUT:-$here}"
mkdir -p "$out"

version="$("$python" -c 'import sys; print("%d.%d.%d" % sys.version_info[:3])')"
case "$version" in
    3.11.*) ;;
    *) echo "generate.sh: '$python' is Python $version; the outputs must come from CPython 3.11.x" >&2; exit 2 ;;
esac

export PYTHONHASHSEED=0 PYTHONIOENCODING=utf-8 PYTHONDONTWRITEBYTECODE=1 LC_ALL=C.UTF-8
unset PYTHONSTARTUP PYTHONWARNINGS PYTHONUNBUFFERED PYTHONHOME PYTHONSAFEPATH
site_dir="$(mktemp -d)"
trap 'rm -rf "$site_dir"' EXIT
printf 'import sys\nsys.stdout.reconfigure(line_buffering=True)\n' >"$site_dir/sitecustomize.py"
export PYTHONPATH="$site_dir"

run_one() {
    local py="$1" base="${1%.py}" work
    mkdir -p /tmp/lockstep-corpus && work="$(mktemp -d "/tmp/lockstep-corpus/$base.XXXXXX")" && cp "$here/$py" "$work/"
    local start rc
    start="$(date +%s)"
    set +e
    (cd "$work" && timeout -s KILL "$timeout_s" "$python" -s -X utf8 "$py" >stdout 2>stderr </dev/null)
    rc=$?
    set -e
    [ "$rc" -eq 137 ] && rc=hangs
    sed "s#$work/##g" "$work/stdout" >"$out/$base.out"
    sed "s#$work/##g" "$work/stderr" >"$out/$base.err"
    [ -s "$out/$base.err" ] || rm -f "$out/$base.err"
    rm -rf "$work"
    printf '%s\t%s\t%s\n' "$py" "$rc" "$(( $(date +%s) - start ))"
}
export -f run_one
export here out python timeout_s

cd "$here"
if [ "$#" -gt 0 ]; then programs=("$@"); else programs=([0-9][0-9][0-9]_*.py); fi
# Several at once: most of them sleep.
printf '%s\n' "${programs[@]}" | xargs -P 8 -I{} bash -c 'run_one "$@"' _ {} | sort
