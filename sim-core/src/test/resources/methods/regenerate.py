#!/usr/bin/env python3
"""Regenerates the expected columns of cases.tsv by running each case on CPython 3.11.

Each case line is: EXPRESSION <TAB> EXPECTED <TAB> RECEIVER_AFTER
  EXPRESSION      a method call on a literal receiver (or on a type, for dict.fromkeys and unbound calls):
                  RECEIVER.method(args, kw=value), built only from literals (int, float, str, list, tuple,
                  dict, set, None, True, False), names of built-ins, calls of them, and attributes.
  EXPECTED        repr(result), or !ExceptionType: message
  RECEIVER_AFTER  repr(receiver) after the call when it is a list, dict or set (mutable), else empty.
Lines starting with '#' and blank lines are kept as they are. To add a case, append a line holding only the
expression and run:  python3 regenerate.py   (from any directory).
"""
import ast
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases.tsv")


def run(expr):
    tree = ast.parse(expr, mode="eval")
    call = tree.body
    if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)):
        raise SystemExit("not a method call: " + expr)
    receiver = eval(compile(ast.Expression(call.func.value), "<receiver>", "eval"), {})
    call.func.value = ast.Name("__receiver", ast.Load())
    ast.fix_missing_locations(tree)
    try:
        expected = repr(eval(compile(tree, "<case>", "eval"), {"__receiver": receiver}))
    except Exception as e:  # noqa: BLE001 - every exception is an expected outcome
        expected = "!" + type(e).__name__ + ": " + str(e)
    after = repr(receiver) if type(receiver) in (list, dict, set) else ""
    for text in (expected, after):
        if "\t" in text or "\n" in text:
            raise SystemExit("tab or newline in output of: " + expr)
    return expected, after


def main():
    if sys.version_info[:2] != (3, 11):
        raise SystemExit("run with CPython 3.11, not " + sys.version)
    if os.environ.get("PYTHONHASHSEED") != "0":
        os.environ["PYTHONHASHSEED"] = "0"
        os.execv(sys.executable, [sys.executable] + sys.argv)
    out = []
    count = 0
    with open(CASES, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                out.append(line)
                continue
            expr = line.split("\t")[0]
            expected, after = run(expr)
            out.append(expr + "\t" + expected + "\t" + after)
            count += 1
    with open(CASES, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print(count, "cases written to", CASES)


if __name__ == "__main__":
    main()
