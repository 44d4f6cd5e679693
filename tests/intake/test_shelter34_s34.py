"""A bed, a meal, a lasting home and a diet read in more words, and not from a remark on
people in general or a quote of someone else (stop 34, shelter34).

Invented sentences in en/es/fr/pt, each with a counterpart (another person, a general
remark, a procedure, a negation) that must not give the value."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract, interpret_answer

BED = "shelter.needs_shelter_tonight"
FOOD = "food.needs_food_now"
DIET = "food.dietary_needs"
HOUSING = "housing.needs_long_term_housing"


def _note(text: str) -> tuple[dict, dict]:
    got = extract(text)
    return dict(got.values), dict(got.offered())


# ------------------------------------------------ people in general, a quote of another


@pytest.mark.parametrize(
    "text",
    [
        "Many survivors arrive hungry and without a bed; keep blankets ready.",
        "Muchas mujeres llegan sin comer y sin alojamiento; preparar mantas.",
        "Beaucoup de femmes arrivent affamées et sans hébergement ; prévoir des couvertures.",
        "Muitas mulheres chegam com fome e sem abrigo; preparar cobertores.",
    ],
)
def test_a_remark_on_people_in_general_is_no_need(text: str) -> None:
    values, _ = _note(text)
    assert BED not in values and FOOD not in values


@pytest.mark.parametrize(
    "text",
    [
        "Like many survivors, she arrived hungry.",
        "Referred by a women's shelter, she is hungry.",
    ],
)
def test_her_own_need_beside_people_in_general_stays(text: str) -> None:
    assert _note(text)[0].get(FOOD) is True


@pytest.mark.parametrize(
    ("theirs", "hers"),
    [
        ('The interpreter said "I do not eat pork" at lunch.', 'She said: "I do not eat pork".'),
        ('La intérprete dijo: "no como cerdo".', 'Ella dijo: "no como cerdo".'),
        (
            "L'interprète a dit : « je ne mange pas de porc ».",
            "Elle a dit : « je ne mange pas de porc ».",
        ),
        ('A intérprete disse: "não como carne de porco".', 'Ela disse: "não como carne de porco".'),
    ],
)
def test_a_diet_quoted_from_a_helper_is_theirs(theirs: str, hers: str) -> None:
    assert DIET not in _note(theirs)[0]
    assert DIET in _note(hers)[0]


# ------------------------------------------------ a bed tonight lacked, in more words


@pytest.mark.parametrize(
    "text",
    [
        "Discharged to a hostel for lack of a safe home tonight.",
        "Alta a un albergue por carecer de domicilio seguro esta noche.",
        "Sortie vers un foyer faute de domicile sûr ce soir.",
        "Alta para um abrigo por falta de casa segura esta noite.",
        "Hoy no tiene ni un techo para dormir.",
        "Hoje não tem um teto para dormir.",
        "Ce soir elle n'a pas de toit.",
    ],
)
def test_a_lack_of_a_place_tonight_is_a_bed_tonight(text: str) -> None:
    assert _note(text)[0].get(BED) is True


@pytest.mark.parametrize(
    "text",
    [
        "Su hermana no tiene un techo para dormir hoy.",
        "A irmã dela não tem um teto para dormir hoje.",
    ],
)
def test_another_persons_lack_is_not_hers(text: str) -> None:
    assert _note(text)[0].get(BED) is not True


@pytest.mark.parametrize(
    "text",
    [
        "She must be placed in emergency accommodation.",
        "Tendrá que ir a un albergue de emergencia.",
        "Elle devra être mise à l'abri dès ce soir.",
        "Terá de ir para acolhimento de emergência.",
        "Necessita de acolhimento de emergência e, depois, de habitação permanente.",
    ],
)
def test_an_obligation_to_an_emergency_place_is_tonights(text: str) -> None:
    assert _note(text)[0].get(BED) is True


@pytest.mark.parametrize(
    ("clear", "offered"),
    [
        ("She asks to sleep here tonight.", "She asks to stay here tonight."),
        ("Pide dormir aquí esta noche.", "Pide quedarse aquí esta noche."),
        ("Elle demande à dormir ici ce soir.", "Elle demande à rester ici ce soir."),
        ("Ela pede para dormir aqui hoje.", "Ela pede para ficar aqui hoje."),
    ],
)
def test_a_wish_to_sleep_at_the_service_tonight(clear: str, offered: str) -> None:
    assert _note(clear)[0].get(BED) is True
    values, possible = _note(offered)
    assert BED not in values and possible.get(BED) is True


@pytest.mark.parametrize(
    "text",
    [
        "I'm going to sleep at my aunt's.",
        "Voy a dormir en casa de mi tía.",
        "Je vais dormir chez ma tante.",
        "Vou dormir na casa da minha tia.",
    ],
)
def test_her_night_at_a_relatives_answers_the_bed_question(text: str) -> None:
    assert interpret_answer(BED, text).values.get(BED) is False


# ------------------------------------------------ hunger in more words


@pytest.mark.parametrize(
    ("hungry", "not_hungry"),
    [
        (
            "She has been on an empty stomach since yesterday.",
            "She has been on an empty stomach since midnight for her surgery.",
        ),
        (
            "Lleva desde ayer con el estómago vacío.",
            "En ayunas desde ayer para la cirugía.",
        ),
        ("À jeun depuis 36 h.", "À jeun depuis minuit pour le bloc opératoire."),
        ("De barriga vazia desde ontem.", "Em jejum desde ontem para os exames."),
    ],
)
def test_an_empty_stomach_for_a_time_is_hunger(hungry: str, not_hungry: str) -> None:
    assert _note(hungry)[0].get(FOOD) is True
    assert FOOD not in _note(not_hungry)[0]


@pytest.mark.parametrize(
    "text",
    ["Está muerta de hambre.", "Tá com a barriga colando nas costas.", "Elle meurt de faim."],
)
def test_hunger_as_an_image(text: str) -> None:
    assert _note(text)[0].get(FOOD) is True


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Immediate food: no", False),
        ("Alimentación inmediata: NO (cenó en comisaría)", False),
        ("Besoin alimentaire immédiat : oui", True),
        ("Alimentação imediata: sim", True),
    ],
)
def test_a_form_line_for_food_now(text: str, value: bool) -> None:
    assert _note(text)[0].get(FOOD) is value


@pytest.mark.parametrize(
    "text",
    [
        "He had not eaten this morning and we provided breakfast.",
        "No había comido y le ofrecimos un bocadillo.",
    ],
)
def test_a_meal_provided_is_no_hunger_now(text: str) -> None:
    assert _note(text)[0].get(FOOD) is not True


# ------------------------------------------------ a lasting home, a diet


@pytest.mark.parametrize(
    ("text", "clear"),
    [
        ("She needs an emergency bed tonight and a longer-term home after that.", True),
        ("She lived in a stable home after that.", False),
    ],
)
def test_a_lasting_home_named_for_later(text: str, clear: bool) -> None:
    values, possible = _note(text)
    if clear:
        assert values.get(HOUSING) is True
    else:
        assert HOUSING not in values and possible.get(HOUSING) is True


@pytest.mark.parametrize(
    ("text", "food"),
    [
        ("Severe peanut allergy (EpiPen).", "peanut"),
        ("Es alérgica al maní.", "maní"),
        ("É alérgica ao marisco.", "marisco"),
        ("Dieta especial: celíaca", "celíaca"),
    ],
)
def test_a_diet_in_more_words(text: str, food: str) -> None:
    assert food in str(_note(text)[0].get(DIET, ""))


@pytest.mark.parametrize(
    "text", ["No peanut allergy.", "Her son has a peanut allergy.", "Es alérgica al polen."]
)
def test_no_diet_when_denied_another_persons_or_not_food(text: str) -> None:
    assert DIET not in _note(text)[0]
