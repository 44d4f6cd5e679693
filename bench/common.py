"""What every benchmark reports, and small timing helpers.

A figure is measured against a baseline run in the same process, so the ratio
stays meaningful on a busy or slower machine where raw seconds would not.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Figure:
    figure: str
    value: float
    unit: str
    goal: str
    met: bool
    baseline: float | None = None
    ratio: float | None = None

    def as_dict(self) -> dict:
        return asdict(self)


def under(
    figure: str, value: float, unit: str, limit: float, *, baseline: float | None = None
) -> Figure:
    """A figure whose goal is to stay under `limit`; the ratio is always value / baseline."""
    return Figure(
        figure,
        value,
        unit,
        f"< {limit:g} {unit}",
        value < limit,
        baseline,
        round(value / baseline, 2) if baseline else None,
    )


def timed(fn: Callable[[], object]) -> float:
    """Seconds one call takes (perf_counter)."""
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def samples(fn: Callable[[], object], n: int) -> list[float]:
    return [timed(fn) for _ in range(n)]


def median(values: list[float]) -> float:
    return statistics.median(values)


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
