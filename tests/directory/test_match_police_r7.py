"""Round 7: a service that needs a police report leads only for someone who wants the
police. Her wish unknown or undecided, it ranks after every service she surely fits
(still suggested, with its caveat); a "no" lists it apart; a "yes" ranks it as any."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from caseassist.directory import load_directory, suggest
from tests.directory import factory as f

EST = dt.timezone(dt.timedelta(hours=-5))
SAT_NIGHT = dt.datetime(2026, 3, 14, 21, 40, tzinfo=EST)
WOMAN = {"person.age": 30, "person.gender": "female", "household.children_with_them": 2}


def ids(result) -> list[str]:
    return [s.service_id for s in result.suggestions]


@pytest.fixture
def directory(tmp_path: Path):
    # "a-cops" sorts first by name and speaks her language: it would lead on every other key
    return load_directory(
        f.write(
            tmp_path / "d",
            [
                f.svc("a-cops", "shelter", traits="requires_police_report trafficking_specialist"),
                f.svc("b-open", "shelter"),
            ],
        )
    )


@pytest.mark.parametrize("wish", [None, "undecided"])
def test_her_wish_not_known_to_be_yes_puts_it_after_the_sure_fits(directory, wish) -> None:
    facts = dict(WOMAN) if wish is None else {**WOMAN, "safety.wants_law_enforcement": wish}
    r = suggest(directory, facts, "shelter", now=SAT_NIGHT)
    assert ids(r) == ["b-open", "a-cops"]
    cops = r.suggestions[1]
    assert any("police" in c for c in cops.caveats)


def test_a_wish_for_the_police_ranks_it_as_any_other(directory) -> None:
    r = suggest(
        directory, {**WOMAN, "safety.wants_law_enforcement": "yes"}, "shelter", now=SAT_NIGHT
    )
    assert ids(r)[0] == "a-cops"


def test_no_wish_for_the_police_lists_it_apart(directory) -> None:
    r = suggest(
        directory, {**WOMAN, "safety.wants_law_enforcement": "no"}, "shelter", now=SAT_NIGHT
    )
    assert ids(r) == ["b-open"]
    assert [e.service_id for e in r.excluded if e.listed_apart] == ["a-cops"]
