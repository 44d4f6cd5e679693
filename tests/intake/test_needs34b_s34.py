"""Needs on fresh writing (stop 34, needs34b).

A bed at someone's until a named day said in her own voice is no need tonight; a bare yes
or no led by another person ("The baby yes.") in a chat reply is that person's, so her own
hunger after it is read; a medicine taken in a time gone by is no need now. Invented notes
in en/es/fr/pt, each with a counterpart that must not give the value."""

from __future__ import annotations

import pytest

from caseassist.intake.engine import IntakeSession
from caseassist.intake.read import extract

MEDS = "medical.needs_medication"
FOOD = "food.needs_food_now"
TONIGHT = "shelter.needs_shelter_tonight"


def _values(text: str) -> dict:
    return dict(extract(text).values)


def _referral(text: str) -> dict:
    s = IntakeSession(staff_locale="en", staff_languages=("en",), recorded_by="t")
    s.apply_referral(text)
    return {k: v.value for k, v in s.facts.items()}


# ------------------------------------------------- a bed until a named day, in her voice


@pytest.mark.parametrize(
    "text",
    [
        "[visitor] ok. Nadia says I can sleep at her place until Monday",
        "[visitante] gracias. Rocío dice que puedo quedarme en su casa hasta el lunes",
        "[visiteuse] merci. Awa dit que je peux dormir chez elle jusqua lundi",
        "[visitante] obrigada. A Rita diz que posso ficar em casa dela até segunda",
    ],
)
def test_bed_until_a_day_in_her_voice_is_no_need_tonight(text: str) -> None:
    assert _values(text).get(TONIGHT) is False


@pytest.mark.parametrize(
    "text",
    [
        "[visitor] I cannot stay at her place until Monday",
        "[visitante] no puedo quedarme en su casa hasta el lunes",
        "[visiteuse] je ne peux pas rester chez elle jusqu'à lundi",
        "[visitante] não posso ficar em casa dela até segunda",
    ],
)
def test_bed_denied_until_a_day_is_no_no(text: str) -> None:
    assert _values(text).get(TONIGHT) is not False


# ------------------------------------------------- a reply led by another person


@pytest.mark.parametrize(
    "text",
    [
        "OP: Did they eat?\nCALLER: The baby yes. She has not eaten all day.",
        "OP: Han comido?\nLL: La bebé sí. Ella no ha comido nada en todo el día.",
        "OP: Ont-ils mangé ?\nAP: Le bébé oui. Elle n'a rien mangé de la journée.",
        "OP: Comeram?\nLG: O bebé sim. Ela não comeu nada o dia todo.",
    ],
)
def test_reply_led_by_another_person_leaves_her_hunger(text: str) -> None:
    assert _referral(text).get(FOOD) is True


@pytest.mark.parametrize(
    "text",
    [
        "OP: Did she eat?\nCALLER: Yes, she ate at my place.",
        "OP: Ha comido?\nLL: Sí, ya comió en mi casa.",
        "OP: A-t-elle mangé ?\nAP: Oui, elle a mangé chez moi.",
        "OP: Ela comeu?\nLG: Sim, já comeu em minha casa.",
    ],
)
def test_her_own_yes_to_eating_is_no_hunger(text: str) -> None:
    assert _referral(text).get(FOOD) is not True


# ------------------------------------------------- a medicine taken in a time gone by


@pytest.mark.parametrize(
    "text",
    [
        "She took antibiotics last year for a chest infection.",
        "Tomó antibióticos el año pasado por una infección.",
        "L'an dernier elle prenait des antibiotiques pour une infection.",
        "Tomou antibióticos no ano passado por causa de uma infeção.",
    ],
)
def test_medicine_in_a_past_year_is_no_need(text: str) -> None:
    assert _values(text).get(MEDS) is not True


@pytest.mark.parametrize(
    "text",
    [
        "She takes insulin every day and has two days left.",
        "Toma insulina todos los días y le quedan dos días.",
        "Elle prend de l'insuline tous les jours.",
        "Toma insulina todos os dias.",
    ],
)
def test_medicine_taken_now_is_a_need(text: str) -> None:
    assert _values(text).get(MEDS) is True
