"""Matching: each hard exclusion, each ranking step, reasons, caveats, confidentiality."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from caseassist import i18n
from caseassist.directory import load_directory, suggest
from tests.directory import factory as f

EST = dt.timezone(dt.timedelta(hours=-5))
SAT_NIGHT = dt.datetime(2026, 3, 14, 21, 40, tzinfo=EST)
WED_NOON = dt.datetime(2026, 3, 11, 12, 0, tzinfo=EST)
ADULT_WOMAN = {
    "person.age": 30,
    "person.gender": "female",
    "household.children_with_them": 0,
    "safety.wants_law_enforcement": "yes",
}


def load(tmp_path: Path, services: list[dict]):
    return load_directory(f.write(tmp_path / "d", services))


def ids(result) -> list[str]:
    return [s.service_id for s in result.suggestions]


def excluded(result) -> dict[str, str]:
    return {e.service_id: e.code for e in result.excluded}


# ---- hard exclusions --------------------------------------------------------------------


def test_does_not_serve_the_need(tmp_path):
    d = load(tmp_path, [f.svc("a", "food"), f.svc("b", "shelter")])
    r = suggest(d, ADULT_WOMAN, "shelter", now=SAT_NIGHT)
    assert ids(r) == ["b"] and "a" not in excluded(r)


@pytest.mark.parametrize(("age", "ok"), [(11, False), (12, True), (17, True), (18, False)])
def test_age_outside_min_max(tmp_path, age, ok):
    d = load(tmp_path, [f.svc("youth", "shelter", min_age=12, max_age=17)])
    r = suggest(d, {**ADULT_WOMAN, "person.age": age}, "shelter", now=SAT_NIGHT)
    assert (ids(r) == ["youth"]) is ok
    if not ok:
        assert excluded(r) == {"youth": "age"}


@pytest.mark.parametrize(
    ("gender", "allowed"),
    [("female", {"w", "any"}), ("male", {"m", "any"}), ("nonbinary", {"any"})],
)
def test_gender_restriction(tmp_path, gender, allowed):
    d = load(
        tmp_path,
        [
            f.svc("w", "shelter", traits="women_only"),
            f.svc("m", "shelter", traits="men_only"),
            f.svc("any", "shelter"),
        ],
    )
    r = suggest(d, {**ADULT_WOMAN, "person.gender": gender}, "shelter", now=SAT_NIGHT)
    assert set(ids(r)) == allowed
    assert all(code == "gender" for code in excluded(r).values())


def test_children_only_matter_for_shelter_and_housing(tmp_path):
    d = load(tmp_path, [f.svc("nokids", "shelter housing food", traits="no_children")])
    mum = {**ADULT_WOMAN, "household.children_with_them": 2}
    for need in ("shelter", "housing"):
        r = suggest(d, mum, need, now=SAT_NIGHT)
        assert ids(r) == [] and excluded(r) == {"nokids": "children"}
    assert ids(suggest(d, mum, "food", now=SAT_NIGHT)) == ["nokids"]
    assert ids(suggest(d, ADULT_WOMAN, "shelter", now=SAT_NIGHT)) == ["nokids"]


def test_police_report_against_the_survivors_wish_is_listed_apart(tmp_path):
    d = load(
        tmp_path,
        [f.svc("cops", "shelter", traits="requires_police_report"), f.svc("ok", "shelter")],
    )
    r = suggest(d, {**ADULT_WOMAN, "safety.wants_law_enforcement": "no"}, "shelter", now=SAT_NIGHT)
    assert ids(r) == ["ok"]
    (e,) = r.excluded
    assert e.service_id == "cops" and e.listed_apart and "police" in e.reason
    for wish in ("yes", "undecided"):
        r = suggest(
            d, {**ADULT_WOMAN, "safety.wants_law_enforcement": wish}, "shelter", now=SAT_NIGHT
        )
        assert "cops" in ids(r)
        cops = next(s for s in r.suggestions if s.service_id == "cops")
        assert any("police" in c for c in cops.caveats)


def test_what_she_said_no_to_is_said_as_a_reason_when_a_service_does_not_ask_it(tmp_path):
    """A mother who refused the police sees, in words, that a shelter takes her children and
    asks no police report; never said of a service whose rules she does not meet or that
    says nothing about her (no children with her, a wish for the police)."""
    d = load(
        tmp_path,
        [
            f.svc("open", "shelter food"),
            f.svc("cops", "shelter", traits="requires_police_report"),
            f.svc("nokids", "food", traits="no_children"),
        ],
    )
    mum = {**ADULT_WOMAN, "household.children_with_them": 2, "safety.wants_law_enforcement": "no"}
    (s,) = suggest(d, mum, "shelter", now=SAT_NIGHT).suggestions
    assert s.service_id == "open"
    assert "takes children: no restriction listed" in s.reasons
    assert "no police report asked for" in s.reasons
    food = {x.service_id: x.reasons for x in suggest(d, mum, "food", now=SAT_NIGHT).suggestions}
    assert not any("children" in r for r in food["open"] + food["nokids"])  # not a child need
    alone = suggest(d, ADULT_WOMAN, "shelter", now=SAT_NIGHT).suggestions
    for x in alone:
        assert not any("children" in r or "police report" in r for r in x.reasons)


@pytest.mark.parametrize("status", ["inactive", "defunct", "temporarily closed"])
def test_status_not_active(tmp_path, status):
    d = load(tmp_path, [f.svc("closed", "food", status=status)])
    r = suggest(d, ADULT_WOMAN, "food", now=SAT_NIGHT)
    assert ids(r) == [] and excluded(r) == {"closed": "inactive"}
    assert r.message


def test_unknown_facts_exclude_nothing_but_are_said(tmp_path):
    d = load(
        tmp_path,
        [f.svc("w", "shelter", traits="women_only no_children requires_police_report", min_age=18)],
    )
    r = suggest(d, {}, "shelter", now=SAT_NIGHT)
    (s,) = r.suggestions
    joined = " | ".join(s.caveats)
    for word in ("women only", "18", "children", "police"):
        assert word in joined


# ---- ranking ----------------------------------------------------------------------------


def test_immediate_need_open_now_first(tmp_path):
    d = load(
        tmp_path,
        [
            f.svc(
                "day",
                "food",
                langs="ne",
                traits="trafficking_specialist free_of_charge",
                hours=[(f.ALL_DAYS, "08:00", "17:00")],
            ),
            f.svc("night", "food", langs="en", hours=[(f.ALL_DAYS, "18:00", "02:00")]),
        ],
    )
    r = suggest(d, {"person.preferred_language": "ne"}, "food", now=SAT_NIGHT)
    assert ids(r) == ["night", "day"]
    assert "open now" in r.suggestions[0].reasons
    day = r.suggestions[1]
    assert day.open_now is False and day.opens_next == dt.datetime(2026, 3, 15, 8, 0, tzinfo=EST)
    assert "opens tomorrow at 8:00\u202fAM" in day.reasons
    # a long-term need does not rank on opening hours
    d2 = load(
        tmp_path / "2",
        [
            f.svc("day", "legal", langs="ne", hours=[(f.ALL_DAYS, "08:00", "17:00")]),
            f.svc("night", "legal", hours=[(f.ALL_DAYS, "18:00", "02:00")]),
        ],
    )
    assert ids(suggest(d2, {"person.preferred_language": "ne"}, "legal", now=SAT_NIGHT)) == [
        "day",
        "night",
    ]


def test_opens_at_today(tmp_path):
    d = load(tmp_path, [f.svc("eve", "food", hours=[(f.ALL_DAYS, "18:00", "22:00")])])
    (s,) = suggest(d, {}, "food", now=WED_NOON).suggestions
    assert s.reasons[0] == "opens at 6:00\u202fPM"


def test_language_then_other_language_then_interpretation(tmp_path):
    d = load(
        tmp_path,
        [
            f.svc("none", "legal", langs="en"),
            f.svc("interp", "legal", langs="en", interpretation="Telephone interpreters"),
            f.svc("other", "legal", langs="en fr"),
            f.svc("speaks", "legal", langs="en ne"),
        ],
    )
    facts = {"person.preferred_language": "ne", "person.other_languages": ["fr"]}
    r = suggest(d, facts, "legal", now=WED_NOON, limit=4)
    assert ids(r) == ["speaks", "other", "interp", "none"]
    assert "speaks Nepali" in r.suggestions[0].reasons
    assert "speaks French" in r.suggestions[1].reasons
    assert "interpretation available" in r.suggestions[2].reasons
    assert "does not list Nepali" in r.suggestions[3].caveats


def test_other_language_and_interpretation_only_break_the_contracts_ties(tmp_path):
    # contract section 5: her preferred language, then specialism, then cost, then
    # distance; a free clinic is not put below an emergency department's interpreters
    d = load(
        tmp_path,
        [
            f.svc("er", "medical", langs="en", interpretation="Telephone interpreters"),
            f.svc("clinic", "medical", langs="en es", traits="free_of_charge"),
            f.svc("other", "medical", langs="en fr"),
            f.svc("speaks", "medical", langs="ln"),
        ],
    )
    facts = {"person.preferred_language": "ln", "person.other_languages": ["fr"]}
    assert ids(suggest(d, facts, "medical", now=WED_NOON, limit=4)) == [
        "speaks",
        "clinic",
        "other",
        "er",
    ]


def test_language_reason_is_translated(tmp_path):
    d = load(tmp_path, [f.svc("speaks", "legal", langs="ne")])
    i18n.set_locale("es")
    (s,) = suggest(d, {"person.preferred_language": "ne-NP"}, "legal", now=WED_NOON).suggestions
    assert any("nepalí" in r.lower() for r in s.reasons)


def test_specialism_then_cost(tmp_path):
    d = load(
        tmp_path,
        [
            f.svc("plain", "jobs"),
            f.svc("free", "jobs", traits="free_of_charge"),
            f.svc("spec", "jobs", traits="trafficking_specialist"),
            f.svc("both", "jobs", traits="trafficking_specialist free_of_charge"),
        ],
    )
    assert ids(suggest(d, {}, "jobs", now=WED_NOON, limit=4)) == ["both", "spec", "free", "plain"]


def test_distance_last_and_only_with_an_origin(tmp_path):
    d = load(
        tmp_path,
        [
            f.svc("far", "legal", coords=(44.70, -63.60)),
            f.svc("near", "legal", coords=(44.601, -63.501)),
            f.svc("hidden", "legal", traits="confidential_location", coords=(44.6005, -63.5005)),
        ],
    )
    r = suggest(d, {}, "legal", now=WED_NOON, origin=(44.6, -63.5))
    assert ids(r) == ["hidden", "near", "far"]
    assert r.suggestions[0].distance_km is None
    assert any("km away" in x for x in r.suggestions[1].reasons)
    assert ids(suggest(d, {}, "legal", now=WED_NOON)) == ["far", "hidden", "near"]  # by name


def test_language_outranks_specialism(tmp_path):
    d = load(
        tmp_path,
        [
            f.svc("spec", "legal", traits="trafficking_specialist free_of_charge"),
            f.svc("lang", "legal", langs="es"),
        ],
    )
    assert ids(suggest(d, {"person.preferred_language": "es"}, "legal", now=WED_NOON)) == [
        "lang",
        "spec",
    ]


def test_limit_and_determinism(tmp_path):
    d = load(tmp_path, [f.svc(f"s{i}", "food") for i in range(10)])
    a = suggest(d, {}, "food", now=WED_NOON)
    assert len(a.suggestions) == 3 and a == suggest(d, {}, "food", now=WED_NOON)
    assert len(suggest(d, {}, "food", now=WED_NOON, limit=7).suggestions) == 7


def test_row_timezone_decides_open_now(tmp_path):
    # Open 09:00-17:00 at UTC+9: at 21:40 in New York it is 11:40 there
    d = load(tmp_path, [f.svc("far-east", "food", hours=[(f.ALL_DAYS, "09:00", "17:00", "9")])])
    (s,) = suggest(d, {}, "food", now=SAT_NIGHT).suggestions
    assert s.open_now is True


# ---- empty results, confidentiality ------------------------------------------------------


def test_a_need_nobody_serves_is_a_plain_message(tmp_path):
    d = load(tmp_path, [f.svc("a", "food")])
    r = suggest(d, ADULT_WOMAN, "reintegration", now=WED_NOON)
    assert r.suggestions == () and r.excluded == ()
    assert r.message and "reintegration" in r.message


def test_all_excluded_is_a_plain_message_with_reasons(tmp_path):
    d = load(tmp_path, [f.svc("m", "shelter", traits="men_only")])
    r = suggest(d, ADULT_WOMAN, "shelter", now=WED_NOON)
    assert r.suggestions == () and r.message and excluded(r) == {"m": "gender"}


def test_confidential_location_never_exposes_address_or_coordinates(tmp_path):
    d = load(
        tmp_path,
        [
            f.svc(
                "safe",
                "shelter",
                traits="confidential_location",
                street="12 Hidden Way",
                coords=(44.6123, -63.5987),
            ),
            f.svc("open", "shelter", street="3 Main Street"),
        ],
    )
    r = suggest(d, {}, "shelter", now=SAT_NIGHT, origin=(44.6, -63.6))
    blob = json.dumps(r.as_dict())
    assert "12 Hidden Way" not in blob and "44.6123" not in blob and "63.5987" not in blob
    safe = next(s for s in r.suggestions if s.service_id == "safe")
    assert safe.address is None and safe.distance_km is None and safe.contact == ("+1 555 0100",)
    assert "3 Main Street" in blob


def test_the_index_limits_the_work(tmp_path):
    d = load(tmp_path, [f.svc(f"f{i}", "food") for i in range(5)] + [f.svc("s", "shelter")])
    assert suggest(d, {}, "shelter", now=WED_NOON).considered == 1


def test_suggest_all_uses_one_moment(tmp_path):
    from caseassist.directory import suggest_all

    d = load(tmp_path, [f.svc("a", "food"), f.svc("b", "legal")])
    out = suggest_all(d, {}, ["food", "legal", "jobs"], now=WED_NOON)
    assert [s.service_id for s in out["food"].suggestions] == ["a"]
    assert out["jobs"].suggestions == () and out["jobs"].message
