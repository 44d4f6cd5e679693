"""A yes of then, a diet of nobody, a helper's quote, a bed set aside, a person named by an
age, a denial of her after a diet, a bed lacked in more words (stop 35, shelter35).

Invented sentences in en/es/fr/pt, each with a counterpart that must (or must not) give
the value."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract, interpret_answer

BED = "shelter.needs_shelter_tonight"
FOOD = "food.needs_food_now"
DIET = "food.dietary_needs"
HOME = "housing.needs_long_term_housing"


@pytest.mark.parametrize(
    "text",
    [
        "Last year yes, I slept in a hostel. Now I rent a flat with my aunt.",
        "Antes sí, estuve en un albergue. Ahora alquilo un cuarto.",
        "Avant oui, j'étais en foyer. Maintenant je loue une chambre.",
        "Antes sim, estive num abrigo. Agora alugo um quarto.",
    ],
)
def test_a_yes_after_a_time_gone_by_is_no_yes_now(text: str) -> None:
    assert interpret_answer(HOME, text).values.get(HOME) is not True


@pytest.mark.parametrize("text", ["Long-term, yes.", "Sí.", "Oui, à long terme.", "Sim."])
def test_a_plain_yes_stays(text: str) -> None:
    assert interpret_answer(HOME, text).values.get(HOME) is True


@pytest.mark.parametrize(
    "text",
    [
        "My cousins did not eat beef. Me, I eat everything.",
        "Las otras chicas no comían cerdo. Yo como de todo.",
        "Les autres filles ne mangeaient pas de porc. Moi je mange de tout.",
        "As outras meninas não comiam carne. Eu como de tudo.",
    ],
)
def test_she_eats_everything_keeps_no_diet(text: str) -> None:
    got = interpret_answer(DIET, text).values
    assert DIET not in got
    assert got.get(FOOD) is not True


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("I am diabetic, so little sugar. Otherwise I eat everything.", "diabetic"),
        ("Soy celíaca. Por lo demás como de todo.", "celíaca"),
        ("Je suis diabétique, pas de sucre. Sinon je mange de tout.", "diabétique"),
        ("Sou vegetariana. De resto como de tudo.", "vegetariana"),
    ],
)
def test_a_diet_beside_eating_everything_stays(text: str, word: str) -> None:
    assert word in str(interpret_answer(DIET, text).values.get(DIET, ""))


@pytest.mark.parametrize(
    "text",
    [
        'The interpreter, Mr. Okoye, says: "I have not eaten all day, can we stop?"',
        "La intérprete, Sra. Vidal, dice: «Llevo todo el día sin comer».",
        "L'interprète, M. Diallo, dit : « je n'ai rien mangé depuis ce matin ».",
        "A intérprete, Sra. Lima, diz: «estou sem comer desde ontem».",
    ],
)
def test_a_helpers_quote_is_the_helpers(text: str) -> None:
    assert FOOD not in extract(text).values


@pytest.mark.parametrize(
    "text",
    [
        "She has not eaten since yesterday.",
        "Lleva desde ayer sin comer.",
        "Elle n'a rien mangé depuis hier.",
        "Ela está sem comer desde ontem.",
    ],
)
def test_her_own_hunger_stays(text: str) -> None:
    assert extract(text).values.get(FOOD) is True


@pytest.mark.parametrize(
    "text",
    [
        "She needs a lasting home rather than an emergency bed tonight.",
        "Necesita una vivienda estable en lugar de una plaza de emergencia esta noche.",
        "Il lui faut un logement durable plutôt qu'une mise à l'abri ce soir.",
        "Precisa de uma casa estável em vez de um acolhimento de emergência esta noite.",
    ],
)
def test_a_bed_set_aside_is_no_need_tonight(text: str) -> None:
    got = extract(text).values
    assert BED not in got
    assert got.get(HOME) is True


@pytest.mark.parametrize(
    "text",
    [
        "She is 34. The 6-year-old has a peanut allergy.",
        "Tiene 34 años. La de 6 años es alérgica al maní.",
        "Elle a 34 ans. Le petit de 6 ans est allergique aux arachides.",
        "Tem 34 anos. A de 6 anos é alérgica ao amendoim.",
        "Peanut allergy: the boy, not her.",
        "Allergie aux arachides : le cadet, pas elle.",
    ],
)
def test_a_diet_of_someone_named_by_age_or_denied_is_not_hers(text: str) -> None:
    assert DIET not in extract(text).values


@pytest.mark.parametrize(
    "text",
    [
        "She is a 19-year-old from Ghana and is allergic to peanuts.",
        "Elle a une allergie aux arachides.",
    ],
)
def test_her_own_diet_stays(text: str) -> None:
    assert DIET in extract(text).values


@pytest.mark.parametrize(
    "text",
    [
        "She doesn't have anywhere to sleep tonight.",
        "Dijo no tener dónde dormir esta noche.",
        "Elle dit ne pas avoir d'hébergement ce soir.",
        "Ela informou não ter onde dormir hoje.",
    ],
)
def test_a_bed_lacked_in_more_words(text: str) -> None:
    assert extract(text).values.get(BED) is True


@pytest.mark.parametrize(
    "text",
    [
        "Her sister doesn't have anywhere to sleep tonight.",
        "Su prima dijo no tener dónde dormir esta noche.",
        "Comme beaucoup, elle a longtemps vécu sans logement. Elle est logée chez sa tante.",
        "Ela viveu muito tempo sem casa. Agora mora com a irmã.",
    ],
)
def test_another_persons_or_a_past_lack_is_no_bed_tonight(text: str) -> None:
    assert extract(text).values.get(BED) is not True


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("She hasn't had a square meal in days.", True),
        ("Lleva tres días sin una comida decente.", True),
        ("Elle n'a pas eu de vrai repas depuis lundi.", True),
        ("Está sem uma refeição decente há dias.", True),
        ("Her friend hasn't had a square meal in days.", None),
        ("The girls did not eat pork.", None),
    ],
)
def test_a_meal_gone_without(text: str, value: object) -> None:
    assert extract(text).values.get(FOOD) is value


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Es diabética y no puede tomar azúcar.", "azúcar"),
        ("É diabética e diz não poder comer doces.", "doces"),
        ("She must avoid sugar.", "sugar"),
    ],
)
def test_a_food_she_cannot_take(text: str, word: str) -> None:
    assert word in str(extract(text).values.get(DIET, ""))
