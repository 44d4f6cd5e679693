"""A need's services ordered by the kind of care the person's situation calls for
(`mappings/care_*.csv`): an injury puts medical care before counselling, dental care
or an insurance desk, in every language a directory is written in."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import pytest

from caseassist.directory import load_directory, match, suggest
from caseassist.directory.care import care_kind, situation
from caseassist.directory.model import Directory, Service
from caseassist.directory.schedule import Schedule
from tests.directory import factory as f

EST = dt.timezone(dt.timedelta(hours=-5))
WED_NOON = dt.datetime(2026, 3, 11, 12, 0, tzinfo=EST)
WED_NIGHT = dt.datetime(2026, 3, 11, 23, 0, tzinfo=EST)
WEEKDAYS = [("MO,TU,WE,TH,FR", "08:00", "18:00")]
INJURED = {"person.age": 30, "person.gender": "female", "medical.injuries": "wrist, swollen"}


def ids(result) -> list[str]:
    return [s.service_id for s in result.suggestions]


def load(tmp_path: Path, services: list[dict]):
    return load_directory(f.write(tmp_path / "d", services))


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Harbour Counselling Collective", "counselling"),
        ("Centro de Salud Mental Aurora", "counselling"),
        ("Collectif de soutien psychologique", "counselling"),
        ("Grupo de apoio para sobreviventes", "counselling"),
        ("Mercy Emergency Department", "emergency"),
        ("Servicio de Urgencias del Hospital", "emergency"),
        ("Pronto-Socorro Municipal", "emergency"),
        ("Walk-in Clinic", "urgent_care"),
        ("Consultation sans rendez-vous", "urgent_care"),
        ("Northside Free Clinic", "clinic"),
        ("Centre de santé communautaire", "clinic"),
        ("Posto de Saúde da Vila", "clinic"),
        ("Community Dental Days", "dental"),
        ("DC Healthy Families (Medicaid)", "insurance"),
        ("Seguro de salud para inmigrantes", "insurance"),
        ("Survivor Peer Circle", "counselling"),
        ("Free Flu Vaccinations", "preventive"),
        ("Bread for the City", "other"),
    ],
)
def test_kind_read_from_the_services_words(name, kind):
    assert care_kind(Service(id="x", name=name), "medical") == kind


def test_name_decides_before_description():
    svc = Service(id="x", name="Eastside Clinic", description="also offers counselling")
    assert care_kind(svc, "medical") == "clinic"
    svc = Service(id="y", name="Bread for the City", description="a therapy group")
    assert care_kind(svc, "medical") == "counselling"


@pytest.mark.parametrize(
    ("facts", "where"),
    [
        ({"medical.urgent_need": True}, "urgent"),
        ({"medical.injuries": "cut on the hand"}, "urgent"),
        ({"medical.urgent_need": False, "medical.wants_counseling": True}, "counselling"),
        ({"medical.needs_medication": True}, "default"),
        ({"medical.injuries": ""}, "default"),
        ({}, "default"),
    ],
)
def test_situation_from_the_facts(facts, where):
    assert situation("medical", facts) == where


def test_needs_without_kinds_are_not_ordered():
    assert situation("food", {"medical.urgent_need": True}) is None


def test_injury_puts_medical_care_before_counselling(tmp_path):
    """The new user's wrist injury: the counselling collective (open now, specialist, free)
    no longer leads; the clinic and the emergency department do."""
    d = load(
        tmp_path,
        [
            f.svc(
                "collective",
                "medical",
                name="Harborview Counseling Collective",
                traits="trafficking_specialist free_of_charge",
            ),
            f.svc("clinic", "medical", name="Northside Free Clinic", hours=WEEKDAYS),
            f.svc("er", "medical", name="Alder General Hospital Emergency Department"),
            f.svc("dental", "medical", name="Community Dental Days", traits="free_of_charge"),
        ],
    )
    noon = ids(suggest(d, INJURED, "medical", now=WED_NOON, limit=4))
    assert noon[:2] == ["er", "clinic"] or noon[:2] == ["clinic", "er"]
    assert noon[2:] == ["collective", "dental"]
    night = ids(suggest(d, INJURED, "medical", now=WED_NIGHT, limit=4))
    assert night[0] == "er"  # the clinic is closed: the emergency department is open


def test_counselling_wish_keeps_the_collective_first(tmp_path):
    d = load(
        tmp_path,
        [
            f.svc("collective", "medical", name="Harborview Counseling Collective", langs="es"),
            f.svc("clinic", "medical", name="Northside Free Clinic"),
        ],
    )
    facts = {"person.preferred_language": "es", "medical.wants_counseling": True}
    assert ids(suggest(d, facts, "medical", now=WED_NOON))[0] == "collective"
    facts = {"person.preferred_language": "es", "medical.needs_medication": True}
    assert ids(suggest(d, facts, "medical", now=WED_NOON))[0] == "clinic"


def test_unknown_eligibility_still_ranks_below_a_sure_fit(tmp_path):
    """Kind never lifts a service the person may not be able to use above one that surely
    takes her."""
    d = load(
        tmp_path,
        [
            f.svc("er-women", "medical", name="Women's Emergency Room", traits="women_only"),
            f.svc("er", "medical", name="Mercy Emergency Department"),
        ],
    )
    facts = {"medical.urgent_need": True}
    assert ids(suggest(d, facts, "medical", now=WED_NOON)) == ["er", "er-women"]


def _random_medical(rnd: random.Random, n: int) -> Directory:
    names = ["Counselling", "Emergency Department", "Clinic", "Dental", "Medicaid", "Centre"]
    hours = [(Schedule("DAILY", 0, 1440, tz=EST),), (Schedule("DAILY", 540, 1020, tz=EST),), ()]
    return Directory(
        tuple(
            Service(
                id=f"s{i}",
                name=f"{rnd.choice(names)} {rnd.randint(0, n // 3)}",
                needs=frozenset({"medical"}),
                traits=frozenset(t for t in ("free_of_charge", "women_only") if rnd.random() < 0.3),
                languages=tuple(rnd.sample(["en", "es", "fr"], rnd.randint(1, 2))),
                schedules=rnd.choice(hours),
            )
            for i in range(n)
        )
    )


@pytest.mark.parametrize("seed", range(3))
def test_indexed_walk_equals_full_scan_with_kinds(seed, monkeypatch):
    rnd = random.Random(seed)
    d = _random_medical(rnd, 3000)
    for _ in range(8):
        facts = {
            k: v
            for k, v in {
                "medical.urgent_need": rnd.choice([None, True]),
                "medical.wants_counseling": rnd.choice([None, True]),
                "person.gender": rnd.choice([None, "female", "male"]),
                "person.preferred_language": rnd.choice([None, "es"]),
            }.items()
            if v is not None
        }
        now = dt.datetime(2026, 3, 11, rnd.randint(0, 23), 30, tzinfo=EST)
        limit = rnd.choice([1, 3])
        fast = match.suggest(d, facts, "medical", now=now, limit=limit)
        monkeypatch.setattr(match, "FULL_SCAN_UP_TO", 10**9)
        slow = match.suggest(d, facts, "medical", now=now, limit=limit)
        monkeypatch.setattr(match, "FULL_SCAN_UP_TO", 1000)
        assert fast.suggestions == slow.suggestions


def test_unknown_eligibility_says_what_to_check(tmp_path):
    """Her gender, age or children unknown: the service ranks after a sure fit and says
    which of its conditions is to be checked; a settled one is not repeated."""
    d = load(
        tmp_path,
        [
            f.svc("men", "shelter", name="St. Roch Men's Shelter", traits="men_only no_children"),
            f.svc("youth", "shelter", name="Youth Beds", min_age=12, max_age=17),
            f.svc("any", "shelter", name="Open Door Shelter"),
        ],
    )
    r = suggest(d, {}, "shelter", now=WED_NOON)
    assert ids(r)[0] == "any"
    by_id = {s.service_id: s.caveats for s in r.suggestions}
    assert "men only (to check)" in by_id["men"]
    assert "cannot take children (to check)" in by_id["men"]
    assert "only for ages 12 to 17 (to check)" in by_id["youth"]
    assert by_id["any"] == ()
    known = {"person.gender": "male", "person.age": 34, "household.children_with_them": 0}
    r = suggest(d, known, "shelter", now=WED_NOON)
    assert [s.caveats for s in r.suggestions if s.service_id == "men"] == [()]
    assert "youth" not in ids(r)


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("SafeLine Crisis Response and Safety Planning", "crisis"),
        ("Línea de ayuda 24 horas", "crisis"),
        ("Ligne d'écoute violences", "crisis"),
        ("Linha de apoio à vítima", "crisis"),
        ("Victim Advocate at Bayview Police Station", "crisis"),
        ("Harbor House Emergency Shelter", "shelter"),
        ("Casa de acogida Alba", "shelter"),
        ("Foyer d'hébergement d'urgence", "shelter"),
        ("Casa-abrigo Esperança", "shelter"),
        ("Home Fire Safety Inspections", "other"),
    ],
)
def test_safety_kinds(name, kind):
    assert care_kind(Service(id="x", name=name), "safety") == kind


def test_safety_puts_a_crisis_service_before_a_shelter(tmp_path):
    """A shelter answers the shelter need; for her safety a crisis and safety-planning
    service leads, even when the shelter comes first by name and the rest ties."""
    d = load(
        tmp_path,
        [
            f.svc("house", "safety shelter", name="Harbor House Emergency Shelter"),
            f.svc("line", "safety", name="SafeLine Crisis Response and Safety Planning"),
        ],
    )
    facts = {"person.gender": "female", "person.age": 22}
    assert ids(suggest(d, facts, "safety", now=WED_NIGHT)) == ["line", "house"]
    assert ids(suggest(d, facts, "shelter", now=WED_NIGHT)) == ["house"]


def test_order_only_puts_kinds_down():
    """A kind may only rank below a service whose words name no kind (`other`, 0): the
    indexed walk of a large need can then stop at the first sure fits, as it did; a kind
    lifted above the rest would make it read every service."""
    from caseassist.directory.care import OTHER, _rules

    for (need, where), order in _rules().order.items():
        assert order.get(OTHER) == 0, (need, where)
        assert min(order.values()) == 0, (need, where)
