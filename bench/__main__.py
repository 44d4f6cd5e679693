"""Run every benchmark and print one table; write the same as bench/results.json.

Each `bench/bench_*.py` module has `run() -> list[Figure]`. Run one group with
`python -m bench vault` (the part after `bench_`).
"""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path

from bench.common import Figure

HERE = Path(__file__).resolve().parent


def main(argv: list[str]) -> int:
    names = sorted(p.stem for p in HERE.glob("bench_*.py"))
    if argv:
        names = [n for n in names if n.removeprefix("bench_") in argv]
    figures: list[Figure] = []
    for name in names:
        print(f"# {name} ...", file=sys.stderr, flush=True)
        figures.extend(importlib.import_module(f"bench.{name}").run())
    width = max((len(f.figure) for f in figures), default=10)
    print(
        f"{'figure':<{width}}  {'value':>12}  {'unit':<6}  {'goal':<16}  {'baseline':>10}  {'ratio':>6}  met"
    )
    for f in figures:
        base = f"{f.baseline:.4g}" if f.baseline is not None else "-"
        ratio = f"{f.ratio:.2f}" if f.ratio is not None else "-"
        print(
            f"{f.figure:<{width}}  {f.value:>12.4g}  {f.unit:<6}  {f.goal:<16}  {base:>10}  {ratio:>6}  {'yes' if f.met else 'NO'}"
        )
    (HERE / "results.json").write_text(json.dumps([f.as_dict() for f in figures], indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
