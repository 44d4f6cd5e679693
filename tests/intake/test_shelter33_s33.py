"""A bed tonight, hunger now and a diet read on fresh writing (stop 33, shelter33).

Another person's "no fixed abode" or missed meal is not hers; a state in a span gone by (a
season, "two months", "when she was with him", "estuvo") is her life then; a meal lacked
for a time is hunger, not a bare no; a refusal of a food is kept in the fewest words that
state it. Invented sentences in en/es/fr/pt, each with a counterpart that must not read
the value."""

from __future__ import annotations

import pytest

from tests.intake.reading import clear, settled

SHELTER = "shelter.needs_shelter_tonight"
FOOD = "food.needs_food_now"
DIET = "food.dietary_needs"


# --------------------------------------------- no fixed abode: hers, not another person's


@pytest.mark.parametrize(
    ("hers", "theirs"),
    [
        ("Ms Orla Nyberg is NFA.", "Her mum is NFA since the eviction."),
        (
            "No tiene dónde dormir esta noche.",
            "Su prima no tiene dónde dormir esta noche y pregunta si podemos ayudarla.",
        ),
        ("Elle est sans domicile fixe.", "Sa mère est sans domicile fixe."),
        ("Está sem abrigo.", "A mãe dela está sem abrigo desde o despejo."),
    ],
)
def test_no_fixed_abode_of_another_person_is_not_her_need(hers: str, theirs: str) -> None:
    assert clear(hers, SHELTER) is True
    assert clear(theirs, SHELTER) is None


# --------------------------------------------- a night gone by in a season or a span


@pytest.mark.parametrize(
    ("now", "then"),
    [
        ("She is sleeping rough.", "She slept rough for two months last winter."),
        ("Duerme en la calle.", "Durmió en la calle dos meses el invierno pasado."),
        ("Elle dort dehors.", "Elle a dormi dehors deux mois l'hiver dernier."),
        ("Dorme na rua.", "Dormiu na rua dois meses no inverno passado."),
        ("Está sem abrigo.", "Esteve sem abrigo em 2019."),
    ],
)
def test_a_street_night_in_a_span_gone_by_is_no_bed_tonight(now: str, then: str) -> None:
    assert clear(now, SHELTER) is True
    assert clear(then, SHELTER) is not True


def test_lodging_by_the_employer_without_an_article_is_no_place_of_hers() -> None:
    # shorthand drops the article: "logé par employeur ds conteneur" is the exploiter's
    assert clear("Ouvrier agricole logé par employeur ds conteneur.", SHELTER) is None
    assert clear("Il est logé par un ami ce soir.", SHELTER) is False


# --------------------------------------------- hunger: hers, not a colleague's


@pytest.mark.parametrize(
    ("hers", "theirs"),
    [
        ("She has not eaten since yesterday.", "Her colleague has not eaten since yesterday."),
        ("No ha comido desde ayer.", "Dice que la compañera no ha comido desde ayer."),
        ("Elle n'a pas mangé depuis hier.", "Sa collègue n'a pas mangé depuis hier."),
        ("Não come desde ontem.", "A colega dela não come desde ontem."),
    ],
)
def test_another_adults_missed_meal_is_not_her_hunger(hers: str, theirs: str) -> None:
    assert clear(hers, FOOD) is True
    assert clear(theirs, FOOD) is None


@pytest.mark.parametrize(
    ("lacked", "ate"),
    [
        ("Needs food now - no meal for two days.", "She ate at the station before coming in."),
        ("Sin comida desde ayer.", "Comió en la estación antes de venir."),
        ("Pas de repas depuis hier.", "Elle a déjà mangé à la gare."),
        ("Sem refeição desde ontem.", "Já comeu na estação."),
    ],
)
def test_a_meal_lacked_for_a_time_is_hunger_now(lacked: str, ate: str) -> None:
    assert clear(lacked, FOOD) is True
    assert clear(ate, FOOD) is not True


@pytest.mark.parametrize(
    "text",
    [
        "When she was with him she went days without eating.",
        "Cuando estaba con él, pasaba días sin comer.",
        "Quand elle travaillait là-bas, elle passait des jours sans manger.",
        "Quando estava na quinta, passava dias sem comer.",
    ],
)
def test_hunger_in_a_past_frame_is_not_hunger_now(text: str) -> None:
    assert clear(text, FOOD) is not True


@pytest.mark.parametrize(
    ("answer", "value"),
    [
        ("no meal for two days", True),
        ("sin comida desde ayer", True),
        ("pas de repas depuis hier", True),
        ("sem refeição desde ontem", True),
    ],
)
def test_no_meal_for_a_time_answers_the_food_question_as_a_need(answer: str, value: bool) -> None:
    assert settled(FOOD, answer).get(FOOD) is value


# --------------------------------------------- a diet in the fewest words


@pytest.mark.parametrize(
    ("text", "diet"),
    [
        ("She does not eat pork.", "no pork"),
        ("No come cerdo ni bebe alcohol.", "sin cerdo"),
        ("Elle ne mange pas de porc (musulmane).", "pas de porc"),
        ("Não come carne de porco.", "sem carne de porco"),
    ],
)
def test_a_refused_food_is_kept_without_its_verb(text: str, diet: str) -> None:
    assert clear(text, DIET) == diet


@pytest.mark.parametrize(
    "text",
    [
        "Her brother does not eat pork.",
        "Su hermano no come cerdo.",
        "Son frère ne mange pas de porc.",
        "O irmão dela não come carne de porco.",
    ],
)
def test_another_persons_refused_food_is_no_diet_of_hers(text: str) -> None:
    assert clear(text, DIET) is None


@pytest.mark.parametrize(
    ("answer", "diet"),
    [
        ("No como cerdo.", "sin cerdo"),
        ("Je ne mange pas de porc.", "pas de porc"),
        ("Não como carne de porco; alergia a camarão.", "sem carne de porco; alergia a camarão"),
    ],
)
def test_her_diet_answer_keeps_the_words_that_state_it(answer: str, diet: str) -> None:
    assert settled(DIET, answer).get(DIET) == diet


@pytest.mark.parametrize(
    "text",
    [
        "Halal only, please. And I'm fasting this month, so I eat after sunset.",
        "Sin cerdo, y nada muy picante por favor.",
        "Pas de porc, et je jeûne ce mois-ci.",
        "Não como carne de porco, nem bebo álcool.",
    ],
)
def test_an_answer_saying_more_than_the_diet_read_stays_whole(text: str) -> None:
    # a word beyond the diet read (fasting, spicy food, alcohol): nothing she said is lost
    assert settled(DIET, text).get(DIET) == text
