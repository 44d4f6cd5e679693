"""The shipped demo directory (Alder Bay, fictional) imports cleanly and covers what demos need."""

from __future__ import annotations

import datetime as dt

from caseassist.directory import NEEDS, load_directory, suggest
from caseassist.paths import resources_dir

EST = dt.timezone(dt.timedelta(hours=-5))


def test_demo_directory_imports_cleanly_and_covers_every_need():
    d = load_directory(resources_dir() / "directory")
    assert d.warnings == ()
    assert 35 <= len(d) <= 50
    for need in NEEDS:
        assert d.by_need.get(need), need
    langs = {c for s in d.services for c in s.languages}
    assert {"ne", "es", "fr", "ar", "uk", "tl"} <= langs
    traits = {t for s in d.services for t in s.traits}
    assert {
        "confidential_location",
        "requires_police_report",
        "women_only",
        "no_children",
    } <= traits
    assert any(s.maximum_age == 17 for s in d.services)
    assert any(sc.closes < sc.opens for s in d.services for sc in s.schedules)  # overnight
    assert any(not s.active for s in d.services)


def test_demo_night_referral_finds_a_confidential_shelter_in_nepali():
    d = load_directory(resources_dir() / "directory")
    facts = {
        "person.age": 24,
        "person.gender": "female",
        "person.preferred_language": "ne",
        "household.children_with_them": 1,
        "safety.wants_law_enforcement": "no",
    }
    r = suggest(d, facts, "shelter", now=dt.datetime(2026, 3, 14, 21, 40, tzinfo=EST))
    top = r.suggestions[0]
    assert top.confidential and top.address is None and "speaks Nepali" in top.reasons
    assert any(e.listed_apart for e in r.excluded)


def test_a_clothing_need_added_by_staff_finds_the_clothing_bank_open_on_saturday():
    """Survivors often arrive with only what they wear: staff add the need by hand."""
    d = load_directory(resources_dir() / "directory")
    facts = {"person.preferred_language": "pt", "household.children_with_them": 2}
    saturday_noon = dt.datetime(2026, 3, 14, 12, 0, tzinfo=EST)
    r = suggest(d, facts, "clothing", now=saturday_noon)
    top = r.suggestions[0]
    assert top.service_id == "svc-harbour-threads"
    assert "speaks Portuguese" in top.reasons
