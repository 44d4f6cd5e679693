"""Round 5, needs: whose a statement is when its clause names no subject of its own.

The topic carried from the clause before ("Her son is sick, needs a doctor"), a
third-person pronoun in an answer given in the first person ("Moi ça va. Ma sœur, elle, a
besoin d'un docteur"), a cleft that names its subject after the statement ("Quem precisa
de médico é o meu filho"). Invented sentences; must-not-fire as many as must-fire."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract, interpret_answer

URGENT = "medical.urgent_need"
FOOD = "food.needs_food_now"

# answers to "do you need a doctor today?" that speak of someone else's need: a no for her
OTHERS_NEED_IN_ANSWER = [
    "No, I'm fine. It's my son who is sick, he needs a doctor.",
    "No, I'm okay. My sister, she needs a doctor, she has a fever.",
    "No. Who needs a doctor is my little boy.",
    "No, yo estoy bien. Mi hermana, ella necesita un médico.",
    "No, yo estoy bien. Mi hija tiene fiebre, necesita un médico.",
    "Não, eu estou bem. O meu filho tem febre, precisa de um médico.",
    "No, gracias. Quien necesita médico es mi hija, tiene fiebre.",
    "Non, moi ça va. C'est mon fils qui a de la fièvre, il a besoin d'un docteur.",
    "Non merci. Ma mère, elle, a besoin d'un médecin, elle tousse.",
    "Não, eu estou bem. Quem precisa de médico é a minha filha.",
    "Não, obrigada. O meu marido, ele precisa de um médico.",
]


@pytest.mark.parametrize("text", OTHERS_NEED_IN_ANSWER)
def test_someone_elses_need_in_her_answer_is_no_need_of_hers(text: str) -> None:
    assert interpret_answer(URGENT, text).values.get(URGENT) is False


# her own need, said in the same shapes: must still be read
HER_OWN_NEED_IN_ANSWER = [
    "Yes. My son is with me, I need a doctor, my arm is broken.",
    "Yes please, I need a doctor today.",
    "Sí. Mi hijo está conmigo, necesito un médico hoy.",
    "Sí, necesito un médico, me duele mucho.",
    "Oui. Mon fils est avec moi, j'ai besoin d'un médecin.",
    "Oui, moi j'ai besoin d'un médecin aujourd'hui.",
    "Sim. O meu filho está comigo, preciso de um médico.",
    "Sim, preciso de um médico hoje.",
    # an interpreter's relay in the third person: "she" is the survivor there
    "She says yes, she needs a doctor today.",
]


@pytest.mark.parametrize("text", HER_OWN_NEED_IN_ANSWER)
def test_her_own_need_in_the_same_shapes_still_reads(text: str) -> None:
    assert interpret_answer(URGENT, text).values.get(URGENT) is True


# a person set apart, then a pronoun that takes it up: that person (in a note too)
OTHERS_TOPIC_IN_NOTE = [
    "Arrivée ce matin. Mais son fils, il a besoin d'un médecin.",
    "Arrived today. Her daughter, she needs a doctor.",
    "Llegó hoy. Su hija, ella necesita un médico.",
    "Chegou hoje. O filho, ele precisa de um médico.",
]


@pytest.mark.parametrize("text", OTHERS_TOPIC_IN_NOTE)
def test_a_pronoun_after_a_person_set_apart_is_that_person(text: str) -> None:
    assert extract(text).values.get(URGENT) is None


# in a note a verb with no subject after another person's clause is still hers
HER_TOPIC_IN_NOTE = [
    "Her family sold her, needs a doctor today.",
    "A família vendeu-a, precisa de um médico hoje.",
    "Su patrón la encerraba, necesita un médico hoy.",
    "Son patron l'enfermait, a besoin d'un médecin aujourd'hui.",
    "She came with her son, needs a doctor today.",
    "She arrived with her son. She needs a doctor today.",
    "Llegó con su hijo, necesita un médico hoy.",
    "Elle est arrivée avec son fils, a besoin d'un médecin aujourd'hui.",
    "Veio com o filho, precisa de um médico hoje.",
    # a speaker's label before a colon is no topic
    "Caseworker: she needs a doctor today.",
    "Promotora: necesita un médico hoy.",
    "Son fils est avec elle. Elle a besoin d'un médecin aujourd'hui.",
    "Her daughter is safe with family, she needs a doctor today.",
]


@pytest.mark.parametrize("text", HER_TOPIC_IN_NOTE)
def test_her_own_statement_after_another_persons_clause(text: str) -> None:
    assert extract(text).values.get(URGENT) is True


FAMILY = "reintegration.wants_family_contact"


@pytest.mark.parametrize(
    "text",
    [
        "Su hija vive en Guayaquil, quiere hablar con ella.",
        "Her sister lives in Lagos, wants to call her.",
        "Sa sœur vit à Dakar, veut lui parler.",
        "A irmã vive em Luanda, quer falar com ela.",
    ],
)
def test_a_topic_taken_up_after_the_statement_is_not_its_subject(text: str) -> None:
    assert extract(text).values.get(FAMILY) is True


@pytest.mark.parametrize(
    "text",
    [
        "No, I'm okay. My daughter, she is hungry.",
        "No, yo estoy bien. Mi hija, ella tiene hambre.",
        "Non, moi ça va. Mon fils, il a faim.",
        "Não, eu estou bem. A minha filha, ela tem fome.",
    ],
)
def test_the_same_for_hunger_told_of_another_in_an_answer(text: str) -> None:
    assert interpret_answer(FOOD, text).values.get(FOOD) is False
