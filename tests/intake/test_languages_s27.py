"""Whose language, and which, stop 27 (lang14), in invented sentences in en/es/fr/pt: a
verb that denies the language verb after it; a language she has forgotten; "only" or
"ne" between an apposition and the verb leaves the subject before it; an interpreter
asked for only as a precaution; an interpreter needed in the past; "pref." cut short with
a dot; "primero" beside a language; a reply to a question asking for her best language;
"she" after another person in her own turn; form segments on one line. Each kind has
readings that must not fire."""

from __future__ import annotations

import pytest

from tests.intake.reading import INTERP, OTHERS, PREF, reads, weighed_read

# ------------------------------------------------ a verb that denies the language verb


@pytest.mark.parametrize(
    "text",
    [
        "The woman denies speaking Russian.",
        "La señora niega hablar ruso.",
        "La dame nie parler russe.",
        "A senhora nega falar russo.",
    ],
)
def test_denied_language_verb(text: str) -> None:
    assert reads(text, PREF) is None
    assert reads(text, OTHERS) is None


@pytest.mark.parametrize(
    ("text", "hers"),
    [
        ("Denies pain, speaks Russian.", "ru"),
        ("Niega dolor, habla ruso.", "ru"),
    ],
)
def test_denial_of_something_else_leaves_the_language(text: str, hers: str) -> None:
    assert reads(text, PREF) == hers


# ------------------------------------------------------------ a language she has lost


@pytest.mark.parametrize(
    "text",
    [
        "As a girl she spoke Kurdish but she has forgotten it.",
        "De pequeña hablaba kurdo, pero ya no lo recuerda.",
        "Petite, elle parlait kurde, mais elle l'a oublié.",
        "Em criança falava curdo, mas já não se lembra de nada.",
    ],
)
def test_forgotten_language_is_not_hers(text: str) -> None:
    assert reads(text, PREF) is None


def test_forgetting_something_else_keeps_the_language() -> None:
    assert reads("She speaks Dari but no longer remembers the address.", PREF) == "prs"


# ---------------------------------- "only" between an apposition and the language verb


@pytest.mark.parametrize(
    "text",
    [
        "The caller, a colleague from the bakery, only speaks Albanian.",
        "Quien llamó, un vecino del edificio, solo habla albanés.",
        "L'appelant, un voisin de l'immeuble, ne parle que l'albanais.",
        "Quem ligou, um vizinho do prédio, só fala albanês.",
        "Sa tante, chez qui elle vit, parle surtout albanais.",
    ],
)
def test_only_after_an_apposition_is_the_persons(text: str) -> None:
    assert reads(text, PREF) is None


@pytest.mark.parametrize(
    ("text", "hers"),
    [
        ("Maria, 34, only speaks Tagalog.", "tl"),
        ("Dona Cida é brasileira, só fala português.", "pt"),
    ],
)
def test_only_after_her_own_parts_is_hers(text: str, hers: str) -> None:
    assert reads(text, PREF) == hers


# -------------------------------------------- an interpreter asked for just in case


@pytest.mark.parametrize(
    "text",
    [
        "We will book a Dari interpreter for Monday just in case.",
        "Pediremos un intérprete de dari para el lunes, por si acaso.",
        "On réservera un interprète dari pour lundi, au cas où.",
        "Vamos reservar um intérprete de dari para segunda, por precaução.",
    ],
)
def test_precaution_interpreter_is_offered(text: str) -> None:
    assert reads(text, INTERP) is None
    assert reads(text, PREF) == "possible"


def test_needed_interpreter_still_applies() -> None:
    assert weighed_read("She needs a Dari interpreter for Monday.", INTERP) is True
    assert weighed_read("Speaks Dari and English. Dari interpreter if needed.", PREF) == "prs"


# ------------------------------------------------------ an interpreter needed long ago


