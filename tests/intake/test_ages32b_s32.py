"""Her age, sex and origin on fresh writing (stop 32, ages32b).

A description that opens with the number ("17, boy, from albania"); a sex mark and age
leading her origin ("M 31yo, PNG"); "other victims" and a person of the other sex are
someone else; a relative set out as the topic before a pronoun ("Sa mère, elle a 60
ans"); the feminine of a role word ("appelante"); an age answered after two questions.
Invented notes in en/es/fr/pt, each with a counterpart that must not give the value."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract

AGE = "person.age"
SEX = "person.gender"
ORIGIN = "person.country_of_origin"


def _values(text: str) -> dict:
    return extract(text).values


# ------------------------------------------------------------ the number opens her description


@pytest.mark.parametrize(
    ("text", "age", "sex"),
    [
        ("Kim 20:14: 16, girl, from ghana. speaks twi", 16, "female"),
        ("16, chica, de Honduras. Habla garífuna.", 16, "female"),
        ("24, femme, du Mali. Parle bambara.", 24, "female"),
        ("19, rapaz, de Angola. Fala umbundu.", 19, "male"),
    ],
)
def test_number_opening_her_description(text: str, age: int, sex: str) -> None:
    got = _values(text)
    assert got.get(AGE) == age and got.get(SEX) == sex


@pytest.mark.parametrize(
    "text",
    [
        "Kim 20:14: maybe 16, girl, from ghana.",
        "Kim 20:14: 16, girl, her sister.",
        "Quizás 16, chica, de Honduras.",
        "Peut-être 24, femme, du Mali.",
    ],
)
def test_number_opening_hedged_or_other(text: str) -> None:
    assert AGE not in _values(text)


# ------------------------------------------------------------ a sex mark and age lead her origin


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("M 27yo, Ghana (Ashanti)", "GH"),
        ("F 22, Honduras", "HN"),
        ("H 30 ans, Mali", "ML"),
        ("F 25 anos, Angola", "AO"),
    ],
)
def test_sex_mark_age_then_country(text: str, code: str) -> None:
    assert _values(text).get(ORIGIN) == code


@pytest.mark.parametrize("text", ["M 27yo, Ghana?", "F 22, Honduras maybe"])
def test_sex_mark_age_then_doubted_country(text: str) -> None:
    assert ORIGIN not in _values(text)


# ------------------------------------------------------------ other victims are someone else


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("She is from Peru. Other victims: 1 (M, 30, Bolivia).", "PE"),
        ("Ella es de Honduras. Otras víctimas: 1 (M, 30, México).", "HN"),
        ("Elle vient du Mali. Autre victime : H, 25 ans, Guinée.", "ML"),
        ("Ela é de Angola. Outra vítima: M, 25 anos, Moçambique.", "AO"),
    ],
)
def test_other_victims_line(text: str, code: str) -> None:
    got = _values(text)
    assert got.get(ORIGIN) == code and got.get(SEX) != "male" and AGE not in got


def test_a_victim_line_is_hers() -> None:
    got = _values("Victim: F, 22, Peru.")
    assert got.get(ORIGIN) == "PE" and got.get(AGE) == 22


# ------------------------------------------------------------ a person of the other sex


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The man is 38, from Cape Verde. The woman from Senegal is fine.", "CV"),
        ("El hombre es de Honduras. Una mujer de México estaba con él.", "HN"),
        ("Homme, 40 ans, du Mali. Une femme du Sénégal va bien.", "ML"),
        ("O homem tem 40 anos, é de Angola. A mulher do Brasil está bem.", "AO"),
    ],
)
def test_other_sex_person_origin(text: str, code: str) -> None:
    assert _values(text).get(ORIGIN) == code


def test_same_sex_person_origin_stays_unsettled() -> None:
    got = _values("The man is 38, from Cape Verde. The man from Senegal is fine.")
    assert got.get(ORIGIN) != "SN"


# ------------------------------------------------------------ a relative set out as the topic


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("How old are you? 24. Her mother, she is 60, she speaks Shikomori.", 24),
        ("¿Qué edad tienes? 24 años. Su madre, ella tiene 60 años.", 24),
        ("Quel âge avez-vous ? 24 ans. Sa mère, elle a 60 ans.", 24),
        ("Que idade tem? 24 anos. A mãe dele, ela tem 60 anos.", 24),
    ],
)
def test_relative_as_topic(text: str, age: int) -> None:
    assert _values(text).get(AGE) == age


@pytest.mark.parametrize(
    "text",
    [
        "Her mother, she is 60.",
        "Su madre, ella tiene 60 años.",
        "Sa mère, elle a 60 ans.",
        "A mãe dele, ela tem 60 anos.",
    ],
)
def test_relative_topic_age_never_hers(text: str) -> None:
    assert AGE not in _values(text)


def test_her_own_topic_keeps_her_age() -> None:
    assert _values("The girl, she is 16.").get(AGE) == 16


# ------------------------------------------------------------ the feminine of a role word


@pytest.mark.parametrize(
    "text",
    [
        "Appelante parle à voix basse. Elle a 24 ans.",
        "La beneficiaria tiene 30 años.",
        "A chamadora tem 22 anos.",
    ],
)
def test_feminine_role_word(text: str) -> None:
    assert _values(text).get(SEX) == "female"


@pytest.mark.parametrize(
    "text",
    [
        "L'appelante, une voisine, signale un homme enfermé.",
        "La usuaria, una vecina, avisa de un hombre encerrado.",
        "The woman, a neighbour, reports a man locked in.",
    ],
)
def test_role_word_set_off_as_another(text: str) -> None:
    assert _values(text).get(SEX) != "female"


# ------------------------------------------------------------ an age after two questions


@pytest.mark.parametrize(
    "text",
    [
        "OP: What's your name? And how old are you?\nC: I'm sixteen.",
        "OP: ¿Cómo te llamas? ¿Y cuántos años tienes?\nLL: Tengo dieciséis.",
        "OP: Quel est ton nom ? Et quel âge as-tu ?\nA: J'ai seize. Le nom après.",
        "OP: Como te chamas? E quantos anos tens?\nC: Tenho dezasseis.",
    ],
)
def test_age_after_two_questions(text: str) -> None:
    assert _values(text).get(AGE) == 16


@pytest.mark.parametrize(
    "text",
    [
        "OP: ¿De dónde eres? ¿Cuántos años tienes?\nLL: Dieciséis.",
        "OP: ¿Cómo te llamas? ¿Y cuántos años tienes?\nLL: Tengo dos hijos.",
    ],
)
def test_bare_or_other_reply_after_two_questions(text: str) -> None:
    assert AGE not in _values(text)
