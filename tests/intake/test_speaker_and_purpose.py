"""Whose wish, whose office, whose "without risk": four readings a blind round set wrong.

A caller who rings for a colleague wishes the police for her ("Moi je voudrais qu'elle
porte plainte") while she refuses; a counsellor writes "she came to my office"; a parish
gives a way "to reach her without risk"; an answer declines the police question, then
says "maybe tomorrow". None of these states the survivor's police wish, that someone of
the trafficker's knows where she is, or that she is out of danger."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract, interpret_answer

POLICE = "safety.wants_law_enforcement"
KNOWS = "safety.trafficker_knows_location"
DANGER = "safety.in_immediate_danger"


@pytest.mark.parametrize(
    "note",
    [
        "Écoutante : Bonjour.\nAppelant : J'appelle pour une collègue. Moi c'est Karim.\n"
        "Appelant : Elle a 23 ans, elle est péruvienne.\n"
        "Appelant : Moi je voudrais qu'elle porte plainte contre le patron. Mais elle a peur.",
        "Operator: Hello.\nCaller: I'm calling about a friend. She is 22, from Peru.\n"
        "Caller: She sleeps at the restaurant.\nCaller: I would like her to press charges.",
        "Operadora: Buenas.\nLlamante: Llamo por una compañera. Ella tiene 22 años.\n"
        "Llamante: Ella duerme en el restaurante.\nLlamante: Yo quiero que ella denuncie al patrón.",
        "Operadora: Bom dia.\nChamador: Estou a ligar por uma colega. Ela tem 22 anos.\n"
        "Chamador: Ela dorme no restaurante.\nChamador: Eu queria que ela apresentasse queixa.",
    ],
)
def test_a_callers_own_wish_for_her_is_not_hers(note):
    assert extract(note).values.get(POLICE) != "yes"


def test_a_caller_who_is_her_keeps_her_own_wish():
    note = "Operator: Hello.\nCaller: I want to press charges against my boss."
    assert extract(note).values.get(POLICE) == "yes"


@pytest.mark.parametrize(
    "note",
    [
        "She came to my office yesterday and again this morning.",
        "He came to my office yesterday; he is 19.",
        "Ella vino a mi oficina ayer por la tarde.",
    ],
)
def test_she_coming_to_the_writers_office_is_not_a_knower(note):
    got = extract(note)
    assert KNOWS not in got.values and KNOWS not in got.offered()


def test_the_trafficker_coming_to_the_office_still_knows():
    assert extract("The trafficker came to my office yesterday.").values.get(KNOWS) == "yes"


@pytest.mark.parametrize(
    "note",
    [
        "Pour la joindre sans risque : passer par moi, au secrétariat de la paroisse.",
        "Para contactarla sin riesgo: llamar a la parroquia.",
        "To reach her safely, call the parish office.",
        "Para a contactar em segurança: ligar para a paróquia.",
    ],
)
def test_a_safe_way_to_reach_her_says_nothing_of_danger(note):
    assert DANGER not in extract(note).values


def test_without_risk_said_of_her_is_still_read():
    assert extract("Ella está sin riesgo ahora.").values.get(DANGER) is False


@pytest.mark.parametrize(
    "answer",
    [
        "I'm sorry, I would rather not answer that now. Maybe tomorrow.",
        "Lo siento, prefiero no contestar. Quizás mañana.",
        "Désolée, je préfère ne pas répondre. Peut-être demain.",
        "Desculpe, preferia não responder agora. Talvez amanhã.",
    ],
)
def test_a_declined_question_then_maybe_tomorrow_gives_no_value(answer):
    assert POLICE not in interpret_answer(POLICE, answer).values


def test_what_a_declining_answer_states_besides_stays():
    text = "Sorry, I would rather not answer that now. Could I eat something? I am so hungry."
    got = interpret_answer(POLICE, text).values
    assert POLICE not in got and got.get("food.needs_food_now") is True


def test_an_apology_before_a_plain_no_is_still_a_no():
    assert interpret_answer(POLICE, "Sorry, no.").values.get(POLICE) == "no"


@pytest.mark.parametrize(
    "note",
    [
        "Boa noite irmãos, paz do Senhor. Tem uma irmã aqui na igreja, brasileira, 34 anos. "
        "Ela saiu da casa onde trabalhava. Ela não tem onde dormir hoje.",
        "Buenas noches hermanos, que Dios los bendiga. Tenemos una muchacha de 20 años. "
        "Ella necesita dónde dormir esta noche.",
        "Dear colleagues, a woman from our parish needs a bed tonight. She is 40.",
    ],
)
def test_a_greeting_or_a_blessing_tells_no_gender(note):
    assert extract(note).values.get("person.gender") == "female"


@pytest.mark.parametrize(
    "answer",
    [
        "Yes. He comes at 3:30 and he will be very angry if I'm not there",
        "Yes. They might come back if they find out.",
    ],
)
def test_a_later_sentence_about_him_does_not_hedge_her_yes(answer):
    got = interpret_answer(DANGER, answer, question="Are you in danger right now?")
    assert got.values.get(DANGER) is True


def test_a_maybe_of_her_own_still_hedges_her_yes():
    got = interpret_answer(DANGER, "Yes. Maybe.", question="Are you in danger right now?")
    assert DANGER not in got.values
