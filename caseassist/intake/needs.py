"""Needs derived from facts, by the rules in `resources/intake/needs.toml`.

A need is identified when any of its conditions holds for a *known* fact
(declined and unknown facts identify nothing). Each need carries its category,
horizon (the need vocabulary's, `resources/needs.toml`) and the facts that
caused it, so staff can see why it is there.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from caseassist import vocabulary
from caseassist.intake.facts import FACTS, Fact, State
from caseassist.paths import resources_dir


@dataclass(frozen=True, slots=True)
class NeedRule:
    category: str
    horizon: str
    any: tuple[tuple[str, object], ...]


@dataclass(frozen=True, slots=True)
class DerivedNeed:
    """A need the facts imply (the case's stored need is `cases.model.Need`)."""

    category: str
    horizon: str
    because: tuple[str, ...]  # fact ids whose values identified it

    def as_dict(self) -> dict[str, object]:
        return {"category": self.category, "horizon": self.horizon, "because": list(self.because)}


@cache
def need_rules() -> tuple[NeedRule, ...]:
    with (resources_dir() / "intake" / "needs.toml").open("rb") as fh:
        data = tomllib.load(fh)
    known = vocabulary.vocabulary().categories
    out = []
    for row in data["need"]:
        if row["category"] not in known:
            raise ValueError(f"needs.toml: {row['category']} is not in the need vocabulary")
        conds = []
        for c in row["any"]:
            if c["fact"] not in FACTS:
                raise ValueError(f"needs.toml: unknown fact {c['fact']}")
            conds.append((c["fact"], c["is"]))
        out.append(NeedRule(row["category"], known[row["category"]].horizon, tuple(conds)))
    return tuple(out)


def _value(facts: Mapping[str, object], fact_id: str) -> object:
    f = facts.get(fact_id)
    if isinstance(f, Fact):
        return f.value if f.state is State.KNOWN else None
    return f


def derive_needs(facts: Mapping[str, object]) -> list[DerivedNeed]:
    """Needs identified by the facts (Fact objects, or plain fact id -> value), in rule order."""
    out: list[DerivedNeed] = []
    for rule in need_rules():
        because = tuple(
            fid
            for fid, want in rule.any
            if (v := _value(facts, fid)) is not None and type(v) is type(want) and v == want
        )
        if because:
            out.append(DerivedNeed(rule.category, rule.horizon, because))
    return out
