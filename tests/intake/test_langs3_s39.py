"""Stop 39 (langs3): whose language a note names and whether she needs an interpreter,
on sentences written for these tests in en, es, fr and pt."""

from __future__ import annotations

import pytest

from tests.intake.reading import INTERP, OTHERS, PREF, clear, offered

# One of a group just named is the subject: that person's language, never hers.


@pytest.mark.parametrize(
    "text",
    [
        "Woman, 41, Ghanaian. Speaks English. Two cousins were with her; one speaks only Ewe.",
        "Speaks English. The other two crew were sent elsewhere; the other one speaks Ewe only.",
        "Mujer, 41 años. Habla inglés. Venían dos primos con ella; uno solo habla ewe.",
        "Femme, 41 ans. Parle anglais. Deux cousins l'accompagnaient ; l'un d'eux ne parle que l'éwé.",
        "Mulher, 41 anos. Fala inglês. Vinham dois primos com ela; um deles só fala ewe.",
    ],
)
def test_one_of_a_group_speaks_their_own_language(text: str) -> None:
    assert clear(text, PREF) == "en"
    assert "ee" not in (clear(text, OTHERS) or [])
    assert "ee" not in (offered(text, OTHERS) or [])


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Rosa, una hablante de quechua, llegó ayer.", "qu"),
        ("Awa, une locutrice peule, est arrivée ce matin.", "ff"),
    ],
)
def test_an_indefinite_article_is_no_member_of_a_group(text: str, code: str) -> None:
    assert clear(text, PREF) == code


# A form line naming the writer or interviewer: the languages in its bracket are theirs.


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Author: PC R. Okafor (speaks English and Yoruba)\nLanguage: Tigrinya", "ti"),
        ("Redactora: agente M. Soler (habla catalán y francés)\nIdioma: tigriña", "ti"),
        ("Rédacteur : brigadier T. Moreau (parle anglais et arabe)\nLangue : tigrigna", "ti"),
        ("Técnica de referência: Joana (fala inglês e francês)\nLíngua: tigrínia", "ti"),
    ],
)
def test_the_writers_bracket_is_not_her_language(text: str, code: str) -> None:
    assert clear(text, PREF) == code
    assert not clear(text, OTHERS)
    assert not offered(text, OTHERS)


# An interpreter she asks for herself, in a language she speaks: the one she asks for.


@pytest.mark.parametrize(
    "text",
    [
        "Speaks Dari and Farsi. She wants a Dari interpreter for her appointments.",
        "Habla dari y farsi. Pidió una intérprete de dari para las citas.",
        "Parle dari et farsi. Elle demande un interprète en dari pour les rendez-vous.",
        "Fala dari e farsi. Quer uma intérprete de dari para as consultas.",
    ],
)
def test_her_own_request_for_an_interpreter_names_her_language(text: str) -> None:
    assert clear(text, PREF) == "prs"
    assert clear(text, OTHERS) == ["fa"]
    assert clear(text, INTERP) is True


@pytest.mark.parametrize(
    "text",
    [
        "Speaks Dari and Farsi. Please arrange a Dari interpreter for her appointments.",
        "Speaks Dari and Farsi. The police asked for a Dari interpreter.",
        "Habla dari y farsi. La policía pidió un intérprete de dari.",
        "Parle dari et farsi. Nous avons demandé un interprète en dari.",
        "Speaks Dari and Farsi. She wants a Dari interpreter just in case.",
    ],
)
def test_someone_elses_request_leaves_the_two_languages_open(text: str) -> None:
    assert clear(text, PREF) is None
    assert offered(text, PREF) == "prs"


def test_an_interpreter_asked_in_a_language_she_is_not_said_to_speak() -> None:
    text = "Pidió una intérprete de wolof. Habla tetún."
    assert clear(text, PREF) == "tet"


# Someone translated because the staff lack her language: she needs an interpreter.


@pytest.mark.parametrize(
    "text",
    [
        "He speaks Tamil. A neighbour translated for the whole visit because none of us speaks Tamil.",
        "Habla tamil. Tradujo un vecino porque nadie del equipo habla tamil.",
        "Il parle tamoul. Un voisin a traduit, car personne ne parle tamoul ici.",
        "Fala tâmil. Um vizinho traduziu porque ninguém da equipa fala tâmil.",
        "Fala tâmil. O atendimento foi feito com a ajuda de um vizinho, porque a equipe não fala tâmil.",
        "Fala tâmil e um pouco de inglês. Um vizinho traduziu porque nós não percebemos nada.",
    ],
)
def test_translated_because_the_staff_lack_her_language(text: str) -> None:
    assert clear(text, INTERP) is True


@pytest.mark.parametrize(
    "text",
    [
        "She speaks Tamil. Her cousin translated the letters because we don't speak Tamil.",
        "Ne parle que le tamoul. Échange via WhatsApp avec sa cousine.",
    ],
)
def test_no_interpreting_for_her_no_need_read(text: str) -> None:
    assert clear(text, INTERP) is None


# A main-language mark after "as" or "=": that language is hers.


@pytest.mark.parametrize(
    ("text", "pref", "others"),
    [
        ("Speaks English, with Twi as her first language.", "tw", ["en"]),
        ("Speaks English and Twi, Twi as first language.", "tw", ["en"]),
        ("Habla inglés y twi, con el twi como lengua materna.", "tw", ["en"]),
        ("Parle anglais et twi, avec le twi comme langue maternelle.", "tw", ["en"]),
        ("Parle anglais et twi (twi = 1re langue).", "tw", ["en"]),
        ("Fala inglês e twi, com o twi como a sua língua materna.", "tw", ["en"]),
    ],
)
def test_a_main_language_mark_after_as(text: str, pref: str, others: list[str]) -> None:
    assert clear(text, PREF) == pref
    assert clear(text, OTHERS) == others


@pytest.mark.parametrize(
    "text",
    [
        "Speaks Dari as well as Pashto.",
        "Habla dari así como pastún.",
    ],
)
def test_as_well_as_is_a_list_not_a_mark(text: str) -> None:
    assert clear(text, PREF) is None


# An interpreter said to be there at one meeting is only offered.


def test_an_interpreter_present_at_one_meeting_is_no_need() -> None:
    text = "He met the officers on Tuesday with an interpreter present. His English is good."
    assert clear(text, INTERP) is None


# An interpreting event and her lack said after a cause, or as the staff's.


@pytest.mark.parametrize(
    "text",
    [
        "Speaks Amharic. We used the interpreting service because she speaks no English.",
        "Habla amárico. Llamamos al servicio de interpretación porque no habla español.",
        "Parle amharique, pas de français, donc l'entretien s'est fait avec sa voisine comme interprète.",
        "Fala amárico. Uma vizinha traduziu, porque não conseguimos nos entender em português.",
    ],
)
def test_interpreted_because_she_lacks_the_language(text: str) -> None:
    assert clear(text, INTERP) is True
