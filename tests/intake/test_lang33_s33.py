"""Stop 33 (lang33): a language she only studied, refuses or no longer speaks is not
listed; a name given to another person followed by an age states that person's
languages; a lone language before one rated well opens her list; a language before a
cleft that rates it best is her main one; someone translating for her is only offered
as a need for an interpreter. Invented sentences in the four languages, each with a
counterpart that must still give the value."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract
from tests.intake.reading import INTERP, OTHERS, PREF, offered, weighed, weighed_listed
from tests.intake.reading import listed_languages as _listed

# --- a language she studied, refuses or no longer speaks ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "She speaks Pashto. She studied French at school.",
        "Habla pastún. Estudió el francés en el colegio.",
        "Parle pachto. Elle a étudié le français au lycée.",
        "Fala pashto. Estudou francês na escola.",
        "She speaks Pashto. She refuses to speak French.",
        "Habla pastún. Se niega a hablar francés.",
        "Parle pachto. Elle refuse de parler français.",
        "Fala pashto. Recusa-se a falar francês.",
        "Parle pachto. Elle ne parle plus français.",
        "Parle pachto. Elle n'a jamais parlé français.",
        "She speaks Pashto. She never spoke French.",
    ],
)
def test_a_language_studied_refused_or_dropped_is_not_listed(text):
    got = extract(text)
    assert got.values.get(PREF) == "ps"
    assert "fr" not in (got.values.get(OTHERS) or [])


@pytest.mark.parametrize(
    "text",
    [
        "She speaks Pashto. She speaks French at school.",
        "Habla pastún. Habla también francés.",
        "Parle pachto. Elle parle aussi français.",
        "Fala pashto. Fala também francês.",
    ],
)
def test_a_language_she_speaks_is_still_listed(text):
    assert "fr" in weighed_listed(text)


# --- a named person's age line is theirs --------------------------------------------


def test_a_named_friend_with_an_age_states_the_friends_languages():
    text = "F, about 25, Lao only. Her friend Noy translated. Noy 30, Lao + Eng."
    assert "en" not in _listed(text)


# --- a lone language before one rated well ------------------------------------------


@pytest.mark.parametrize(
    "text, pref, other",
    [
        ("Woman, 30. Kurdish, fluent Arabic.", "ku", "ar"),
        ("Mujer, 30 años. Árabe, buen francés.", "ar", "fr"),
        ("Femme, 30 ans. Arabe, bon français.", "ar", "fr"),
        ("Mulher, 30 anos. Árabe, bom francês.", "ar", "fr"),
    ],
)
def test_a_lone_language_before_a_rated_one_is_her_main_one(text, pref, other):
    got = weighed(text)
    assert got.get(PREF) == pref
    assert got.get(OTHERS) == [other]


def test_a_lone_people_word_without_a_rated_language_names_no_language():
    assert PREF not in extract("Woman, 30, Kurdish, from Syria.").values


# --- a cleft that rates a language best ---------------------------------------------


@pytest.mark.parametrize(
    "text, pref, other",
    [
        ("Tamil is what she is most comfortable in, but her English is good.", "ta", "en"),
        ("El tagalo es lo que mejor habla, aunque su inglés es bueno.", "tl", "en"),
        ("Le wolof, c'est ce qu'elle parle le mieux ; son français est bon.", "wo", "fr"),
        ("O tétum é o que ela fala melhor, mas o português dela é bom.", "tet", "pt"),
    ],
)
def test_a_language_before_a_cleft_of_her_best_is_her_main_one(text, pref, other):
    got = extract(text)
    assert got.values.get(PREF) == pref
    assert other in (got.values.get(OTHERS) or [])


@pytest.mark.parametrize(
    "text",
    [
        "She speaks Tamil. English is what her boss speaks best.",
        "She speaks Tamil. English is what we speak best here.",
    ],
)
def test_a_cleft_about_someone_else_gives_her_nothing(text):
    assert extract(text).values.get(PREF) == "ta"


# --- someone translating for her ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Speaks Tigrinya. A friend, Senait, who translated, came with her.",
    ],
)
def test_someone_translating_for_her_is_only_offered_as_a_need(text):
    assert INTERP not in extract(text).values
    assert offered(text, INTERP) is True


# (stop 37, interp2: the corpus rule labels an interpreting for her beside "X only" true)
@pytest.mark.parametrize(
    "text",
    [
        "Speaks Tigrinya only. A neighbour translated for her today.",
        "Habla solo tigriña. Una vecina le tradujo hoy.",
        "Parle seulement tigrinya. Une voisine lui a traduit aujourd'hui.",
        "Fala só tigrínia. Uma vizinha traduziu para ela hoje.",
    ],
)
def test_someone_translating_for_her_who_speaks_only_her_own_is_a_need(text):
    assert extract(text).values.get(INTERP) is True


@pytest.mark.parametrize(
    "text",
    [
        "Speaks Tigrinya only; she needs an interpreter.",
        "Habla solo tigriña; necesita intérprete.",
        "Parle seulement tigrinya ; elle a besoin d'un interprète.",
        "Fala só tigrínia; precisa de intérprete.",
    ],
)
def test_a_need_stated_is_still_applied(text):
    assert extract(text).values.get(INTERP) is True


# --- a language verb said of a group --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "She speaks Bulgarian. The traffickers spoke Albanian among themselves; they spoke it.",
        "Habla búlgaro. Los tratantes hablaban albanés entre ellos.",
        "Parle bulgare. Les trafiquants parlaient albanais entre eux.",
        "Fala búlgaro. Os aliciadores falavam albanês entre si.",
        "Parle bulgare ; on lui a parlé en albanais.",
    ],
)
def test_a_group_speaking_a_language_does_not_lend_it_to_her(text):
    got = extract(text)
    assert got.values.get(PREF) == "bg"
    assert "sq" not in (got.values.get(OTHERS) or [])


@pytest.mark.parametrize(
    "text, code",
    [
        ("Ella y su madre hablan quechua.", "qu"),
        ("Elle et sa sœur parlent lingala.", "ln"),
        ("Ambas hablan quechua.", "qu"),
        ("They both speak Tigrinya.", "ti"),
    ],
)
def test_a_group_that_names_her_keeps_the_language(text, code):
    assert extract(text).values.get(PREF) == code


# --- a people word between the person she lived with and their relative -------------------


@pytest.mark.parametrize(
    "text",
    [
        "Habla tamil. Vivía con una familia inglesa que solo hablaba inglés.",
        "Fala tâmil. Morava com uma família inglesa que só falava inglês.",
        "Habla tamil. Trabajaba con una familia italiana que hablaba italiano.",
        "Speaks Tamil. She lived with an English family who only spoke English.",
    ],
)
def test_the_relative_of_a_family_named_by_its_people_is_theirs(text):
    got = extract(text)
    assert got.values.get(PREF) == "ta"
    assert not set(got.values.get(OTHERS) or []) & {"en", "it"}


def test_the_aunt_she_lives_with_keeps_her_language():
    assert extract("Vive con su tía peruana que habla quechua.").values.get(PREF) != "qu"


def test_a_person_she_speaks_with_leaves_the_language_hers():
    assert extract("Con su madre habla quechua.").values.get(PREF) == "qu"


# --- the language of an interview, a call or a report -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Language: Dari\nInterview language: English",
        "Language: Dari\nReport language: English",
        "Idioma: dari\nIdioma de la entrevista: inglés",
        "Langue : dari\nLangue de l'entretien : anglais",
        "Língua: dari\nLíngua da entrevista: inglês",
    ],
)
def test_the_language_of_an_interview_or_a_report_is_not_hers(text):
    got = extract(text)
    assert got.values.get(PREF) == "prs"
    assert "en" not in (got.values.get(OTHERS) or [])


@pytest.mark.parametrize(
    "text, code",
    [
        ("Preferred interview language: Dari", "prs"),
        ("Langue souhaitée pour les entretiens : dari", "prs"),
        ("Call language: Spanish (phone interpreter)", "es"),
    ],
)
def test_a_chosen_or_interpreted_session_language_is_hers(text, code):
    assert extract(text).values.get(PREF) == code
