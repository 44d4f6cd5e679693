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


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("She has asthma and a burn on her hand.", "burn on her hand"),
        ("Tiene diabetes y una herida infectada en el pie.", "herida infectada en el pie"),
        ("Elle a de l'asthme et une brûlure à la main.", "brûlure à la main"),
        ("Tem diabetes e uma ferida no pé.", "ferida no pé"),
        # two injuries joined by "and" are both kept
        ("She has bruises and a cut on her arm.", "bruises and a cut on her arm"),
    ],
)
def test_an_illness_before_the_injury_is_not_kept_with_it(text: str, kept: str) -> None:
    assert extract(text).values.get("medical.injuries") == kept


@pytest.mark.parametrize(
    "text",
    [
        # a care need denied with "medical" cut short ("méd.")
        "Hébergée chez sa tante. Pas de besoin méd. urgent. Veut un avocat.",
        "Sin necesidad méd. urgente.",
        "Sem necessidade méd. urgente.",
        # a form's urgent-need line answered "none today"
        "Urgent medical need: nothing today",
        "Necesidad médica urgente: ninguna hoy",
        "Besoin médical urgent : aucun aujourd'hui",
        "Necessidade médica urgente: nenhuma hoje",
    ],
)
def test_no_urgent_care_in_shorthand_or_for_today_is_a_no(text: str) -> None:
    assert extract(text).values.get(URGENT) is False


def test_care_needed_said_in_shorthand_is_still_a_need() -> None:
    assert extract("Besoin méd. urgent : plaie infectée au pied.").values.get(URGENT) is True
