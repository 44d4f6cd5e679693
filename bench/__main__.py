"""Run the benchmarks and print one table; merge the same into bench/results.json.

Each `bench/bench_*.py` module has `run() -> list[Figure]` (and may state its
`PARAMETERS`). Run some groups with `python -m bench vault cases` (the part
after `bench_`); `--full` adds the groups and sizes kept out of `make bench`
for time (see bench/README.md); `--record` also writes this run to
`bench/history/`, to be committed with a change that moves a figure.
"""

from __future__ import annotations

import datetime as dt
import importlib
import json
import os
import subprocess
import sys
from pathlib import Path

from bench.common import Figure

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results.json"
HISTORY = HERE / "history"


def machine() -> dict:
    """What the figures ran on: cores, memory and the load when the group started."""
    memory_kib = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                memory_kib = int(line.split()[1])
    except OSError:
        pass
    load = os.getloadavg() if hasattr(os, "getloadavg") else (None, None, None)
    return {
        "cores": os.cpu_count(),
        "memory_mb": round(memory_kib / 1024) if memory_kib else None,
        "load_average_at_start": [round(x, 2) for x in load if x is not None],
        "python": sys.version.split()[0],
        "platform": sys.platform,
    }


def commit() -> str:
    try:
        done = subprocess.run(
            ["git", "describe", "--always", "--dirty", "--abbrev=12"],
            cwd=HERE,
            capture_output=True,
            text=True,
            timeout=10,
        )
        return done.stdout.strip() or "unknown"
    except (OSError, subprocess.SubprocessError):
        return "unknown"


def run_group(name: str) -> dict:
    """One group's figures with the commit, date, machine and parameters they came from."""
    module = importlib.import_module(f"bench.{name}")
    started = machine()
    date = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    figures: list[Figure] = module.run()
    return {
        "commit": commit(),
        "date": date,
        "machine": started,
        "parameters": dict(getattr(module, "PARAMETERS", {})),
        "figures": [f.as_dict() for f in figures],
    }


def merge(groups: dict[str, dict]) -> dict:
    """results.json with these groups replaced and every other group kept as it was."""
    try:
        previous = json.loads(RESULTS.read_text())
    except (OSError, ValueError):
        previous = {}
    kept = previous.get("groups", {}) if isinstance(previous, dict) else {}
    return {"groups": {**kept, **groups}}


def table(groups: dict[str, dict]) -> str:
    figures = [Figure(**f) for g in groups.values() for f in g["figures"]]
    width = max((len(f.figure) for f in figures), default=10)
    lines = [
        f"{'figure':<{width}}  {'value':>10}  {'spread':<17}  {'unit':<5}  {'goal':<14}  "
        f"{'baseline':>9}  {'ratio':>6}  met"
    ]
    for f in figures:
        base = f"{f.baseline:.4g}" if f.baseline is not None else "-"
        ratio = f"{f.ratio:.2f}" if f.ratio is not None else "-"
        spread = f"{f.low:.4g}-{f.high:.4g}" if f.low is not None else "-"
        lines.append(
            f"{f.figure:<{width}}  {f.value:>10.4g}  {spread:<17}  {f.unit:<5}  {f.goal:<14}  "
            f"{base:>9}  {ratio:>6}  {'yes' if f.met else 'NO'}"
        )
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    import argparse

    names = sorted(p.stem for p in HERE.glob("bench_*.py"))
    groups_known = [n.removeprefix("bench_") for n in names]
    parser = argparse.ArgumentParser(
        prog="python -m bench",
        description="Run the benchmarks (all groups, or the ones named) and print one table; "
        "the figures are merged into bench/results.json.",
    )
    parser.add_argument("group", nargs="*", help="groups: " + ", ".join(groups_known))
    parser.add_argument("--full", action="store_true", help="add the long groups and sizes")
    parser.add_argument("--record", action="store_true", help="also write bench/history/")
    args = parser.parse_args(argv)
    unknown = [g for g in args.group if g not in groups_known]
    if unknown:
        parser.error(f"no such group: {', '.join(unknown)} (groups: {', '.join(groups_known)})")
    full, record = args.full, args.record
    if args.group:
        names = [n for n in names if n.removeprefix("bench_") in args.group]
    if full:
        os.environ["BENCH_FULL"] = "1"
    groups: dict[str, dict] = {}
    for name in names:
        print(f"# {name} ...", file=sys.stderr, flush=True)
        groups[name.removeprefix("bench_")] = run_group(name)
    print(table(groups))
    merged = merge(groups)
    RESULTS.write_text(json.dumps(merged, indent=2) + "\n")
    if record:
        HISTORY.mkdir(exist_ok=True)
        stamp = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H%M")
        label = "-".join(groups) or "none"
        path = HISTORY / f"{stamp}-{commit()[:12]}-{label}.json"
        path.write_text(json.dumps({"groups": groups}, indent=2) + "\n")
        print(f"# recorded {path.relative_to(HERE.parent)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
