"""Stop 39 (answers3): a survivor's free-text answer read for what it plainly says of her.
Invented answers in the four languages.

- a yes said for one party only, beside a no for another, is no plain consent to share:
  the limit (ask each time) is offered, never applied;
- her guess in so many words ("supongo", "j'imagine", "deve ser que sim") hedges her reply;
  "pode ser" / "puede ser" is "maybe" to a question of her state, "all right" to an offer;
- a number of years in an answer to another question is how long, not her age, unless she
  says it in words of her own age;
- "Tiene mi pasaporte" in her own words is someone else holding it;
- what her child does tonight is the child's need, not her bed;
- a decline of thinking about it, and "please" opening a reply to a question of her state,
  answer nothing;
- a safe place to sleep asked in Portuguese asks about the bed, not about danger.
"""

from __future__ import annotations

import pytest

from caseassist.intake.read import interpret_answer

CONSENT = "consent.share_with_providers"
POLICE = "safety.wants_law_enforcement"
KNOWS = "safety.trafficker_knows_location"
PREGNANT = "household.pregnant"
AGE = "person.age"
DOCS = "legal.has_identity_documents"
TONIGHT = "shelter.needs_shelter_tonight"
CHILDREN = "household.children_with_them"
RETURN = "reintegration.wants_to_return_home"
DANGER = "safety.in_immediate_danger"


@pytest.mark.parametrize(
    "text",
    [
        "Yes for the nurse, fine. For the embassy no, nothing to them.",
        "Yes to the nurse, not to the embassy.",
        "A la enfermera sí. A la embajada no, por favor.",
        "Avec l'infirmière oui. Avec le consulat non.",
        "Com a enfermeira sim. Com o consulado não, nada.",
    ],
)
def test_a_yes_for_one_party_only_is_no_plain_consent(text: str) -> None:
    got = interpret_answer(CONSENT, text, question="May we share this with the people helping?")
    assert CONSENT not in got.values
    assert got.offered().get(CONSENT) == "ask_each_time"


@pytest.mark.parametrize(
    "text", ["Yes, of course. I have no problem with it.", "Sí, claro. No pasa nada."]
)
def test_a_plain_yes_to_share_stays(text: str) -> None:
    assert interpret_answer(CONSENT, text).values.get(CONSENT) == "yes"


@pytest.mark.parametrize(
    ("text", "fact", "value"),
    [
        ("Sí, supongo. Más adelante.", POLICE, "undecided"),
        ("Oui, j'imagine. Dans quelque temps.", POLICE, "undecided"),
        ("Sim, suponho. Mais para a frente.", POLICE, "undecided"),
        ("Me imagino que sí, tienen primos en esta ciudad.", KNOWS, "unsure"),
        ("Deve ser que sim, eles têm amigos nesta cidade.", KNOWS, "unsure"),
    ],
)
def test_her_guess_hedges_her_reply(text: str, fact: str, value: str) -> None:
    assert interpret_answer(fact, text).values.get(fact) == value


@pytest.mark.parametrize("text", ["Pode ser, a menstruação está atrasada.", "Puede ser, no sé."])
def test_maybe_to_a_question_of_her_state_is_no_yes(text: str) -> None:
    assert PREGNANT not in interpret_answer(PREGNANT, text).values


def test_maybe_to_an_offer_is_still_all_right() -> None:
    got = interpret_answer("food.needs_food_now", "Pode ser, obrigada.", question="Quer um chá?")
    assert got.values.get("food.needs_food_now") is True


@pytest.mark.parametrize(
    "text",
    [
        "No. Tres años en esa finca, ya es suficiente.",
        "Non. Trois ans dans ce restaurant, ça suffit.",
        "Não. Três anos naquela quinta, já chega.",
        "Pas maintenant. J'ai vécu au Maroc quatre ans avant.",
    ],
)
def test_years_said_to_another_question_are_how_long(text: str) -> None:
    got = interpret_answer(POLICE, text)
    assert AGE not in got.values
    assert got.values.get(POLICE) == "no"


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("No. I'm 22 and I just want to forget.", 22),
        ("Non. J'ai vingt-deux ans, je veux oublier.", 22),
        ("No. Tengo 22 años, quiero olvidar.", 22),
    ],
)
def test_her_age_said_unasked_in_her_words_stands(text: str, age: int) -> None:
    assert interpret_answer(POLICE, text).values.get(AGE) == age


@pytest.mark.parametrize(
    "text",
    [
        "Sí. Tiene mi cédula y mi pasaporte, no me los devuelve.",
        "Sim. Ainda tem o meu passaporte.",
    ],
)
def test_a_subjectless_have_before_my_papers_is_someone_elses_hands(text: str) -> None:
    got = interpret_answer(POLICE, text)
    assert got.values.get(DOCS) is not True
    assert got.offered().get(DOCS) is False


def test_her_own_have_before_my_papers_stays_hers() -> None:
    assert interpret_answer(POLICE, "Sí. Tengo mi pasaporte aquí.").values.get(DOCS) is True


@pytest.mark.parametrize(
    "text",
    [
        "Yes, my girl is with me. She is sleeping in the car outside.",
        "Oui, ma fille est avec moi. Elle dort dans la voiture dehors.",
        "Sim, o meu filho está comigo. Ele está a dormir no carro lá fora.",
    ],
)
def test_where_her_child_sleeps_is_not_her_bed_tonight(text: str) -> None:
    got = interpret_answer(CHILDREN, text, question="Are any children with you?")
    assert got.values.get(CHILDREN) == 1
    assert TONIGHT not in got.values


def test_her_own_night_in_a_car_stays_hers() -> None:
    got = interpret_answer(CHILDREN, "Yes, my girl. We are sleeping in the car.")
    assert got.values.get(TONIGHT) is True


@pytest.mark.parametrize(
    "text",
    [
        "No quiero pensar en esto ahora, perdón.",
        "I don't want to think about that right now.",
        "Je ne veux pas y penser maintenant.",
        "Não quero pensar nisso, desculpe.",
    ],
)
def test_a_decline_of_thinking_about_it_is_no_no(text: str) -> None:
    assert RETURN not in interpret_answer(RETURN, text).values


@pytest.mark.parametrize(
    "text", ["Please, I don't want to talk about those men.", "Por favor, no me pregunte por él."]
)
def test_please_is_no_yes_to_whether_they_know(text: str) -> None:
    assert interpret_answer(KNOWS, text).values.get(KNOWS) != "yes"


def test_a_safe_place_to_sleep_asked_in_portuguese_is_no_danger_question() -> None:
    text = (
        "Técnica: Tem um sítio seguro para dormir hoje?\n"
        "Intérprete: Ela diz que não, dormia em casa da patroa e já não pode lá voltar."
    )
    got = interpret_answer(TONIGHT, text)
    assert DANGER not in got.values
    assert got.values.get(TONIGHT) is True
