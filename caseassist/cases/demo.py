"""Fictional people for the demo vault and the benchmarks. Every person here is invented.

Generated from a seed so a demo is the same on every machine. Only first names
(what someone wants to be called), never a family name, document or address;
each at least five letters, so a test searching the vault's raw bytes for them
cannot be fooled by chance matches in ciphertext.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

DEMO_PASSPHRASE = "demo-only-passphrase"
"""Every demo account's passphrase; only vaults created as demos accept it."""

NAMES = (
    "Ashanti",
    "Bintou",
    "Sunita",
    "Lisandro",
    "Rosalba",
    "Marisol",
    "Fabienne",
    "Ioanela",
    "Dariana",
    "Amarachi",
    "Kwabena",
    "Linnea",
    "Tomasz",
    "Yusufu",
    "Meilin",
    "Thanh Hoa",
    "Priyanka",
    "Olenka",
    "Esperanza",
    "Wilner",
    "Joanne",
    "Samira",
    "Noureen",
    "Teodora",
    "Inésita",
    "Milagros",
    "Rahelwa",
    "Dawitko",
    "Anjali",
    "Ruslan",
)
LANGUAGES = (
    ("ne", "NP"),
    ("es", "GT"),
    ("es", "HN"),
    ("es", "MX"),
    ("fr", "HT"),
    ("ht", "HT"),
    ("en", "PH"),
    ("ro", "RO"),
    ("uk", "UA"),
    ("tl", "PH"),
    ("vi", "VN"),
    ("am", "ET"),
)
NOTES = (
    "Settled into the room; prefers the lamp left on at night.",
    "Asked for appointments in the morning only.",
    "Would like a woman interpreter when possible.",
    "Called the legal clinic together; first appointment booked.",
    "Children are enrolled in the after-school club.",
    "Wants to keep their phone number private from everyone but the shelter.",
    "Prefers to be contacted through the shelter front desk.",
    "Talked about a cooking course; interested in catering work.",
    "Doctor visit went well; follow-up in two weeks.",
    "Said the new room feels safe.",
)
GOALS = (
    ("housing", "Find my own flat near the school"),
    ("jobs", "Work in a kitchen and save money"),
    ("legal", "Get my papers back"),
    ("reintegration", "Talk to my mother every week"),
)


@dataclass(frozen=True)
class DemoPerson:
    facts: dict[str, object]
    declined: tuple[str, ...]
    opened_at: dt.datetime
    notes: tuple[str, ...]
    goal: tuple[str, str] | None


def people(count: int, *, seed: int = 7, now: dt.datetime | None = None) -> list[DemoPerson]:
    rng = random.Random(seed)
    now = now or dt.datetime.now(dt.UTC)
    out = []
    for i in range(count):
        lang, country = rng.choice(LANGUAGES)
        gender = rng.choice(("female", "female", "female", "male", "nonbinary"))
        children = rng.choice((0, 0, 0, 1, 2))
        wants_work = rng.random() < 0.6
        facts: dict[str, object] = {
            "person.name": NAMES[i % len(NAMES)],
            "person.preferred_language": lang,
            "person.age": rng.randint(15, 62),
            "person.gender": gender,
            "person.country_of_origin": country,
            "household.children_with_them": children,
            "safety.in_immediate_danger": rng.random() < 0.1,
            "safety.trafficker_knows_location": rng.choice(("no", "no", "unsure", "yes")),
            "safety.wants_law_enforcement": rng.choice(("no", "yes", "undecided")),
            "shelter.needs_shelter_tonight": rng.random() < 0.7,
            "food.needs_food_now": rng.random() < 0.5,
            "medical.urgent_need": rng.random() < 0.2,
            "medical.needs_medication": rng.random() < 0.2,
            "consent.share_with_providers": rng.choice(("yes", "ask_each_time", "no")),
            "legal.wants_legal_help": rng.random() < 0.6,
            "housing.needs_long_term_housing": rng.random() < 0.6,
            "jobs.wants_employment": wants_work,
            "person.safe_contact": rng.choice(
                ("Through the shelter", "Front desk only", "Caseworker phone")
            ),
        }
        if gender != "male":
            facts["household.pregnant"] = rng.random() < 0.1
        if facts["medical.urgent_need"]:
            facts["medical.injuries"] = rng.choice(
                ("Sprained ankle", "Toothache", "Cut on the arm")
            )
        if wants_work:
            facts["jobs.has_work_authorization"] = rng.choice(("yes", "no", "unsure"))
        declined = ("reintegration.wants_to_return_home",) if rng.random() < 0.3 else ()
        opened = now - dt.timedelta(
            days=rng.choice((0, 0, 1, 3, 10, 30, 60, 120, 300)), hours=rng.randint(0, 23)
        )
        notes = tuple(rng.sample(NOTES, rng.randint(1, 3)))
        goal = rng.choice(GOALS) if rng.random() < 0.5 else None
        out.append(DemoPerson(facts, declined, opened, notes, goal))
    return out
