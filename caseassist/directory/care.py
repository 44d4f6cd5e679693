"""Which kind of care a service gives, and which kinds fit the person's situation.

A need is broad: "medical" covers an emergency department, a walk-in clinic, a
counselling collective, a dental clinic and a health-insurance desk alike. A
wrist injury needs the first kinds, not the last; a wish for counselling, the
counsellor. "Safety" covers a crisis and safety-planning line and a shelter; the
shelter answers the shelter need, so for her safety the crisis service leads.

The kinds (patterns over the service's own words), the situations (which facts
put the person in one) and the order of kinds in each situation are data in
`resources/directory/mappings/care_*.csv`; this module only reads them. A need
without rows there is not ordered by kind at all. Kinds are only put down:
`other` ranks 0 in every situation, so the indexed walk of a large need still
stops at its first sure fits (a kind lifted above the rest would need an index).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from caseassist.directory.model import Service
from caseassist.directory.taxonomy import is_eligibility_term
from caseassist.paths import resources_dir

OTHER = "other"  # a service whose words name no kind of care
DEFAULT_SITUATION = "default"  # when no listed fact puts the person in another situation


@dataclass(frozen=True, slots=True)
class _Rules:
    kinds: Mapping[str, tuple[tuple[str, re.Pattern[str]], ...]]  # need -> (kind, pattern)
    situations: Mapping[str, tuple[tuple[str, str, str], ...]]  # need -> (situation, fact, value)
    order: Mapping[tuple[str, str], Mapping[str, int]]  # (need, situation) -> kind -> rank


def _rows(name: str) -> list[dict[str, str]]:
    path = resources_dir() / "directory" / "mappings" / name
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@cache
def _rules() -> _Rules:
    kinds: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
    for r in _rows("care_kinds.csv"):
        kinds.setdefault(r["need"], []).append((r["kind"], re.compile(r["pattern"], re.I)))
    situations: dict[str, list[tuple[str, str, str]]] = {}
    for r in _rows("care_situations.csv"):
        situations.setdefault(r["need"], []).append((r["situation"], r["fact"], r["value"]))
    order: dict[tuple[str, str], dict[str, int]] = {}
    for r in _rows("care_order.csv"):
        order.setdefault((r["need"], r["situation"]), {})[r["kind"]] = int(r["rank"])
    return _Rules(
        {k: tuple(v) for k, v in kinds.items()},
        {k: tuple(v) for k, v in situations.items()},
        order,
    )


def _holds(value: object, wanted: str) -> bool:
    if value is None or value == "" or value == [] or value == ():
        return False
    if wanted == "*":
        return value is not False
    return str(value).strip().lower() == wanted.strip().lower()


def situation(need: str, facts: Mapping[str, object]) -> str | None:
    """The person's situation for `need` (first listed whose fact holds), or None when
    the need's services are not ordered by kind."""
    rules = _rules()
    if need not in rules.kinds:
        return None
    for name, fact, wanted in rules.situations.get(need, ()):
        if _holds(facts.get(fact), wanted):
            return name
    return DEFAULT_SITUATION


def care_kind(svc: Service, need: str) -> str:
    """The first kind the service's name names; failing that, its description and terms."""
    patterns = _rules().kinds.get(need, ())
    terms = " ".join(
        t.name for t in svc.terms if t.name and not is_eligibility_term(t.taxonomy, t.code)
    )
    for text in (f"{svc.name} {svc.alternate_name}", f"{svc.description} {terms}"):
        for kind, pattern in patterns:
            if pattern.search(text):
                return kind
    return OTHER


def care_rank(svc: Service, need: str, where: str | None) -> int:
    """0 the kind of care the situation calls for, higher the less it fits; 0 for all
    when the need is not ordered by kind."""
    if where is None:
        return 0
    order = _rules().order.get((need, where), {})
    return order.get(care_kind(svc, need), order.get(OTHER, 0))