@pytest.mark.parametrize(
    "text",
    [
        "Last year she needed an interpreter for everything.",
        "Hace dos años necesitaba intérprete para todo.",
        "Il y a deux ans, elle avait besoin d'un interprète pour tout.",
        "No ano passado precisava de intérprete para tudo.",
    ],
)
def test_past_interpreter_need_is_not_now(text: str) -> None:
    assert reads(text, INTERP) is None


# ---------------------------------------------------- "pref." and "primero" beside it


@pytest.mark.parametrize(
    ("text", "hers", "others"),
    [
        ("Pref. Farsi; conversational Turkish.", "fa", ["tr"]),
        ("Idioma pref. farsi. Turco fluido.", "fa", ["tr"]),
        ("Langue préf. farsi. Turc courant.", "fa", ["tr"]),
        ("Idioma pref. farsi; turco fluente.", "fa", ["tr"]),
        ("Farsi primero. Habla turco lo suficiente para los trámites.", "fa", ["tr"]),
        ("Farsi primeiro. Fala turco o suficiente para a papelada.", "fa", ["tr"]),
    ],
)
def test_main_language_cut_short_or_first(text: str, hers: str, others: list[str]) -> None:
    assert reads(text, PREF) == hers
    assert reads(text, OTHERS) == others


def test_a_course_first_is_no_language_of_hers() -> None:
    assert reads("Elle voudrait un cours de français d'abord.", PREF) is None


# ------------------------------------------- a reply to a question on her best language


@pytest.mark.parametrize(
    ("text", "hers"),
    [
        (
            "VOL: What language does she speak best?\nCALLER: Hindi. Her English, few words only.",
            "hi",
        ),
        ("OP: ¿Qué idioma habla mejor?\nLLAMANTE: Hindi. Inglés unas palabras.", "hi"),
        (
            "OP : Quelle langue parle-t-elle le mieux ?\nAPPELANTE : Hindi. Anglais, quelques mots.",
            "hi",
        ),
        ("OP: Em que língua se sente melhor?\nLIG: Hindi. Inglês poucas palavras.", "hi"),
    ],
)
def test_reply_to_best_language_question(text: str, hers: str) -> None:
    assert reads(text, PREF) == hers
    assert reads(text, OTHERS) in (None, "possible")


def test_reply_that_any_will_do_names_none() -> None:
    text = "OP: Que língua preferes falar?\nMENINA: Falo changana e português, tanto faz."
    assert reads(text, PREF) in (None, "possible")


# ------------------------------------------------ "she" after another person in her turn


def test_she_after_another_person_in_her_turn() -> None:
    text = (
        "Advocate: How old are you?\nCaller: Twenty-two.\n"
        "Caller: My cousin is in there too, she's only sixteen. She speaks Romanian, I don't.\n"
        "Advocate: What language is best for you?\nCaller: English. It's my only language."
    )
    assert reads(text, PREF) == "en"
    assert reads(text, OTHERS) in (None, [])


def test_she_in_a_callers_turn_about_her_stays_hers() -> None:
    text = (
        "ÉCOUTANTE : Elle vient d'où ?\n"
        "APPELANTE : De Madagascar. Elle parle malgache, et un petit peu le français."
    )
    assert reads(text, PREF) == "mg"


# ------------------------------------------------------ form segments on one line


@pytest.mark.parametrize(
    ("text", "hers"),
    [
        ("Primary Lang.: Khmer | Other langs: none | Interp.: yes", "km"),
        ("IDIOMA: KHMER / INTERP: SI", "km"),
        ("LANGUE : KHMER / INTERP : OUI", "km"),
        ("IDIOMA: KHMER / INTERP: SIM", "km"),
    ],
)
def test_interpreter_label_cut_short(text: str, hers: str) -> None:
    assert reads(text, PREF) == hers
    assert reads(text, INTERP) is True


def test_other_languages_none_in_a_segment() -> None:
    assert reads("Primary Lang.: Khmer | Other langs: none | Interp.: yes", OTHERS) == []
