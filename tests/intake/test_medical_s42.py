"""Stop 42 (medical): an injury label denied as seen or as told, and a medicine run out in a
clause of its own or at a time gone by (invented wording)."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract

URGENT = "medical.urgent_need"


@pytest.mark.parametrize(
    "text",
    [
        "Name: Dana\nInjuries: none noted\nBed tonight: yes",
        "Injuries: none seen, refused the ambulance",
        "Heridas: no refiere\nAlojamiento: esta noche",
        "Lesiones: ninguna visible",
        "Blessures : aucune apparente",
        "Ferimentos: nenhum observado",
        "Ferimentos: não\nAlojamento: precisa hoje",
    ],
)
def test_an_injury_label_denied_as_seen_or_told_is_no_urgent_need(text: str) -> None:
    assert extract(text).values.get(URGENT) is False


@pytest.mark.parametrize(
    "text",
    [
        "Injuries: none known",
        "Injuries: none visible, not examined yet",
        # a medicine run out beside it: the need stands, never a no
        "Injuries: none observed\nMeds: inhaler for asthma, ran out on Monday",
    ],
)
def test_an_injury_label_denied_but_unknown_or_beside_a_need_is_no_no(text: str) -> None:
    assert extract(text).values.get(URGENT) is not False


@pytest.mark.parametrize(
    "text",
    [
        "She uses an inhaler for her asthma, she ran out on Saturday.",
        "Takes pills for epilepsy, ran out four days ago.",
        "He has heart tablets but ran out of them on Friday.",
        "Usa insulina y se le han acabado.",
        "Prend un traitement pour l'épilepsie, elle n'en a plus depuis mardi.",
        "Il prend des comprimés pour la tension et il ne lui en reste plus.",
        "Toma comprimidos para a tensão, sem remédio desde domingo.",
        # the time it ran out is no time gone by: she is still without it
        "Her HIV medication ran out two weeks ago.",
        "Se quedó sin sus pastillas para la epilepsia hace tres semanas.",
        # not hurt says nothing of a medicine run out
        "He is not hurt, but he takes blood pressure pills and ran out of them last week.",
        "Non, je ne suis pas blessé. Mon insuline, il m'en reste plus depuis jeudi.",
    ],
)
def test_a_medicine_run_out_in_other_words_is_an_urgent_need(text: str) -> None:
    assert extract(text).values.get(URGENT) is True


@pytest.mark.parametrize(
    "text",
    [
        "She ran out of the flat while the boss was asleep.",
        "She ran out last night and came to the church.",
        "He ran out of money two weeks ago and slept in the park.",
        "Il lui en reste plus que deux comprimés.",
        "She ran out of her insulin last year.",
    ],
)
def test_running_out_of_a_place_or_money_or_long_ago_is_no_urgent_need(text: str) -> None:
    assert extract(text).values.get(URGENT) is not True
