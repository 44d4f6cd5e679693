"""Whose language a note names, and how plainly (stop 34, langs34b).

A professional title cut short before a name ("Dr.", "Lic.", "Dra.", "Prof.") names a
helper, whose bracket "(who speaks ...)" is theirs; a classmate is another person, also
when a relative clause with "her" sits in the subject; "expresses herself more easily in"
names her main language; "même si / even if / aun si / mesmo se" is a concession, not a
condition. Invented notes in en/es/fr/pt, each with a counterpart that must give the value
(or must not)."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract

PREF = "person.preferred_language"
OTHERS = "person.other_languages"


def _values(text: str) -> dict:
    return dict(extract(text).values)


@pytest.mark.parametrize(
    ("text", "helper_langs"),
    [
        (
            "Her language is Tigrinya. Dr. Okafor (who speaks Igbo and French) will call her.",
            {"ig", "fr"},
        ),
        (
            "Su idioma es el mam. La Lic. Ramírez (que habla inglés y kiche) la llamará.",
            {"en", "quc"},
        ),
        ("Sa langue est le lingala. Le Dr. Martin (qui parle anglais) la verra demain.", {"en"}),
        ("A língua dela é o tétum. A Dra. Souza (que fala inglês) vai ligar amanhã.", {"en"}),
    ],
)
def test_a_titled_helpers_bracket_is_theirs(text: str, helper_langs: set[str]) -> None:
    got = _values(text)
    assert got.get(PREF) not in helper_langs
    assert not helper_langs & set(got.get(OTHERS) or [])


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("She prefers French. Her classmate who walked her to my office speaks Spanish.", "es"),
        ("Prefiere el francés. Su compañera de clase que la trajo habla inglés.", "en"),
        ("Elle préfère le wolof. Sa camarade de classe qui l'a amenée parle anglais.", "en"),
        ("Prefere o francês. A colega de turma que a trouxe fala inglês.", "en"),
    ],
)
def test_a_classmates_language_is_not_hers(text: str, code: str) -> None:
    got = _values(text)
    assert got.get(PREF) != code and code not in (got.get(OTHERS) or [])
    mine = _values(text.split(". ")[0] + ". She also speaks it: " + text.split(". ")[1])
    assert mine.get(PREF) != code  # (the first sentence still gives her own)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("She expresses herself more easily in Spanish.", "es"),
        ("Se expresa más fácilmente en inglés.", "en"),
        ("Elle s'exprime plus facilement en espagnol.", "es"),
        ("Ela se expressa mais facilmente em russo.", "ru"),
    ],
)
def test_more_easily_names_her_main_language(text: str, code: str) -> None:
    assert _values(text).get(PREF) == code


@pytest.mark.parametrize(
    ("text", "other", "question"),
    [
        (
            "She prefers Spanish, even if she also speaks Portuguese.",
            "pt",
            "We will call tomorrow to find out if she speaks Portuguese.",
        ),
        (
            "Prefiere el español, aun si también habla portugués.",
            "pt",
            "Mañana llamaremos para saber si habla portugués.",
        ),
        (
            "Elle préfère l'espagnol, même si elle parle aussi le portugais.",
            "pt",
            "Nous appellerons demain pour savoir si elle parle portugais.",
        ),
        (
            "Prefere o espanhol, mesmo se fala também português.",
            "pt",
            "Amanhã ligamos para saber se ela fala português.",
        ),
    ],
)
def test_a_concession_is_no_condition(text: str, other: str, question: str) -> None:
    assert other in (_values(text).get(OTHERS) or [])
    asked = _values(question)
    assert asked.get(PREF) != other and other not in (asked.get(OTHERS) or [])
