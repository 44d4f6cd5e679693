"""Stop 36 (langs36): a language only said to be spoken well, with no main one, is offered
as preferred, not applied; an interpreter had in a past year ("Em 2021, ...") is no need
now; a language spoken "just enough" ("lo justo", "le strict minimum", "só o mínimo") is
only offered among her others. Invented sentences in the four languages, each with a
counterpart that must still give the value."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract
from tests.intake.reading import INTERP, OTHERS, PREF, offered

# --- spoken well, nothing said of her main language --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "She speaks English well.",
        "Habla bien inglés.",
        "Elle parle bien anglais.",
        "Ela fala bem inglês.",
    ],
)
def test_a_language_spoken_well_alone_is_only_offered_as_preferred(text: str) -> None:
    got = extract(text)
    assert PREF not in got.values
    assert offered(text, PREF) == "en"


@pytest.mark.parametrize(
    "text",
    [
        "Her mother tongue is Tagalog and she speaks English well.",
        "Su lengua materna es el tagalo y habla bien inglés.",
        "Sa langue maternelle est le tagalog et elle parle bien anglais.",
        "A língua materna dela é o tagalo e fala bem inglês.",
    ],
)
def test_a_main_language_beside_one_spoken_well_is_still_preferred(text: str) -> None:
    values = extract(text).values
    assert values.get(PREF) == "tl" and values.get(OTHERS) == ["en"]


# --- an interpreter in a past year -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "In 2021, she was seen with a Spanish interpreter.",
        "En 2021, fue atendida con intérprete de árabe.",
        "En 2021, elle a été reçue avec un interprète d'arabe.",
        "Em 2021, foi atendida com intérprete de árabe.",
    ],
)
def test_an_interpreter_in_a_past_year_is_no_need_now(text: str) -> None:
    assert INTERP not in extract(text).values


@pytest.mark.parametrize(
    "text",
    [
        "Today she was seen with a Spanish interpreter.",
        "Hoy fue atendida con intérprete de árabe.",
        "Aujourd'hui elle a été reçue avec un interprète d'arabe.",
        "Hoje foi atendida com intérprete de árabe.",
    ],
)
def test_an_interpreter_today_is_a_need(text: str) -> None:
    assert extract(text).values.get(INTERP) is True


# --- "just enough" ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Speaks Vietnamese, English just enough.",
        "Habla vietnamita, inglés lo justo.",
        "Parle vietnamien, anglais le strict minimum.",
        "Fala vietnamita, inglês só o mínimo.",
    ],
)
def test_a_language_spoken_just_enough_is_only_offered(text: str) -> None:
    got = extract(text)
    assert got.values.get(PREF) == "vi" and OTHERS not in got.values
    assert offered(text, OTHERS) == ["en"]


@pytest.mark.parametrize(
    "text",
    [
        "Speaks Vietnamese, English fluent.",
        "Habla vietnamita, inglés fluido.",
        "Parle vietnamien, anglais courant.",
        "Fala vietnamita, inglês fluente.",
    ],
)
def test_a_language_spoken_fluently_is_listed(text: str) -> None:
    got = extract(text)
    assert got.values.get(PREF) == "vi" and got.values.get(OTHERS) == ["en"]
