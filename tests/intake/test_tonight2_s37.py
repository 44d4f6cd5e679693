"""Stop 37 (tonight2): a stay of hers now that ends on a later day ("until Friday",
"hasta el lunes", "jusqu'à mardi", "até quinta") is a bed tonight; an end that is
tonight, a stay gone by, or a place of the exploiters says nothing. Invented sentences
in the four languages."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract

_FACT = "shelter.needs_shelter_tonight"


@pytest.mark.parametrize(
    "text",
    [
        "The woman is lodging at the sailors' mission until Tuesday, then has nowhere.",
        "Her room at the motel is paid until Thursday.",
        "Se aloja en una pensión municipal hasta el miércoles; después no sabe.",
        "Il est accueilli au foyer paroissial jusqu'à jeudi inclus.",
        "Está alojada provisoriamente numa pensão da câmara até quarta-feira.",
    ],
)
def test_a_stay_that_ends_on_a_later_day_is_a_bed_tonight(text):
    assert extract(text).values.get(_FACT) is False


@pytest.mark.parametrize(
    "text",
    [
        "He was staying with a colleague until Monday and is now on the street.",
        "Estaba alojada en un hostal hasta el martes.",
        "The boss keeps her in a motel paid until Thursday.",
        "He is lodging at the mission, but only until tonight.",
    ],
)
def test_a_stay_gone_by_an_exploiters_room_or_tonight_give_no_bed(text):
    assert extract(text).values.get(_FACT) is not False


@pytest.mark.parametrize(
    "text",
    [
        "She is staying at a guest house that closes on Sunday.",
        "Housing: currently in a guest house paid by the parish.",
    ],
)
def test_a_place_that_closes_later_or_a_guest_house_is_a_bed_tonight(text):
    assert extract(text).values.get(_FACT) is False


def test_a_place_needed_from_tomorrow_is_no_place_she_has():
    assert _FACT not in extract("Sale mañana y necesitará una pensión a partir del lunes.").values
