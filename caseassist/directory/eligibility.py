"""Restrictions read from eligibility text, by the rules in `resources/directory/mappings/`.

Real directories state who a service is for in words ("Single men 18+",
"Women and their children only", "Ages 12-17") or as eligibility terms
("Men/Boys", "Ages 50+", "Families"), not in the project's own attributes.
What is read from words is never certain, so it never excludes: the matcher
ranks such a service below every one that surely fits and shows the
restriction, with the words it came from, as something to check.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache

from caseassist.paths import resources_dir

KINDS = ("women_only", "men_only", "no_children", "families_only", "age")


@dataclass(frozen=True, slots=True)
class Restriction:
    """One restriction read from text; `source` is the text itself, shown as the reason."""

    kind: str  # one of KINDS
    source: str
    low: int | None = None  # age bounds when kind == "age"
    high: int | None = None


@dataclass(frozen=True, slots=True)
class _Rule:
    pattern: re.Pattern[str]
    restriction: str


@cache
def _rules() -> tuple[_Rule, ...]:
    path = resources_dir() / "directory" / "mappings" / "eligibility_rules.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        return tuple(
            _Rule(re.compile(r["pattern"], re.IGNORECASE | re.MULTILINE), r["restriction"])
            for r in csv.DictReader(fh)
        )


def _age(value: str) -> int | None:
    n = int(value)
    return n if 0 <= n <= 120 else None


def read_restrictions(text: str) -> tuple[Restriction, ...]:
    """Every restriction the rules find in `text` (a sentence, a term name, a cell)."""
    text = " ".join(text.split())
    if not text:
        return ()
    found: dict[tuple, Restriction] = {}
    for rule in _rules():
        for m in rule.pattern.finditer(text):
            kind, _sep, fixed = rule.restriction.partition(":")
            numbers = [g for g in m.groups() if g and g.isdigit()]
            if kind in ("women_only", "men_only", "no_children", "families_only"):
                r = Restriction(kind, text)
            elif kind == "min_age" and (fixed or numbers):
                r = Restriction("age", text, low=_age(fixed or numbers[0]))
            elif kind == "max_age" and (fixed or numbers):
                high = int(fixed) if fixed else int(numbers[0]) - 1
                r = Restriction("age", text, high=_age(str(max(high, 0))))
            elif kind == "age_range" and len(numbers) >= 2:
                low, high = _age(numbers[0]), _age(numbers[1])
                if low is None or high is None or low > high:
                    continue
                r = Restriction("age", text, low=low, high=high)
            else:
                continue
            if r.kind == "age" and r.low is None and r.high is None:
                continue
            found.setdefault((r.kind, r.low, r.high), r)
    return tuple(found.values())
