"""Needs on fresh writing (stop 33, needs33b).

An urgency word a negator denies makes no injury urgent, and a need for the emergency room
composes (its negation a no); a reply or form value that is only her not knowing answers no
pregnancy question; a dinner gone without is hunger; another service seen to tonight is no
bed of hers; a medicine run out of or needed again by a pronoun is a need. Invented notes in
en/es/fr/pt, each with a counterpart that must not give the value."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract

URGENT = "medical.urgent_need"
MEDS = "medical.needs_medication"
PREGNANT = "household.pregnant"
FOOD = "food.needs_food_now"
TONIGHT = "shelter.needs_shelter_tonight"


def _values(text: str) -> dict:
    return dict(extract(text).values)


# ------------------------------------------------- a denied urgency, the emergency room


@pytest.mark.parametrize(
    "text",
    [
        "Bruise on the left shin; paramedics: does not need urgent care.",
        "Moretón en la pierna izq.; SAMU: no precisa asistencia urgente.",
        "Bleu au tibia G ; pompiers : n'a pas besoin d'une prise en charge urgente.",
        "Hematoma na perna esq.; INEM: não precisa de assistência urgente.",
        "Stable, no further urgent medical need tonight.",
        "Quemadura leve en la mano, el paramédico dice que no requiere urgencias.",
        "Elle n'a pas besoin d'aller aux urgences, plaie superficielle.",
        "Não precisa de ir ao pronto-socorro, arranhão no braço.",
    ],
)
def test_denied_urgency_is_a_no(text: str) -> None:
    assert _values(text).get(URGENT) is False


@pytest.mark.parametrize(
    "text",
    [
        "Deep cut on her hand, still bleeding, she needs to go to the ER.",
        "Tiene un corte en la mano y necesita ir a urgencias.",
        "Coupure profonde à la main, elle doit aller aux urgences.",
        "Corte fundo na mão, precisa ir ao pronto-socorro.",
    ],
)
def test_emergency_room_needed_is_urgent(text: str) -> None:
    assert _values(text).get(URGENT) is True


# ------------------------------------------------ her not knowing is no answer


@pytest.mark.parametrize(
    "text",
    ["Gestante: não sabe", "Grávida? não sabe.", "Embarazada: no sabe"],
)
def test_not_knowing_answers_no_pregnancy(text: str) -> None:
    assert _values(text).get(PREGNANT) is not False


@pytest.mark.parametrize("text", ["Gestante: não", "Grávida? Não.", "Embarazada: no"])
def test_a_plain_no_still_answers(text: str) -> None:
    assert _values(text).get(PREGNANT) is False


# ------------------------------------------------ a dinner gone without


@pytest.mark.parametrize(
    "text",
    [
        "Ela e os filhos não jantaram hoje.",
        "Não almoçou, só bebeu água.",
        "Los niños no cenaron anoche.",
        "Elle n'a pas dîné ce soir.",
        "She did not have dinner.",
    ],
)
def test_dinner_gone_without_is_hunger(text: str) -> None:
    assert _values(text).get(FOOD) is True


@pytest.mark.parametrize(
    "text",
    ["Ela não janta carne.", "No desayuno nunca, no me gusta.", "A colega dela não jantou."],
)
def test_a_habit_or_another_persons_meal_is_not(text: str) -> None:
    assert _values(text).get(FOOD) is not True


# ------------------------------------------------ another service seen to tonight


@pytest.mark.parametrize(
    "text",
    [
        "Interpreter covered for tonight by phone.",
        "Intérprete: cita cubierta esta noche.",
        "Interprète : intervention assurée ce soir par téléphone.",
        "Transporte garantido esta noite.",
    ],
)
def test_a_service_tonight_is_no_bed(text: str) -> None:
    assert _values(text).get(TONIGHT) is not False


@pytest.mark.parametrize(
    "text",
    [
        "Tonight covered (w/ aunt).",
        "Esta noche cubierta por un bono de hotel.",
        "Cette nuit est couverte par une nuitée d'hôtel.",
        "Esta noite está coberta.",
    ],
)
def test_tonight_covered_is_still_a_place(text: str) -> None:
    assert _values(text).get(TONIGHT) is False


# ------------------------------------------------ a medicine run out of or needed again


@pytest.mark.parametrize(
    "text",
    [
        "She has asthma and the boss took her inhaler, she needs a new one.",
        "Tomaba insulina pero se le acabó hace una semana.",
        "Elle prend de l'insuline mais elle n'en a plus.",
        "Ela tomava insulina, mas já acabaram.",
        "Tomaba vitaminas prenatales pero se le acabaron y necesita que se las vuelvan a dar.",
    ],
)
def test_medicine_run_out_is_a_need(text: str) -> None:
    assert _values(text).get(MEDS) is True


@pytest.mark.parametrize(
    "text",
    [
        "He took her phone, she needs a new one.",
        "Su hijo toma insulina pero se le acabó.",
        "Il a pris son passeport, elle n'en a plus.",
        "A patroa ficou com o dinheiro, já acabaram.",
    ],
)
def test_anything_else_run_out_is_not(text: str) -> None:
    assert _values(text).get(MEDS) is not True
