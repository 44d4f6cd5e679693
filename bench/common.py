"""What every benchmark reports, and small timing helpers.

A figure is measured against a baseline run in the same process, so the ratio
stays meaningful on a busy or slower machine where raw seconds would not.
"""

from __future__ import annotations

import dataclasses
import os
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
    low: float | None = None
    """The spread of the samples `value` is the median of: lowest and highest, same unit."""
    high: float | None = None

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


def ratio_at_most(
    figure: str,
    values: list[float],
    baselines: list[float],
    unit: str,
    limit: float,
    *,
    scale: float = 1.0,
    digits: int = 3,
) -> Figure:
    """A figure whose goal is a ratio: medians of samples taken in alternated A/B rounds,
    their spread, and `met` decided on the ratio of the medians (not on the raw value)."""
    v, b = median(values), median(baselines)
    ratio = v / b
    return Figure(
        figure,
        round(v * scale, digits),
        unit,
        f"ratio <= {limit:g}x",
        ratio <= limit,
        round(b * scale, digits),
        round(ratio, 2),
        round(min(values) * scale, digits),
        round(max(values) * scale, digits),
    )


def alternated(a: Callable[[], float], b: Callable[[], float], rounds: int) -> tuple[list, list]:
    """`rounds` A/B pairs, A first then B first in turn, so a load that comes and goes
    on a shared machine falls on both sides alike. Each callable returns its measure."""
    first, second = [], []
    for i in range(rounds):
        if i % 2 == 0:
            first.append(a())
            second.append(b())
        else:
            second.append(b())
            first.append(a())
    return first, second


def with_spread(fig: Figure, values: list[float], *, scale: float = 1.0, digits: int = 3) -> Figure:
    """The same figure with the lowest and highest sample it summarises."""
    return dataclasses.replace(
        fig, low=round(min(values) * scale, digits), high=round(max(values) * scale, digits)
    )


def user_env(**extra: str) -> dict[str, str]:
    """The environment of a process a user starts: this one's, with `extra`, but without
    PYTHONDONTWRITEBYTECODE (an installed caseassist has its bytecode compiled; a
    benchmark that recompiled every module in every process would time the compiler)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(extra)
    return env


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
