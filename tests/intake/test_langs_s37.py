"""Stop 37 (langs): a level word before a language outranks an "also" after it; a verb of
getting by in her answer rates its language a little; other workers' language is theirs.
Invented sentences in the
four languages."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract, interpret_answer
from tests.intake.reading import OTHERS, weighed_read

_PREF = "person.preferred_language"
_OTHER = "person.other_languages"


@pytest.mark.parametrize(
    "text",
    [
        "She speaks Dari and some French too.",
        "She speaks Dari, and a little French as well.",
        "Habla dari y un poco de francés también.",
        "Elle parle dari et un peu d'anglais aussi.",
        "Fala dari e um pouco de francês também.",
    ],
)
def test_a_little_of_a_language_too_is_offered_not_listed(text):
    got = extract(text)
    assert got.values.get(_PREF) == "prs"
    assert not got.values.get(_OTHER)
    assert got.possible.get(_OTHER)


def test_a_language_spoken_too_is_still_listed():
    assert weighed_read("She speaks Dari and Pashto too.", OTHERS) == ["ps"]


@pytest.mark.parametrize(
    "answer",
    [
        "Dari is easiest for me. I can manage in Pashto too.",
        "Prefiero dari. Me las arreglo en pastún.",
        "Je préfère le dari. Je me débrouille en pachto aussi.",
        "Dari is best. I speak also Pashto litle.",
    ],
)
def test_getting_by_in_her_answer_does_not_list_the_language(answer):
    got = interpret_answer(_PREF, answer)
    assert got.values.get(_PREF) == "prs"
    assert "ps" not in (got.values.get(_OTHER) or [])


def test_getting_by_well_in_her_answer_still_lists_it():
    got = interpret_answer(_PREF, "Dari. Se defiende bien en francés.")
    assert got.values.get(_OTHER) == ["fr"]


@pytest.mark.parametrize(
    "text",
    [
        "He speaks Bengali. Two of them speak only Nepali.",
        "Il parle bengali. Deux d'entre eux parlent seulement népali.",
        "Fala bengali. Dois deles só falam nepalês.",
        "He speaks Bengali; the others speak Hindi.",
    ],
)
def test_other_workers_language_is_not_hers(text):
    got = extract(text)
    assert got.values.get(_PREF) == "bn"
    assert got.values.get(_OTHER) in (None, [])


@pytest.mark.parametrize(
    "answer",
    [
        "Dari. My brother he speaks Pashto very well, but not me.",
        "Dari. Mi hermano él habla pastún muy bien, yo no.",
        "Dari. Ma sœur elle parle très bien anglais, moi non.",
        "Dari. A minha irmã ela fala inglês muito bem, eu não.",
    ],
)
def test_a_relative_taken_up_by_a_pronoun_speaks_for_herself(answer):
    got = interpret_answer(_PREF, answer)
    assert got.values.get(_PREF) == "prs"
    assert not got.values.get(_OTHER)


def test_a_child_named_with_an_article_speaks_for_himself():
    text = (
        "Chama-se Rosa, 40 anos. Os filhos são o Tiago, 12, e a Bia, 9. Fala espanhol. "
        "O Tiago fala português muito bem."
    )
    assert not extract(text).values.get(_OTHER)


@pytest.mark.parametrize(
    "text",
    [
        "Habla guaraní. Intérprete de guaraní presente en la toma de declaración.",
        "Parle albanais. Interprète albanais présent lors de l'audition.",
    ],
)
def test_an_interpreter_present_at_one_meeting_is_only_offered(text):
    got = extract(text)
    assert "person.needs_interpreter" not in got.values
    assert got.possible.get("person.needs_interpreter") is True


def test_an_interpreter_present_and_needed_later_is_applied():
    text = "Interprète albanais présent lors de l'audition, à prévoir pour la suite."
    assert extract(text).values.get("person.needs_interpreter") is True


def test_a_named_child_in_a_reply_about_her_languages_is_his():
    text = (
        "[10:01] Equipa: Os filhos são o Tiago, 12, e a Bia, 9.\n"
        "[10:02] Casa: Ela fala português?\n"
        "[10:03] Equipa: Fala espanhol. O Tiago fala português bem, estuda aqui."
    )
    assert "pt" not in (extract(text).values.get(_OTHER) or [])


@pytest.mark.parametrize(
    ("answer", "preferred", "home"),
    [
        ("At home I speak Twi, but here I prefer to speak English.", "en", "tw"),
        ("En casa hablo quechua, pero aquí prefiero hablar español.", "es", "qu"),
        ("À la maison je parle wolof, mais ici je préfère parler français.", "fr", "wo"),
    ],
)
def test_her_preference_in_an_answer_outranks_her_home_language(answer, preferred, home):
    got = interpret_answer(_PREF, answer)
    assert got.values.get(_PREF) == preferred
    assert got.values.get(_OTHER) == [home]


@pytest.mark.parametrize(
    "text",
    [
        "Main language: Bengali (Sylheti)\nOther languages: Hindi",
        "Idioma principal: bengalí (silheti)\nOtros idiomas: hindi",
    ],
)
def test_a_bracketed_variety_is_not_a_second_language(text):
    got = extract(text)
    assert got.values.get(_PREF) == "bn"
    assert got.values.get(_OTHER) == ["hi"]
