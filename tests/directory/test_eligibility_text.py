"""Eligibility given only as words never ranks a restricted service above a sure fit."""

from __future__ import annotations

import datetime as dt

import pytest

from caseassist.directory import load_directory, suggest
from caseassist.directory.eligibility import read_restrictions
from tests.directory import factory as f

NOW = dt.datetime(2026, 3, 11, 12, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
WOMAN_WITH_TWO_CHILDREN = {"person.gender": "female", "household.children_with_them": 2}


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Single men 18+", {("men_only", None, None), ("age", 18, None)}),
        ("Women and their children only", {("women_only", None, None)}),
        ("Adults only; no children", {("no_children", None, None)}),
        ("Ages 12-17", {("age", 12, 17)}),
        ("Men/Boys", {("men_only", None, None)}),
        ("Families with children", {("families_only", None, None)}),
        ("Solo mujeres", {("women_only", None, None)}),
        ("Réservé aux hommes", {("men_only", None, None)}),
        ("Serves women fleeing violence", set()),  # who it serves, not a restriction
        ("Hommes seulement", {("men_only", None, None)}),
        ("Open to everyone", set()),
    ],
)
def test_restrictions_are_read_from_words(text, kinds):
    assert {(r.kind, r.low, r.high) for r in read_restrictions(text)} == kinds


@pytest.fixture
def shelters(tmp_path):
    # The restricted ones are the better-ranked by every other key (specialist, free,
    # open now); only their eligibility, given as text, holds them back.
    best = "trafficking_specialist free_of_charge"
    return load_directory(
        f.write(
            tmp_path / "d",
            [
                f.svc("men-house", "shelter", traits=best, eligibility="Single men 18+ only"),
                f.svc(
                    "adults-house", "shelter", traits=best, eligibility="Adults only, no children"
                ),
                f.svc("women-house", "shelter", traits=best, eligibility="Women only"),
                f.svc("youth-house", "shelter", traits=best, eligibility="Ages 12-17"),
                f.svc("open-house", "shelter", hours=[(f.ALL_DAYS, "09:00", "10:00")]),
            ],
        )
    )


def test_a_woman_with_two_children(shelters):
    result = suggest(shelters, WOMAN_WITH_TWO_CHILDREN, "shelter", now=NOW, limit=5)
    order = [s.service_id for s in result.suggestions]
    # women-only fits her surely; the one with no restriction fits surely (though closed);
    # the men's, the adults-only and the youth house come after, with the words to check.
    assert order[:2] == ["women-house", "open-house"]
    assert set(order[2:]) == {"men-house", "adults-house", "youth-house"}
    by_id = {s.service_id: s for s in result.suggestions}
    assert "men only, check: “Single men 18+ only”" in by_id["men-house"].caveats
    assert any(
        c.startswith("adults only, no children, check") for c in by_id["adults-house"].caveats
    )
    assert any(c.startswith("only for ages 12 to 17, check") for c in by_id["youth-house"].caveats)
    assert not by_id["open-house"].caveats


def test_unknown_facts_rank_a_restricted_service_below_a_sure_fit(shelters):
    result = suggest(shelters, {}, "shelter", now=NOW, limit=5)
    assert result.suggestions[0].service_id == "open-house"
    women = next(s for s in result.suggestions if s.service_id == "women-house")
    assert "women only, check: “Women only”" in women.caveats


def test_large_directories_keep_the_rule(tmp_path, monkeypatch):
    """The indexed walk (above FULL_SCAN_UP_TO services) defers the unsure ones too."""
    from caseassist.directory import match

    monkeypatch.setattr(match, "FULL_SCAN_UP_TO", 1)
    d = load_directory(
        f.write(
            tmp_path / "d",
            [
                f.svc(
                    "men-house", "legal", traits="trafficking_specialist", eligibility="Men only"
                ),
                f.svc("plain", "legal"),
            ],
        )
    )
    result = suggest(d, WOMAN_WITH_TWO_CHILDREN, "legal", now=NOW, limit=1)
    assert [s.service_id for s in result.suggestions] == ["plain"]
