"""Stop 36 (langs36): an interpreter had in a past year ("Em 2021, ...") is no need
now; a language spoken "just enough" ("lo justo", "le strict minimum", "só o mínimo") is
only offered among her others. Invented sentences in the four languages, each with a
counterpart that must still give the value."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract
from tests.intake.reading import INTERP, OTHERS, PREF, offered, weighed

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
    got = weighed(text)
    assert got.get(PREF) == "vi" and got.get(OTHERS) == ["en"]
