"""Whose hand holds her passport, and a fear of removal (stop 30, legal30).

A holder named with an apposition set off by commas ("the owner, a man of about 60, kept
her passport") or with a complement ("la dueña del bar") is that holder, never her; "tiene
en su poder" holds like "tiene"; a rule's "had her passport", read alone in the clause
after such an apposition, is no passport of hers. Fear of removal is an immigration
concern. Invented sentences in en/es/fr/pt, each with a counterpart that must not give the
value."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract

DOCS = "legal.has_identity_documents"
IMMIGRATION = "legal.immigration_concern"


@pytest.mark.parametrize(
    "text",
    [
        "The farm owner, a man of about 50, keeps her passport.",
        "La dueña del bar, una mujer de unos 50 años, guarda su pasaporte.",
        "Le patron du bar, un homme d'une cinquantaine d'années, garde son passeport.",
        "O dono do bar, um homem de uns 50 anos, ficou com o passaporte dela.",
        "La dueña de la pensión tiene en su poder el pasaporte.",
        "O patrão tem em seu poder o passaporte dela.",
        "Le patron a en sa possession son passeport.",
    ],
)
def test_a_holder_set_off_or_complemented_holds_it(text: str) -> None:
    assert extract(text).values.get(DOCS) is False


@pytest.mark.parametrize(
    "text",
    [
        "She, a woman of 30, has her passport.",
        "Ella, según nos dice, tiene su pasaporte.",
        "Ela, segundo nos disse, tem o passaporte dela.",
        "Ella tiene en su poder su pasaporte.",
    ],
)
def test_her_own_holding_is_not_taken_from_her(text: str) -> None:
    assert extract(text).values.get(DOCS) is not False


def test_another_had_it_then_is_not_hers() -> None:
    got = extract("The restaurant owner, a man of about 60, had her passport.")
    assert DOCS not in got.values  # a past "had": offered at most, never read as hers
    assert got.possible.get(DOCS) in (None, False)


@pytest.mark.parametrize(
    "text",
    [
        "She is very worried about removal proceedings.",
        "Elle craint une mesure d'éloignement.",
        "Tem medo de um afastamento coercivo.",
        "Teme una orden de expulsión.",
    ],
)
def test_fear_of_removal_is_a_concern(text: str) -> None:
    assert extract(text).values.get(IMMIGRATION) is True


@pytest.mark.parametrize(
    "text",
    [
        "She is worried about the removal of her stitches.",
        "She is not worried about removal proceedings.",
        "She is afraid of the removal of her children by social services.",
        "Elle ne craint pas l'éloignement.",
    ],
)
def test_no_fear_of_removal_is_no_concern(text: str) -> None:
    assert extract(text).values.get(IMMIGRATION) is not True
