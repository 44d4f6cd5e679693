"""Injuries, urgency, hunger and diets composed from word lists (stop 30, care30).

An injury kept as text shows a misspelt word put right (`[respell]`); bleeding alone is
urgency, not an injury to describe; a negator before "and" is the earlier verb's; a need
for care with "now" after it is urgent; "no come azúcar" is a diet, not hunger; a diet
in a later sentence is added; a treatment beside therapy is no medicine; a quotation that
ends its sentence ends it. Invented sentences in en/es/fr/pt, with the ones that must not
fire."""

from __future__ import annotations

import pytest

from tests.intake.reading import clear, clear_values, reads

URGENT = "medical.urgent_need"
INJURIES = "medical.injuries"
MEDICATION = "medical.needs_medication"
FOOD = "food.needs_food_now"
DIET = "food.dietary_needs"
CHILDREN = "household.children_with_them"
SHELTER = "shelter.needs_shelter_tonight"


# --------------------------------------------- an injury in her words, typos put right


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Tiene una erida en el brazo q no cierra.", "herida en el brazo que no cierra"),
        ("Tem uma ferida no pé q não fecha.", "ferida no pé que não fecha"),
    ],
)
def test_an_injury_is_kept_with_its_misspelt_words_put_right(text: str, kept: str) -> None:
    assert clear(text, INJURIES) == kept


# --------------------------------------------- bleeding alone is no injury to describe


@pytest.mark.parametrize(
    "text",
    [
        "Came in with light bleeding, under observation.",
        "Llegó con un sangrado leve.",
        "Arrivée avec un léger saignement.",
        "Chegou com sangramento leve.",
    ],
)
def test_bleeding_alone_describes_no_injury(text: str) -> None:
    assert INJURIES not in clear_values(text)


@pytest.mark.parametrize(
    "text",
    [
        "He is bleeding from his head.",
        "Sangra de la nariz desde anoche.",
        "Il saigne du bras depuis ce matin.",
        "Ela sangra do nariz desde ontem.",
    ],
)
def test_bleeding_from_a_part_of_the_body_is_an_injury(text: str) -> None:
    assert clear(text, INJURIES)


# --------------------------------------------- a negator before "and" is the earlier verb's


@pytest.mark.parametrize(
    "text",
    [
        "She has a wound on her leg that does not close and needs treatment today.",
        "Tiene una herida en la pierna que no cierra y necesita tratamiento hoy.",
        "Tem uma ferida na perna que não fecha e precisa de tratamento hoje.",
    ],
)
def test_a_negated_verb_before_and_leaves_the_need_after_it(text: str) -> None:
    assert clear(text, URGENT) is True


@pytest.mark.parametrize(
    "text",
    [
        "She has a wound on her leg and does not need treatment today.",
        "Tiene una herida en la pierna y no necesita tratamiento hoy.",
        "Tem uma ferida na perna, não é urgente.",
    ],
)
def test_a_need_denied_itself_is_still_denied(text: str) -> None:
    assert clear(text, URGENT) is not True


def test_no_phone_and_a_bed_needed_is_a_bed_needed() -> None:
    assert clear("She has no phone and needs a bed tonight.", SHELTER) is True


# --------------------------------------------- care needed now


@pytest.mark.parametrize(
    "text",
    [
        "Cut on her hand, she needs a doctor now.",
        "Corte en la mano, necesita atención médica ahora.",
        "Coupure à la main, elle a besoin de soins maintenant.",
        "Corte na mão, precisa de atendimento agora.",
    ],
)
def test_care_needed_now_is_urgent(text: str) -> None:
    assert clear(text, URGENT) is True


@pytest.mark.parametrize(
    "text",
    [
        "She does not need a doctor now.",
        "No necesita atención médica ahora.",
        "Elle n'a pas besoin de soins maintenant.",
        "Não precisa de atendimento agora.",
    ],
)
def test_care_not_needed_now_is_not_urgent(text: str) -> None:
    assert clear(text, URGENT) is not True


# --------------------------------------------- a food she does not eat is a diet


@pytest.mark.parametrize(
    ("text", "diet"),
    [
        ("She is diabetic and does not eat sugar.", "no sugar"),
        ("Es diabética y no come azúcar.", "sin azúcar"),
        ("Elle est diabétique et ne mange pas de sucre.", "pas de sucre"),
        ("É diabética e não come açúcar.", "sem açúcar"),
        ("Sigue una dieta baja en sal.", "baja en sal"),
        ("Come pouco sal, é hipertensa.", "pouco sal"),
    ],
)
def test_a_food_she_does_not_eat_is_a_diet_not_hunger(text: str, diet: str) -> None:
    got = clear_values(text)
    assert got.get(DIET) == diet
    assert FOOD not in got


@pytest.mark.parametrize(
    "text",
    [
        "She has not eaten since yesterday.",
        "No comió nada desde ayer.",
        "Elle n'a rien mangé depuis hier.",
        "Não come nada desde ontem.",
    ],
)
def test_not_eating_since_is_hunger_not_a_diet(text: str) -> None:
    got = clear_values(text)
    assert got.get(FOOD) is True
    assert DIET not in got


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Vegetarian.", "Allergic to peanuts."),
        ("No come cerdo.", "Es alérgica a los mariscos."),
        ("Végétarienne.", "Allergique aux arachides."),
        ("Não come carne de porco.", "Tem alergia a camarão."),
    ],
)
def test_a_diet_in_a_later_sentence_is_added(first: str, second: str) -> None:
    assert clear(f"{first} {second}", DIET) == f"{clear(first, DIET)}; {clear(second, DIET)}"


def test_someone_elses_diet_is_not_added() -> None:
    assert clear("Não come carne de porco. O irmão dela não come glúten.", DIET) == (
        "sem carne de porco"  # the fewest words, without the verb (stop 33)
    )


# --------------------------------------------- a treatment beside therapy is no medicine


@pytest.mark.parametrize(
    "text",
    [
        "She sees a psychologist and wants to continue the treatment.",
        "Sigue en terapia con la psicóloga y quiere continuar el tratamiento.",
        "Elle voit une psychologue et veut poursuivre le traitement.",
        "Faz terapia com a psicóloga e quer continuar o tratamento.",
    ],
)
def test_a_treatment_beside_therapy_is_no_medicine(text: str) -> None:
    assert reads(text, MEDICATION) is None


@pytest.mark.parametrize(
    "text",
    [
        "She needs to continue her treatment for diabetes.",
        "Necesita continuar su tratamiento para la diabetes.",
        "Elle doit poursuivre son traitement pour le diabète.",
        "Precisa de continuar o tratamento para a diabetes.",
    ],
)
def test_a_treatment_for_an_illness_is_a_medicine(text: str) -> None:
    assert clear(text, MEDICATION) is True


# --------------------------------------------- a quotation that ends its sentence


@pytest.mark.parametrize(
    "text",
    [
        'When I asked if she had a place she said "No, nothing, I sleep where I can a." She has her son with her.',
        'Cuando le pregunté si tenía dónde dormir dijo "No, nada." Tiene a su hijo con ella.',
        'Quand je lui ai demandé si elle avait un endroit elle a dit "Non, rien." Elle a son fils avec elle.',
        'Quando perguntei se tinha onde dormir disse "Não, nada." Tem o filho com ela.',
    ],
)
def test_a_quotation_ending_its_sentence_leaves_the_next_one_free(text: str) -> None:
    assert clear(text, CHILDREN) == 1


def test_a_reported_question_still_silences_its_own_sentence() -> None:
    assert clear('She asked if she could bring her son "tomorrow".', CHILDREN) is None
