"""The evaluation's figures as a bench group of `bench/results.json` (`make eval`)."""

from __future__ import annotations

import json
from pathlib import Path

from caseassist.intake.corpus import SPLITS
from caseassist.intake.evaluate import GOALS, RECALL_GOAL, REPO, RESULTS, Report, never_wrong


def figures(report: Report) -> list[dict[str, object]]:
    """Rows for bench/results.json, in the bench table's shape."""
    out: list[dict[str, object]] = []
    for lg in sorted({lg for lg, _sp in report.items}):
        for sp in SPLITS:
            c = report.total(lg, sp)
            for metric in ("precision", "recall"):
                value = getattr(c, metric)
                goal = RECALL_GOAL.get(lg, GOALS[metric]) if metric == "recall" else GOALS[metric]
                out.append(
                    {
                        "figure": f"intake eval {lg} {sp} {metric}",
                        "value": round(value, 2) if value is not None else None,
                        "unit": "%",
                        "goal": f">= {goal:g} %",
                        "met": value is not None and value >= goal,
                        "baseline": None,
                        "ratio": None,
                    }
                )
    for sp in SPLITS:
        n = sum(
            1 for e in report.errors if e.split == sp and e.kind != "missed" and never_wrong(e.fact)
        )
        out.append(
            {
                "figure": f"intake eval {sp} wrong safety/consent values",
                "value": n,
                "unit": "count",
                "goal": "= 0",
                "met": n == 0,
                "baseline": None,
                "ratio": None,
            }
        )
    return out


def group(report: Report, rows: list[dict[str, object]]) -> dict[str, object]:
    """The eval rows as a bench group: figures with the commit, date and machine."""
    import datetime as dt
    import os
    import platform
    import subprocess

    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short=12", "HEAD"],
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=5,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        commit = ""
    return {
        "commit": commit,
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": {
            "cores": os.cpu_count(),
            "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
            "python": platform.python_version(),
            "platform": platform.system().lower(),
        },
        "parameters": {"items": sum(report.items.values())},
        "figures": rows,
    }


def merge_results(entry: dict[str, object], path: Path = RESULTS) -> None:
    """Put the `intake_eval` group into results.json and keep every other group."""
    try:
        old = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        old = {}
    kept = old.get("groups", {}) if isinstance(old, dict) else {}
    merged = {"groups": {**kept, "intake_eval": entry}}
    path.write_text(json.dumps(merged, indent=2) + "\n", encoding="utf-8")
