"""Round 5, shelter tonight: a need set plainly on another night ("from tomorrow, not
tonight") is a no for tonight; a place that ends after tonight ("can't stay past tonight",
"ne peut plus le garder après ce soir") says nothing clear of tonight, either way; a later
day alone says nothing; tonight named as well is a yes. Invented sentences."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract

SHELTER = "shelter.needs_shelter_tonight"


@pytest.mark.parametrize(
    "text",
    [
        "Needs a bed from tomorrow, not tonight.",
        "Her hotel ends in the morning; she will need a place from tomorrow night, not tonight.",
        "Necesita un lugar a partir de mañana, no esta noche.",
        "Elle a besoin d'une place dès demain, pas ce soir.",
        "Elle aura besoin d'une place à partir de demain soir, pas ce soir.",
        "Precisa de uma vaga a partir de amanhã, não esta noite.",
    ],
)
def test_a_need_set_on_another_night_not_tonight_is_a_no(text: str) -> None:
    assert extract(text).values.get(SHELTER) is False


@pytest.mark.parametrize(
    "text",
    [
        "He is with us now but he can't stay past tonight.",
        "She is at a friend's, who can only keep her until tomorrow.",
        "Duerme en casa de una amiga, pero no puede quedarse después de esta noche.",
        "Il dort chez un ami, mais l'ami ne peut plus le garder après ce soir.",
        "Dorme em casa de uma amiga, mas não pode ficar lá depois de hoje.",
        "Está con una vecina solo por esta noche.",
    ],
)
def test_a_place_that_ends_after_tonight_says_nothing_clear(text: str) -> None:
    assert SHELTER not in extract(text).values


@pytest.mark.parametrize(
    "text",
    [
        "Needs a bed tonight and tomorrow.",
        "Necesita un lugar esta noche y mañana.",
        "Elle a besoin d'une place ce soir et demain.",
        "Precisa de uma vaga esta noite e amanhã.",
    ],
)
def test_tonight_named_with_a_later_day_is_still_a_need_tonight(text: str) -> None:
    assert extract(text).values.get(SHELTER) is True


@pytest.mark.parametrize(
    "text",
    [
        "Discharged tomorrow, will need somewhere to stay from then.",
        "Sale mañana del hospital, necesitará un lugar desde entonces.",
        "Sortie demain, elle aura besoin d'une place à partir de demain.",
        "Tem alta amanhã, vai precisar de uma vaga a partir de amanhã.",
    ],
)
def test_a_later_day_alone_is_no_need_tonight_and_no_plain_no(text: str) -> None:
    assert SHELTER not in extract(text).values
