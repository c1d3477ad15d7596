#!/usr/bin/env python3
"""Extracts the ```python code blocks of the tutorial seeds into seed-programs/, for SeedProgramsTest.

Each block that CPython 3.11 compiles is written as seed-programs/<seed>-<n>.py. Blocks CPython rejects (fragments,
Python 2) are skipped and listed in seed-programs/SKIPPED.txt with CPython's error, so the choice is reviewable.
Fences may be indented (inside a list item); the fence's indentation is removed from the block's lines.

Usage (from this directory):  python3 extract-seed-programs.py [SEED_DIR]   (default /work/shared/seeds)
Then run regenerate-ast-dumps.py, which also records CPython's trees for these programs.
"""
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE / "seed-programs"
OPEN = re.compile(r"^(\s*)```python\s*$")
CLOSE = re.compile(r"^\s*```\s*$")


def blocks(text):
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        m = OPEN.match(lines[i])
        if m:
            indent = len(m.group(1))
            body = []
            i += 1
            while i < len(lines) and not CLOSE.match(lines[i]):
                line = lines[i]
                body.append(line[indent:] if line[:indent].strip() == "" else line)
                i += 1
            yield "\n".join(body).rstrip() + "\n"
        i += 1


def main():
    seed_dir = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/seeds")
    OUT.mkdir(exist_ok=True)
    for old in OUT.glob("*.py"):
        old.unlink()
    skipped = []
    written = 0
    for seed in sorted(seed_dir.glob("*.txt")):
        stem = seed.stem.split("_")[0]
        for n, source in enumerate(blocks(seed.read_text(encoding="utf-8"))):
            name = f"{stem}-{n:02d}.py"
            try:
                compile(source, name, "exec")
            except SyntaxError as e:
                skipped.append(f"{seed.name} block {n}: {type(e).__name__}: {e.msg} (line {e.lineno})")
                continue
            (OUT / name).write_text(source, encoding="utf-8")
            written += 1
    (OUT / "SKIPPED.txt").write_text(
        "Blocks CPython 3.11 itself rejects (fragments, Python 2), not extracted:\n" + "\n".join(skipped) + "\n",
        encoding="utf-8")
    print(f"wrote {written} programs, skipped {len(skipped)}")


if __name__ == "__main__":
    main()
