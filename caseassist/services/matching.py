"""Providers for a whole case: the survivor's open needs and each child's needs of their own.

A child's need is matched as the child: their age replaces the survivor's (a
paediatric clinic, a service for that age), and nothing else about the
survivor (gender, police wishes) is applied to them except the language.
"""

from __future__ import annotations

import datetime as dt

from caseassist.cases.model import CaseDetail
from caseassist.directory import Directory, MatchResult, suggest_all
from caseassist.directory.model import service_needs

_FOR_A_CHILD = ("person.preferred_language", "person.other_languages", "person.needs_interpreter")


def for_case(
    directory: Directory, detail: CaseDetail, *, limit: int = 3, now: dt.datetime | None = None
) -> dict[str, MatchResult]:
    """Keyed by need category for the survivor's open needs, by need id for a child's own."""
    facts = {f.fact_id: f.value for f in detail.facts if f.state == "known"}
    if detail.members:
        facts.setdefault("household.children_with_them", len(detail.members))
    # Every open need the directory could serve, even one it has no provider for: the
    # Referrals tab then says why there is no suggestion instead of an empty box.
    searchable = set(service_needs())
    open_needs = [
        n for n in detail.needs if n.status not in ("met", "declined") and n.category in searchable
    ]
    mine = sorted({n.category for n in open_needs if n.member_id is None})
    out: dict[str, MatchResult] = dict(suggest_all(directory, facts, mine, limit=limit, now=now))
    ages = {m.id: m.age for m in detail.members}
    for n in open_needs:
        if n.member_id is None:
            continue
        child = {k: v for k, v in facts.items() if k in _FOR_A_CHILD}
        if ages.get(n.member_id) is not None:
            child["person.age"] = ages[n.member_id]
        out[n.id] = suggest_all(directory, child, [n.category], limit=limit, now=now)[n.category]
    return out
