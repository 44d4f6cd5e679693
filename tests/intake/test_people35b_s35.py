"""Stop 35 (people35b): children elsewhere past a bracket, and an origin said of people in
general (one-letter speaker marks: test_turn_legend.py). Invented sentences."""

from __future__ import annotations

import pytest

from caseassist.intake import read as ex

KIDS = "household.children_with_them"
ORIGIN = "person.country_of_origin"

AWAY = [
    "Has 2 kids in Batangas (ages 12, 15) w/ her sister. No kids here.",
    "Tiene 2 hijos en Cusco (de 12 y 15 años) con su hermana. No hay niños con ella.",
    "A 2 enfants à Dakar (12 et 15 ans) avec sa soeur. Aucun enfant avec elle.",
    "Tem 2 filhos em Luanda (12 e 15 anos) com a irmã. Sem filhos consigo.",
]


@pytest.mark.parametrize("text", AWAY)
def test_children_elsewhere_past_a_bracket(text: str) -> None:
    assert ex.extract(text).values.get(KIDS) != 2


def test_children_with_her_in_a_bracket_still_read() -> None:
    assert ex.extract("Has 2 kids (ages 12, 15) with her.").values.get(KIDS) == 2


GENERAL = [
    "Reminder for night staff: many women arriving from Nigeria are mothers. "
    "Tonight's arrival has not been interviewed yet.",
    "Many women here are from Nigeria.",
]


@pytest.mark.parametrize("text", GENERAL)
def test_origin_of_people_in_general_is_no_ones(text: str) -> None:
    assert ORIGIN not in ex.extract(text).values


def test_her_own_origin_still_read() -> None:
    got = ex.extract("Many survivors we see come from Mexico; she is from Honduras.")
    assert got.values.get(ORIGIN) == "HN"
