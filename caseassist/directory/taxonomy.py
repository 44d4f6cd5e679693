"""Which needs a directory's own taxonomy terms stand for, by the rules in `resources/`.

Real directories classify services in their own taxonomies: US 211s in the
AIRS/211 LA codes (`BH-1800.8500` emergency shelter), cities in Open
Eligibility names ("Emergency Food"), others in terms of their own. A term
maps to a need by, in order: the project's `caseassist-needs` code; an AIRS
code, by its longest listed prefix (the most specific rule wins); its name
(Open Eligibility, the HSDS examples); its parents' mapping when they agree on one
need; a keyword in its name. A vault's override file (same columns) is read before the shipped rules.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from caseassist.directory.languages import fold
from caseassist.paths import resources_dir

AIRS_CODE = re.compile(r"^[A-Z]{1,2}(?:-\d{4}(?:\.\d{4}(?:-\d{3}(?:\.\d{2,3})?)?)?)?$")
"""AIRS/211 LA taxonomy code shape: `B`, `BH`, `BH-1800`, `BH-1800.8500`, `BH-1800.8500-100`."""

MAPPINGS = "mappings"


@dataclass(frozen=True)
class NeedRules:
    """The rules as loaded: AIRS prefixes, exact names and keywords, each -> need."""

    airs: Mapping[str, str] = field(default_factory=dict)
    names: Mapping[str, str] = field(default_factory=dict)
    keywords: tuple[tuple[str, str], ...] = ()

    def merged_over(self, base: NeedRules) -> NeedRules:
        return NeedRules(
            {**base.airs, **self.airs},
            {**base.names, **self.names},
            self.keywords + base.keywords,
        )


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return [
            {k.strip().lower(): (v or "").strip() for k, v in r.items() if k}
            for r in csv.DictReader(fh)
        ]


@cache
def shipped_rules() -> NeedRules:
    folder = resources_dir() / "directory" / MAPPINGS
    return NeedRules(
        {r["prefix"].upper(): r["need"] for r in _read(folder / "airs_needs.csv")},
        {fold(r["name"]): r["need"] for r in _read(folder / "name_needs.csv")},
        tuple((fold(r["keyword"]), r["need"]) for r in _read(folder / "keyword_needs.csv")),
    )


def override_rules(path: Path) -> tuple[NeedRules, dict[str, str]]:
    """A vault's own file: rows `kind,key,value` with kind `airs`, `name`, `keyword` or `language`.

    Returns the need rules and the extra language names (folded name -> code).
    """
    airs: dict[str, str] = {}
    names: dict[str, str] = {}
    keywords: list[tuple[str, str]] = []
    languages: dict[str, str] = {}
    for r in _read(path):
        kind, key, value = r.get("kind", "").lower(), r.get("key", ""), r.get("value", "")
        if not key or not value:
            continue
        if kind == "airs":
            airs[key.upper()] = value
        elif kind == "name":
            names[fold(key)] = value
        elif kind == "keyword":
            keywords.append((fold(key), value))
        elif kind == "language":
            languages[fold(key)] = value
    return NeedRules(airs, names, tuple(keywords)), languages


def airs_need(code: str, rules: NeedRules) -> str | None:
    """Longest listed prefix of an AIRS code: `BH-1800.8500-100` -> `BH-1800.8500` -> ... -> `B`."""
    probe = code.strip().upper()
    while probe:
        if probe in rules.airs:
            return rules.airs[probe]
        cut = max(probe.rfind("-"), probe.rfind("."))
        probe = probe[:cut] if cut > 0 else (probe[:-1] if len(probe) > 1 else "")
    return None


def term_need(
    code: str,
    name: str,
    rules: NeedRules,
    *,
    own_needs: Iterable[str] = (),
) -> tuple[str | None, str]:
    """(need or None, how it was found) for one term, without looking at its parents."""
    own = set(own_needs)
    if code.lower() in own:
        return code.lower(), "code"
    if code and AIRS_CODE.match(code.strip().upper()):
        need = airs_need(code, rules)
        if need:
            return need, "airs"
    key = fold(name)
    if key in rules.names:
        return rules.names[key], "name"
    return None, ""


def keyword_need(name: str, rules: NeedRules) -> str | None:
    key = fold(name)
    for word, need in rules.keywords:
        if word in key:
            return need
    return None


ELIGIBILITY_TAXONOMY_WORDS = ("eligib", "target population", "population")


def is_eligibility_term(taxonomy: str, code: str) -> bool:
    """A term saying who a service is for (an eligibility taxonomy, AIRS target populations)."""
    tax = fold(taxonomy)
    if any(w in tax for w in ELIGIBILITY_TAXONOMY_WORDS):
        return True
    return code.upper().startswith("Y") and bool(AIRS_CODE.match(code.upper()))
