#!/usr/bin/env python3
"""Regenerates syntax-errors-expected.tsv from syntax-errors.txt, using CPython 3.11 itself.

Each program of syntax-errors.txt (introduced by a line "#=== name") is compiled with compile(src, name, "exec");
the SyntaxError's line, offset and "Type: message" are written as one tab-separated line:
    name <TAB> line <TAB> column <TAB> reason
CPython sometimes reports offset 0 (a quirk of how it locates INDENT/DEDENT tokens); Lockstep columns are 1-based,
so those become 1. A program that compiles is an error in the case file and stops the script.

Usage (from this directory):  python3 regenerate-syntax-errors.py
"""
import pathlib
import sys
import warnings

HERE = pathlib.Path(__file__).resolve().parent
DELIMITER = "#=== "


def programs(path):
    cases, name, lines = [], None, []
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line.startswith(DELIMITER):
            if name is not None:
                cases.append((name, "\n".join(lines).rstrip("\n") + "\n"))
            name, lines = line[len(DELIMITER):].strip(), []
        else:
            lines.append(line)
    if name is not None:
        cases.append((name, "\n".join(lines).rstrip("\n") + "\n"))
    return cases


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("run this with CPython 3.11: the expectations are CPython 3.11's messages")
    warnings.simplefilter("ignore")
    out = []
    for name, source in programs(HERE / "syntax-errors.txt"):
        try:
            compile(source, name, "exec")
        except SyntaxError as e:
            reason = f"{type(e).__name__}: {e.msg}"
            out.append(f"{name}\t{e.lineno}\t{max(e.offset or 1, 1)}\t{reason}")
            continue
        sys.exit(f"case {name!r} compiles: it does not belong in syntax-errors.txt")
    (HERE / "syntax-errors-expected.tsv").write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"wrote {len(out)} expectations to syntax-errors-expected.tsv")


if __name__ == "__main__":
    main()
