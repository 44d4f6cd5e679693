"""Stop 32 (langs32b): a second language written plainly. A name that is also a word
("fang", "forro") read in a list of languages only; a preference bracket that takes its
language up by code ("francais (prefere le fr) + ewondo"); her answers to dashed
questions put to her ("- D'où venez-vous ? ... Je parle ..."); "prefers it that way";
Portuguese "prefiro". Invented sentences in the four languages."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract

_PREF = "person.preferred_language"
_OTHER = "person.other_languages"


def _read(text: str) -> tuple[object, object]:
    values = extract(text).values
    return values.get(_PREF), values.get(_OTHER)


@pytest.mark.parametrize(
    "text",
    [
        "She speaks Spanish and Fang. She prefers Spanish.",
        "Habla español y fang. Prefiere el español.",
        "Elle parle espagnol et fang. Elle préfère l'espagnol.",
        "Fala espanhol e fang; prefere o espanhol.",
    ],
)
def test_fang_beside_another_language(text: str) -> None:
    assert _read(text) == ("es", ["fan"])


@pytest.mark.parametrize(
    "text",
    [
        "The dog showed a fang. She speaks Spanish.",
        "El perro enseñó un fang. Habla español.",
        "Le chien montrait un fang. Elle parle espagnol.",
        "O casaco tem forro. Fala espanhol.",
    ],
)
def test_a_word_outside_a_language_list_is_no_language(text: str) -> None:
    assert _read(text) == ("es", None)


@pytest.mark.parametrize(
    "text",
    [
        "Languages: Portuguese (preferred), Forro.",
        "Idiomas: portugués (preferido), forro.",
        "Langues : portugais (préférée), forro.",
        "Línguas: português (preferida), forro.",
    ],
)
def test_forro_in_a_language_form_line(text: str) -> None:
    assert _read(text) == ("pt", ["cri"])


@pytest.mark.parametrize(
    "text",
    [
        "Speaks English (prefers Eng) + Ewondo.",
        "Habla español (prefiere el esp) + ewondo.",
        "Parle français (préfère le fr) + ewondo.",
        "Fala português (prefere o pt) + ewondo.",
    ],
)
def test_preference_bracket_naming_its_language_by_code(text: str) -> None:
    pref, others = _read(text)
    assert others == ["ewo"] and pref in {"en", "es", "fr", "pt"}


@pytest.mark.parametrize(
    ("text", "pref"),
    [
        (
            "- How old are you? 30.\n- Where are you from? Comoros. I speak Shingazidja and "
            "French. I prefer French.",
            "fr",
        ),
        (
            "- ¿Cuántos años tiene usted? 30.\n- ¿De dónde es usted? De Comoras. Hablo "
            "shingazidja y francés. Prefiero el francés.",
            "fr",
        ),
        (
            "- Quel âge avez-vous ? 30 ans.\n- D'où venez-vous ? Des Comores. Je parle "
            "shingazidja et le français aussi. Je préfère le français.",
            "fr",
        ),
        (
            "- Quantos anos você tem? 30.\n- De onde você é? Das Comores. Falo shingazidja e "
            "francês. Prefiro o francês.",
            "fr",
        ),
    ],
)
def test_her_answers_to_dashed_questions(text: str, pref: str) -> None:
    assert _read(text) == (pref, ["zdj"])


@pytest.mark.parametrize(
    "text",
    [
        "Intake done. I speak Spanish and Wolof, so no interpreter.",
        "Admisión hecha. Hablo español y wolof, sin intérprete.",
        "Accueil fait. Je parle espagnol et wolof, pas d'interprète.",
        "Acolhimento feito. Falo espanhol e wolof, sem intérprete.",
    ],
)
def test_the_writers_own_i_outside_a_dialogue_is_not_hers(text: str) -> None:
    assert _read(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Speaks Tigrinya and Arabic; with me she spoke Arabic and said she prefers it that way.",
        "Habla tigriña y árabe; conmigo habló en árabe y dijo que lo prefiere así.",
        "Parle tigrigna et arabe ; avec moi elle a parlé en arabe et a dit qu'elle préfère ainsi.",
        "Fala tigrínia e árabe; comigo falou em árabe e disse que prefere assim.",
    ],
)
def test_prefers_it_that_way(text: str) -> None:
    assert _read(text) == ("ar", ["ti"])


@pytest.mark.parametrize(
    "text",
    [
        "Speaks Tigrinya and Arabic; with me she spoke Arabic but did not say she prefers it that way.",
        "Habla tigriña y árabe; conmigo habló en árabe, no dijo si lo prefiere así.",
        "Parle tigrigna et arabe ; avec moi en arabe, elle n'a pas dit si elle préfère ainsi.",
        "Fala tigrínia e árabe; comigo falou em árabe, mas não disse se prefere assim.",
    ],
)
def test_a_preference_not_said_is_not_applied(text: str) -> None:
    assert extract(text).values.get(_PREF) is None
