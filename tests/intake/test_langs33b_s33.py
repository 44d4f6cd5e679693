"""Stop 33 (langs33b): a language "easier" for her is her main one; in a chat, a staff
turn's "I speak" is not hers; a lesser level word ("ok-ish") outranks the "ok" in it; a
dotted form line keeps its label when its value holds a colon; a bracket naming another
person's role stays theirs past a ";"; "->" ends a clause; "de <city>" after her country
is no language. Invented sentences in the four languages, each with a counterpart."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract
from tests.intake.reading import INTERP, OTHERS, PREF, offered


def _hers(text: str) -> list[str]:
    got = extract(text).values
    return [x for x in [got.get(PREF), *(got.get(OTHERS) or [])] if x]


@pytest.mark.parametrize(
    "text",
    [
        "English is easier for her, she speaks Spanish with her aunt.",
        "El inglés le es más fácil, habla español con su tía.",
        "L'anglais est plus facile pour elle, elle parle espagnol avec sa tante.",
        "O inglês é mais fácil para ela, fala espanhol com a tia.",
    ],
)
def test_a_language_easier_for_her_is_her_main_one(text):
    got = extract(text).values
    assert got.get(PREF) == "en"
    assert got.get(OTHERS) == ["es"]


@pytest.mark.parametrize(
    "text",
    [
        "INT : Quelle langue est la plus facile pour vous?\nAPP : Le wolof. Le français aussi.",
        "Q: Which language is easiest for you?\nA: Wolof. French too.",
    ],
)
def test_a_question_for_the_easiest_language_makes_the_first_reply_hers(text):
    assert extract(text).values.get(PREF) == "wo"


@pytest.mark.parametrize(
    "text",
    [
        "English is not easier for her. She speaks Spanish.",
        "El inglés no le es más fácil. Habla español.",
        "L'anglais n'est pas plus facile pour elle. Elle parle espagnol.",
        "O inglês não é mais fácil para ela. Fala espanhol.",
    ],
)
def test_a_language_not_easier_is_not_her_main_one(text):
    assert extract(text).values.get(PREF) == "es"


_CHAT = (
    "[10:01] visitor: hi is anyone there\n"
    "[10:02] counselor Ann: Hi, yes. Are you safe right now?\n"
    "[10:03] visitor: english is easier for me, i speak tagalog with my lola\n"
)


def test_her_chat_turn_says_which_language_is_easier():
    assert extract(_CHAT).values.get(PREF) == "en"


def test_the_counselors_own_i_speak_is_not_hers():
    text = _CHAT + "[10:04] counselor Ann: I speak French too if that helps.\n"
    assert "fr" not in _hers(text)


@pytest.mark.parametrize(
    "text",
    [
        "speaks pashto, english ok-ish.",
        "Habla pastún, inglés más o menos.",
        "Parle pachto, anglais moyen.",
        "Fala pashto, inglês assim assim.",
    ],
)
def test_a_lesser_level_word_leaves_the_other_her_main_one(text):
    got = extract(text).values
    assert got.get(PREF) == "ps"
    assert "en" not in (got.get(OTHERS) or [])
    assert offered(text, OTHERS) == ["en"]


def test_a_language_only_ok_states_no_main_one():
    assert extract("speaks pashto, english ok.").values.get(PREF) is None


@pytest.mark.parametrize(
    "text",
    [
        "Idioma .......... guaraní (preferido) / español: sí, lo habla",
        "Langue .......... wolof (préférée) / français : oui",
    ],
)
def test_a_dotted_form_line_with_a_colon_in_its_value(text):
    got = extract(text).values
    assert got.get(PREF) in ("gn", "wo")
    assert got.get(OTHERS) in (["es"], ["fr"])


@pytest.mark.parametrize(
    "text",
    [
        "Abdul (mediator; speaks Hausa). She speaks Edo.",
        "Abdul (mediador; habla hausa). Ella habla edo.",
        "Abdul (médiateur ; parle haoussa). Elle parle edo.",
        "Abdul (mediador; fala hauçá). Ela fala edo.",
    ],
)
def test_a_helpers_bracket_past_a_semicolon_is_the_helpers(text):
    assert _hers(text) == ["bin"]


def test_a_bracket_about_her_past_a_semicolon_is_hers():
    assert "ha" in _hers("Amina (usuária; fala hauçá).")


@pytest.mark.parametrize(
    "text",
    [
        "Lang: Ro; no Eng -> needs interp.",
        "no inglés -> necesita intérprete.",
        "não fala português -> precisa de intérprete.",
    ],
)
def test_an_arrow_ends_the_clause_of_a_denied_language(text):
    got = extract(text)
    assert got.values.get(INTERP) is not False
    assert got.values.get(INTERP) or offered(text, INTERP)


def test_an_arrow_still_carries_a_plain_no():
    assert extract("speaks English -> no interpreter needed.").values.get(INTERP) is False


@pytest.mark.parametrize(
    "text",
    ["Du Cameroun, de Douala.", "Elle est du Cameroun, de Douala."],
)
def test_a_place_after_her_country_is_no_language(text):
    assert "dua" not in _hers(text)


def test_a_language_after_her_country_is_still_read():
    assert "dua" in _hers("Du Cameroun. Parle douala.")
