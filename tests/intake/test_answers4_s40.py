"""Stop 40 (answers4): an answer that does not plainly settle a fact of her now leaves it
open or settles only what it says of her. Invented answers, typed as a survivor would.

- "not me" first, then another person's state: her no; the other person's yes is theirs;
- a need told of a time gone by ("I was hungry this morning") is offered, never taken as
  said to the question;
- a no that negates her verb in a past tense ("No tenía dónde dormir") is no reply of now;
- a yes with an "if" clause is offered, not settled;
- a bare yes to two opposite alternatives of the fact answers neither.
"""

from __future__ import annotations

import pytest

from caseassist.intake.engine import IntakeSession
from caseassist.intake.facts import State
from caseassist.intake.read import interpret_answer

DANGER = "safety.in_immediate_danger"
URGENT = "medical.urgent_need"
FOOD = "food.needs_food_now"
TONIGHT = "shelter.needs_shelter_tonight"


def _at(fact_id: str, locale: str) -> IntakeSession:
    """A session with the question of `fact_id` open, in the staff's `locale`."""
    s = IntakeSession(staff_locale=locale, staff_languages=(locale,), recorded_by="t")
    for _ in range(60):
        q = s.next_question()
        assert q is not None
        if fact_id in q.facts:
            return s
        s.skip()
    raise AssertionError(fact_id)


def _value(s: IntakeSession, fact_id: str) -> object:
    fact = s.facts.get(fact_id)
    return fact.value if fact is not None and fact.state is State.KNOWN else None


@pytest.mark.parametrize(
    ("locale", "fact", "text"),
    [
        ("en", DANGER, "me no, my sister yes she is in danger"),
        ("en", DANGER, "not me. my frend is still there and she is not safe at all"),
        ("es", DANGER, "yo no, pero mi amiga sigue alla y ella si corre peligro"),
        ("fr", DANGER, "moi non. ma cousine oui elle est en danger, encore chez eux"),
        ("pt", DANGER, "eu não. a minha irmã sim, ela está em perigo"),
        ("es", URGENT, "yo no, mi compañera si necesita medico, ella esta sangrando"),
    ],
)
def test_not_me_first_then_another_persons_yes(locale: str, fact: str, text: str) -> None:
    s = _at(fact, locale)
    s.answer(text)
    assert _value(s, fact) is False  # her no; the state she goes on to name is theirs


@pytest.mark.parametrize(
    ("question", "text"),
    [
        ("Are you hungry?", "I was hungry this morning but I ate"),
        ("Tem fome?", "tinha fome de manhã mas já comi"),
        ("Are you hungry?", "no was hungry before, now ok i ate"),
    ],
)
def test_a_need_of_then_is_only_offered(question: str, text: str) -> None:
    got = interpret_answer(FOOD, text, question)
    assert got.values.get(FOOD) is not True
    assert got.offered().get(FOOD) is True


@pytest.mark.parametrize("locale", ["en", "pt"])
def test_a_need_of_then_is_not_her_need_now_in_a_session(locale: str) -> None:
    text = {"en": "i was so hungry yesterday, the lady gave me rice", "pt": "ontem tinha fome"}
    s = _at(FOOD, locale)
    s.answer(text[locale])
    assert _value(s, FOOD) is not True


@pytest.mark.parametrize(
    ("question", "text"),
    [
        (
            "¿Tienes dónde dormir esta noche?",
            "no tenía donde dormir, ahora estoy en casa de mi tía",
        ),
        ("Tem onde dormir esta noite?", "nao tinha onde ficar, agora fico com a minha tia"),
        (
            "Tem onde dormir esta noite?",
            "não tinha onde dormir mas agora estou em casa da minha tia",
        ),
        (
            "Avez-vous un endroit pour dormir ?",
            "je n'avais nulle part ou dormir, maintenant chez ma tante",
        ),
    ],
)
def test_a_no_of_then_is_no_reply_of_now(question: str, text: str) -> None:
    assert interpret_answer(TONIGHT, text, question).values.get(TONIGHT) is not True


@pytest.mark.parametrize(
    ("question", "text", "value"),
    [
        ("¿Tienes dónde dormir esta noche?", "No tengo donde dormir", True),
        ("Tem onde dormir esta noite?", "Não tenho onde dormir", True),
        ("¿Estás embarazada?", "no estoy", False),
    ],
)
def test_a_no_of_now_stays(question: str, text: str, value: bool) -> None:
    fact = TONIGHT if "dormir" in question else "household.pregnant"
    assert interpret_answer(fact, text, question).values.get(fact) is value


def test_plain_no_to_danger_stays() -> None:
    s = _at(DANGER, "pt")
    s.answer("não")
    assert _value(s, DANGER) is False


POLICE = "safety.wants_law_enforcement"
CONSENT = "consent.share_with_providers"


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("es", "si me prometen q no me deportan, si"),
        ("fr", "oui si on me protege"),
        ("fr", "oui, s'ils me protègent"),
        ("pt", "sim, se me protegerem"),
        ("en", "yes if they dont send me back"),
    ],
)
def test_a_police_yes_on_a_condition_is_not_settled(locale: str, text: str) -> None:
    s = _at(POLICE, locale)
    s.answer(text)
    assert _value(s, POLICE) is None  # what she wants and what it takes: for staff to ask


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("es", "si si, claro"),
        ("es", "Sí, sí, quiero denunciar"),
        ("fr", "oui, je veux"),
        ("pt", "sim sim"),
    ],
)
def test_a_plain_police_yes_stays(locale: str, text: str) -> None:
    s = _at(POLICE, locale)
    s.answer(text)
    assert _value(s, POLICE) == "yes"


@pytest.mark.parametrize(
    ("fact", "question", "text"),
    [
        (DANGER, "Do you feel safe here, or are you in danger?", "yes"),
        (DANGER, "Vous vous sentez en sécurité ici, ou vous êtes en danger ?", "oui"),
        (TONIGHT, "Do you have a place to sleep tonight, or do you need one?", "yes"),
        (TONIGHT, "¿Tiene usted dónde dormir esta noche, o necesita un lugar?", "si"),
        (TONIGHT, "Tem onde dormir hoje, ou precisa de um lugar?", "sim"),
    ],
)
def test_a_bare_yes_to_two_opposite_alternatives_answers_neither(
    fact: str, question: str, text: str
) -> None:
    assert fact not in interpret_answer(fact, text, question).values


@pytest.mark.parametrize(
    ("fact", "question", "text", "value"),
    [
        (TONIGHT, "Avez-vous un endroit sur ou dormir ce soir ?", "oui", False),
        (
            TONIGHT,
            "Do you have a place to sleep tonight, or do you need one?",
            "I can sleep at my aunts house tonight",
            False,
        ),
        (
            DANGER,
            "Do you feel safe here, or are you in danger?",
            "i am in danger, he knows this place",
            True,
        ),
        (POLICE, "Do you want to talk to the police, or not right now?", "no", "no"),
    ],
)
def test_an_answer_that_says_which_stays(
    fact: str, question: str, text: str, value: object
) -> None:
    assert interpret_answer(fact, text, question).values.get(fact) == value
