"""Stop 34 (lang34): a language under a condition or an open question, or said of many
people, is not hers; another person's need for an interpreter is not hers; "sans doute"
is a hedge; "se defiende bien en" is a second language, never her main one; in an
answer, a language studied or a short topic naming her child is not hers. Invented
sentences in the four languages, each with a counterpart that must still give the value."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract, interpret_answer
from tests.intake.reading import INTERP, OTHERS, PREF, offered

# --- a condition or an open question ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "If she prefers Dari, we will book an interpreter tomorrow.",
        "Si prefiere hablar en dari, mañana pediremos intérprete.",
        "Nous vérifierons demain si elle préfère le dari ou l'anglais.",
        "Se ela preferir falar em dari, a técnica pode atender sem intérprete.",
    ],
)
def test_a_condition_or_question_names_no_language_of_hers(text: str) -> None:
    values = extract(text).values
    assert PREF not in values and OTHERS not in values


@pytest.mark.parametrize(
    "text",
    [
        "She prefers Dari.",
        "Prefiere hablar en dari.",
        "Elle préfère le dari.",
        "Ela prefere falar em dari.",
    ],
)
def test_a_plain_preference_is_still_read(text: str) -> None:
    assert extract(text).values.get(PREF) == "prs"


# --- many people ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Many workers on that farm speak Punjabi.",
        "Muchas trabajadoras de la finca hablan panyabí.",
        "Beaucoup d'ouvrières de la ferme parlent pendjabi et préfèrent le pendjabi.",
        "Muitas trabalhadoras da quinta falam panjabi.",
    ],
)
def test_many_people_speaking_is_not_her(text: str) -> None:
    assert PREF not in extract(text).values


def test_her_own_superlative_is_not_many_people() -> None:
    assert extract("Speaks Punjabi and Hindi; most comfortable in Punjabi.").values[PREF] == "pa"


# --- another person's interpreter -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Her neighbour, who drove her here, speaks only Tigrinya and will need an interpreter.",
        "Su vecina, que la trajo, solo habla tigriña y necesitará intérprete.",
        "Sa voisine, qui l'a amenée, ne parle que le tigrigna et aura besoin d'un interprète.",
        "A vizinha que a trouxe fala só tigrínia e vai precisar de intérprete.",
    ],
)
def test_another_persons_need_for_an_interpreter_is_not_hers(text: str) -> None:
    assert INTERP not in extract(text).values


@pytest.mark.parametrize(
    "text",
    [
        "She speaks only Tigrinya and will need an interpreter.",
        "Solo habla tigriña y necesitará intérprete.",
        "Elle ne parle que le tigrigna et aura besoin d'un interprète.",
        "Fala só tigrínia e vai precisar de intérprete.",
        "Notre collègue a assuré l'interprétariat.",
    ],
)
def test_her_need_or_an_interpreter_used_is_still_read(text: str) -> None:
    assert extract(text).values.get(INTERP) is True


def test_sans_doute_is_a_hedge_not_a_no() -> None:
    got = extract("Un interprète serait sans doute nécessaire.")
    assert got.values.get(INTERP) is not False
    assert INTERP not in got.values


# --- a second language she gets by in ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "She gets by well in English.",
        "Se defiende bien en inglés.",
        "Elle se débrouille bien en anglais.",
        "Ela se vira bem em inglês.",
    ],
)
def test_getting_by_well_is_not_her_main_language(text: str) -> None:
    assert PREF not in extract(text).values
    assert offered(text, OTHERS) == ["en"]


def test_getting_by_well_beside_a_main_language_is_another() -> None:
    values = extract("Habla tagalo en casa y se defiende bien en inglés.").values
    assert values[PREF] == "tl" and values[OTHERS] == ["en"]


# --- answers ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I studied German at school.",
        "Estudié alemán en el colegio.",
        "J'ai étudié l'allemand au lycée.",
        "Estudei alemão na escola.",
        "Mi hijo sí, habla catalán en el colegio.",
        "My son yes, speaks Catalan at school.",
    ],
)
def test_an_answer_names_no_language_studied_or_of_her_child(text: str) -> None:
    got = interpret_answer(OTHERS, text)
    assert not got.values.get(OTHERS)


@pytest.mark.parametrize(
    "text",
    ["I speak German.", "Mi hijo no, hablo catalán.", "Je parle allemand.", "Falo alemão."],
)
def test_an_answer_still_names_her_language(text: str) -> None:
    values = interpret_answer(OTHERS, text).values  # (a lone one is her main language)
    assert values.get(OTHERS) or values.get(PREF)


def test_a_language_ok_for_the_matter_at_hand_is_not_her_main_one() -> None:
    got = interpret_answer(INTERP, "No thanks, my English is ok for this.")
    assert got.values.get(INTERP) is False and PREF not in got.values
