"""Stop 38 (langs2): whose language it is and how well she speaks it. A relative named
bare ("Mother speaks only Arabic", "Husband: Arabic only") speaks for that relative; a
level in a bracket or after a dash ("(a bit)", "(nivel bajo)", "(solo entiende)", "- understands
only") weighs the language before it; an interpreter's relative clause with "also" and
"X's own" language are that person's; a note saying any of her languages will do names
no preferred one. Invented sentences in the four
languages, each family with a counterpart that must still give the value."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract
from tests.intake.reading import INTERP, OTHERS, PREF, offered, weighed

# --- a relative named with no possessive ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Woman, 30, speaks Tigrinya. Mother speaks only Arabic.",
        "Woman, 30, speaks Tigrinya. Mum speaks Arabic only.",
        "Woman, speaks Tigrinya.\nHusband: Arabic only.",
        "Client speaks Tigrinya; husband: Arabic only.",
        "Mujer de 30, habla tigriña. Madre habla solo árabe.",
        "Mujer, habla tigriña. Marido: solo árabe.",
        "Femme de 30 ans, parle tigrinya. Mère ne parle que l'arabe.",
        "Femme, parle tigrinya. Mère : ne parle que l'arabe.",
        "Mulher de 30 anos, fala tigrínia. Mãe só fala árabe.",
        "Mulher, fala tigrínia. Pai: só árabe.",
    ],
)
def test_a_relative_named_bare_speaks_for_the_relative(text):
    got = extract(text)
    assert got.values.get(PREF) == "ti"
    assert "ar" not in (got.values.get(OTHERS) or [])


@pytest.mark.parametrize(
    ("text", "other"),
    [
        ("Mother of two, speaks Tigrinya; her Arabic is fluent.", "ar"),
        ("Le wolof, c'est ce qu'elle parle le mieux ; son français est bon.", "fr"),
    ],
)
def test_her_own_description_or_a_french_possessive_is_still_hers(text, other):
    got = weighed(text)
    assert other in (got.get(OTHERS) or [])


# --- a level in a bracket or after a dash -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Languages: Tigrinya (main), Arabic (a bit)",
        "Idiomas: tigriña (principal), árabe (poquito)",
        "Idiomas: tigriña, árabe (nivel bajo)",
        "Langues : tigrinya, arabe (quelques notions)",
        "Langues : tigrinya, arabe (niveau faible)",
        "Línguas: tigrínia, árabe (algumas palavras)",
        "Línguas: tigrínia, árabe (nível básico)",
        "Languages: Tigrinya, Arabic (so-so)",
        "Idiomas: tigriña, árabe (solo entiende)",
        "Habla tigriña y árabe, aunque el árabe solo lo entiende.",
        "Idiomas: tigriña, árabe - lo entiende, no lo habla",
        "Langues : tigrinya, arabe - le comprend, ne le parle pas",
    ],
)
def test_a_level_after_a_language_keeps_it_out_of_her_list(text):
    got = extract(text)
    assert got.values.get(PREF) == "ti"
    assert "ar" not in (got.values.get(OTHERS) or [])
    assert offered(text, OTHERS) == ["ar"]


def test_a_level_of_fluency_in_a_bracket_still_lists_it():
    got = extract("Lengua: tigriña (materna), árabe (fluido), inglés (unas palabras)")
    assert got.values.get(PREF) == "ti"
    assert got.values.get(OTHERS) == ["ar"]


# --- an interpreter's and a named person's language -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Woman, 30, speaks Dari. The interpreter, who also speaks Urdu, came at noon.",
        "Mujer, 30, habla dari. La intérprete, que también habla urdu, vino al mediodía.",
        "Femme, 30 ans, parle dari. L'interprète, qui parle aussi ourdou, est venue à midi.",
        "Mulher, 30 anos, fala dari. A intérprete, que também fala urdu, veio ao meio-dia.",
    ],
)
def test_what_the_interpreter_also_speaks_is_not_hers(text):
    got = extract(text)
    assert got.values.get(PREF) == "prs"
    assert "ur" not in (got.values.get(OTHERS) or [])
    assert INTERP not in got.values


def test_a_named_helpers_own_language_is_theirs():
    text = "From China, Mandarin. Li is translating, Li's own Mandarin is so-so, she's Cantonese."
    assert extract(text).values.get(PREF) == "zh"
    assert extract("Woman, speaks Mandarin. Her own English is poor.").values.get(OTHERS) is None


# --- any of her languages will do ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("At home she speaks Somali; her English is good and she is comfortable in either.", "so"),
        ("Elle parle lingala et français, les deux lui vont.", "ln"),
        ("Fala crioulo e português, tanto faz.", "crp"),
    ],
)
def test_either_language_names_no_preferred_one(text, first):
    got = extract(text)
    assert PREF not in got.values
    assert offered(text, PREF) == first


@pytest.mark.parametrize(
    "text",
    [
        "She speaks Somali. Either way she needs a bed tonight.",
        "Habla somalí. Quiere trabajar en lo mismo.",
        "Parle somali, veut travailler n'importe où.",
        "Speaks Somali, prefers Somali but either is fine.",
    ],
)
def test_either_about_something_else_keeps_her_language(text):
    assert extract(text).values.get(PREF) == "so"


@pytest.mark.parametrize(
    "answer",
    [
        "Tigrinya. Mother speaks Arabic only.",
        "Tigriña. Madre habla solo árabe.",
        "Tigrinya. Mère ne parle que l'arabe.",
    ],
)
def test_her_answer_naming_a_relative_bare_keeps_her_language(answer):
    from caseassist.intake.read import interpret_answer

    got = interpret_answer(PREF, answer, question="Which language do you prefer?")
    assert got.values.get(PREF) == "ti"
    assert "ar" not in (got.values.get(OTHERS) or [])
