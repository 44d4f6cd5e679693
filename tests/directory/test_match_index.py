"""The indexed early-stopping query gives exactly what a full scan gives."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from caseassist.directory import match
from caseassist.directory.model import NEEDS, TRAITS, Directory, Location, Service
from caseassist.directory.schedule import Schedule

EST = dt.timezone(dt.timedelta(hours=-5))
HOURS = [
    (Schedule("DAILY", 0, 1440, tz=EST),),
    (Schedule("WEEKLY", 540, 1020, byday=(0, 1, 2, 3, 4), tz=EST),),
    (Schedule("DAILY", 1080, 120, tz=EST),),
    (Schedule("WEEKLY", 600, 840, byday=(1, 3), tz=EST),),
    (),
]
LANGS = ["en", "es", "fr", "ne", "ar", "uk"]


def random_directory(rnd: random.Random, n: int) -> Directory:
    services, locations = [], {}
    for i in range(n):
        lo = rnd.choice([None, None, 18, 12, 16])
        locations[f"l{i}"] = Location(
            f"l{i}", latitude=44 + rnd.random(), longitude=-63 - rnd.random()
        )
        services.append(
            Service(
                id=f"s{i}",
                name=f"Service {rnd.randint(0, n // 3)}",  # duplicate names: ties on name
                status="active" if rnd.random() > 0.05 else "inactive",
                minimum_age=lo,
                maximum_age=17 if lo == 12 else None,
                needs=frozenset(rnd.sample(NEEDS[:3], rnd.choice([1, 2]))),
                traits=frozenset(t for t in TRAITS if rnd.random() < 0.2),
                languages=tuple(rnd.sample(LANGS, rnd.randint(1, 3))),
                interpretation_services="phone" if rnd.random() < 0.2 else "",
                schedules=rnd.choice(HOURS),
                location_ids=(f"l{i}",),
            )
        )
    return Directory(tuple(services), locations=locations)


@pytest.mark.parametrize("seed", range(6))
def test_indexed_query_equals_full_scan(seed, monkeypatch):
    rnd = random.Random(seed)
    d = random_directory(rnd, 4000)
    for _ in range(15):
        facts = {
            "person.age": rnd.choice([None, 15, 30]),
            "person.gender": rnd.choice([None, "female", "male", "nonbinary"]),
            "person.preferred_language": rnd.choice([None, "ne", "es", "zz"]),
            "person.other_languages": rnd.choice([[], ["fr"], ["ar", "uk"]]),
            "household.children_with_them": rnd.choice([None, 0, 2]),
            "safety.wants_law_enforcement": rnd.choice([None, "no", "yes"]),
        }
        facts = {k: v for k, v in facts.items() if v is not None}
        need = rnd.choice(NEEDS[:3])
        now = dt.datetime(2026, 3, rnd.randint(9, 15), rnd.randint(0, 23), 30, tzinfo=EST)
        origin = rnd.choice([None, (44.5, -63.5)])
        limit = rnd.choice([1, 3, 10])
        fast = match.suggest(d, facts, need, now=now, limit=limit, origin=origin)
        monkeypatch.setattr(match, "FULL_SCAN_UP_TO", 10**9)
        slow = match.suggest(d, facts, need, now=now, limit=limit, origin=origin)
        monkeypatch.setattr(match, "FULL_SCAN_UP_TO", 1000)
        assert fast.suggestions == slow.suggestions
        assert fast.considered <= slow.considered
        apart = lambda r: {e.service_id for e in r.excluded if e.listed_apart}  # noqa: E731
        # a large need lists the police-report services apart up to a bound, the rest counted
        assert apart(fast) <= apart(slow)
        assert len(apart(fast)) >= min(len(apart(slow)), match.MAX_EXCLUDED_LISTED)
        assert fast.excluded_count >= len(fast.excluded)
