#!/usr/bin/env bash
# Regenerates the expected outputs of the conformance corpus from CPython 3.11.
#
# For every NNN_topic.py in this folder: NNN_topic.out gets CPython's exact stdout;
# when the program exits non-zero, NNN_topic.err gets the last line of its stderr
# (the last line of the traceback, e.g. "KeyError: 'missing'"); otherwise a stale
# NNN_topic.err is removed. Idempotent; commit what it writes.
#
# Usage: sim-core/src/test/resources/conformance/regenerate.sh [PYTHON]   (default: python3)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
python="${1:-python3}"

if ! command -v "$python" >/dev/null 2>&1; then
    echo "regenerate.sh: '$python' not found; CPython 3.11 is required" >&2
    exit 2
fi
version="$("$python" -c 'import sys; print("%d.%d.%d" % sys.version_info[:3])')"
case "$version" in
    3.11.*) ;;
    *)
        echo "regenerate.sh: refusing to run: '$python' is Python $version, the expected outputs must come from CPython 3.11.x" >&2
        exit 2
        ;;
esac
impl="$("$python" -c 'import platform; print(platform.python_implementation())')"
if [ "$impl" != "CPython" ]; then
    echo "regenerate.sh: refusing to run: '$python' is $impl, not CPython" >&2
    exit 2
fi

export PYTHONHASHSEED=0
export PYTHONIOENCODING=utf-8
export PYTHONDONTWRITEBYTECODE=1
export LC_ALL=C.UTF-8
unset PYTHONSTARTUP PYTHONPATH PYTHONWARNINGS

tmp_err="$(mktemp)"
trap 'rm -f "$tmp_err"' EXIT

cd "$here"
count=0
failing=0
start_ns="$(date +%s%N)"
for py in [0-9][0-9][0-9]_*.py; do
    [ -e "$py" ] || continue
    base="${py%.py}"
    # gevent's programs (450-479) need gevent, which is not part of CPython: without it their outputs, written by
    # hand following gevent's documented hub order, are kept as they are.
    if grep -qE '^(import|from) gevent' "$py" && ! "$python" -I -S -c 'import gevent' >/dev/null 2>&1; then
        echo "regenerate.sh: kept $base.out: gevent is not installed for '$python'" >&2
        continue
    fi
    set +e
    # -I: isolated (no user site, no cwd on sys.path), -S: no site, -X utf8: UTF-8 everywhere.
    "$python" -I -S -X utf8 "$py" >"$base.out" 2>"$tmp_err" </dev/null
    rc=$?
    set -e
    count=$((count + 1))
    if [ "$rc" -ne 0 ]; then
        failing=$((failing + 1))
        last="$(grep -v '^[[:space:]]*$' "$tmp_err" | tail -n 1 || true)"
        if [ -z "$last" ]; then
            echo "regenerate.sh: $py exited with $rc and printed nothing on stderr" >&2
            exit 1
        fi
        printf '%s\n' "$last" >"$base.err"
    else
        if [ -s "$tmp_err" ]; then
            echo "regenerate.sh: warning: $py succeeded but wrote to stderr:" >&2
            sed 's/^/    /' "$tmp_err" >&2
        fi
        rm -f "$base.err"
    fi
done
# Outputs whose program is gone.
for f in [0-9][0-9][0-9]_*.out [0-9][0-9][0-9]_*.err; do
    [ -e "$f" ] || continue
    [ -e "${f%.*}.py" ] || rm -f "$f"
done
end_ns="$(date +%s%N)"
echo "regenerated $count programs ($failing end in an uncaught exception) with Python $version in $(( (end_ns - start_ns) / 1000000 )) ms"
