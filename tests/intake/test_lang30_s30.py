"""Stop 30 (lang30): whose language and whether she speaks it. Someone else's language
denied of her ("but she doesn't"), a form value's bracket about another person, a
language only read, her request that "we speak" one, an arrow ending a negation, a
language's country without brackets. Invented sentences in the four languages."""

from __future__ import annotations

import pytest

from caseassist.intake.engine import IntakeSession
from caseassist.intake.read import extract
from tests.intake.reading import weighed_listed

_PREF = "person.preferred_language"
_OTHER = "person.other_languages"
_INTERP = "person.needs_interpreter"


def _others(text: str) -> list[str]:
    return extract(text).values.get(_OTHER) or []


@pytest.mark.parametrize(
    "text",
    [
        "He speaks Bulgarian. Jurgis also speaks Polish, but he does not.",
        "Habla búlgaro. Jurgis también habla polaco, pero él no.",
        "Il parle bulgare. Jurgis parle aussi polonais, mais pas lui.",
        "Fala búlgaro. O Jurgis também fala polaco, mas ele não.",
    ],
)
def test_a_language_someone_else_speaks_but_she_does_not_is_not_hers(text):
    got = extract(text)
    assert got.values.get(_PREF) == "bg"
    assert "pl" not in _others(text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("His first language is Bulgarian; he also speaks Polish, but he does not write it.", "pl"),
        ("Habla tsotsil. Su vecina habla tsotsil también, pero ella dice que no.", "tzo"),
    ],
)
def test_a_but_clause_that_is_no_bare_denial_keeps_the_language(text, code):
    got = extract(text)
    assert code in [got.values.get(_PREF), *(got.values.get(_OTHER) or [])]


@pytest.mark.parametrize(
    "text",
    [
        "Language: Bulgarian (the interpreter on the phone spoke Polish)",
        "Idioma: búlgaro (el intérprete hablaba polaco)",
        "Langue : bulgare (l'interprète parlait polonais)",
        "Língua: búlgaro (o intérprete falava polaco)",
    ],
)
def test_a_form_value_bracket_about_another_person_is_theirs(text):
    got = extract(text)
    assert got.values.get(_PREF) == "bg"
    assert "pl" not in [*(got.values.get(_OTHER) or []), *(got.possible.get(_OTHER) or [])]


def test_a_form_value_bracket_about_her_is_still_read():
    assert weighed_listed("Language: Bulgarian (also speaks Polish)") == ["pl"]


def _answer_languages(reply: str) -> dict:
    s = IntakeSession(staff_locale="en", staff_languages=("en",), recorded_by="lee")
    q = s.next_question()
    while q is not None and _PREF not in q.facts:
        s.skip()
        q = s.next_question()
    s.answer(reply)
    return {f: s.facts[f].value for f in (_PREF, _OTHER) if f in s.facts}


def test_an_answer_denying_a_language_without_an_apostrophe():
    got = _answer_languages("Somali is best for me. I speak also Arabic, and English I dont speak.")
    assert got[_PREF] == "so"
    assert "en" not in (got.get(_OTHER) or [])


def test_an_answer_naming_a_language_she_speaks_still_lists_it():
    got = _answer_languages("Somali is best for me. I speak also Arabic and English.")
    assert got[_OTHER] == ["ar", "en"]


@pytest.mark.parametrize(
    "text",
    [
        "She speaks Korean. She reads English ok but speaking is hard.",
        "Habla coreano. Lee inglés bien, pero le cuesta hablarlo.",
        "Elle parle coréen. Elle lit l'anglais correctement.",
        "Fala coreano. Sabe ler inglês.",
    ],
)
def test_a_language_she_only_reads_is_not_listed(text):
    got = extract(text)
    assert got.values.get(_PREF) == "ko"
    assert "en" not in _others(text)


def test_a_language_she_speaks_and_reads_is_listed():
    assert _others("Her first language is Korean. She speaks and reads English.") == ["en"]


@pytest.mark.parametrize(
    "text",
    [
        "Tuan speaks Khmer and good English; he asked that we speak English with him.",
        "Tuan habla jemer y buen inglés; pidió que le habláramos en inglés.",
        "Tuan parle khmer et bien anglais ; il a demandé qu'on lui parle en anglais.",
        "O Tuan fala khmer e bom inglês; pediu que falássemos com ele em inglês.",
    ],
)
def test_her_request_that_we_speak_a_language_is_her_preference(text):
    assert extract(text).values.get(_PREF) == "en"


def test_the_writers_own_request_is_not_hers():
    got = extract("She speaks Khmer. I asked that we speak English with her colleague.")
    assert got.values.get(_PREF) == "km"


def test_not_a_language_after_her_request_is_no_denial():
    text = "His first language is Khmer; he also speaks good English. He asked that we speak English with him, not Khmer."
    got = extract(text)
    assert got.values.get(_PREF) == "en"
    assert got.values.get(_OTHER) == ["km"]


@pytest.mark.parametrize(
    "text",
    [
        "Does not speak English → interpreter needed.",
        "No habla español → necesita intérprete.",
        "Français : ne parle pas → interprète nécessaire",
        "Não fala português → precisa de intérprete.",
    ],
)
def test_a_negation_before_an_arrow_does_not_deny_the_need(text):
    assert extract(text).values.get(_INTERP) is True


@pytest.mark.parametrize(
    "text",
    [
        "Speaks English → interpreter not needed.",
        "Habla español → no necesita intérprete.",
    ],
)
def test_a_need_denied_after_the_arrow_stays_denied(text):
    assert extract(text).values.get(_INTERP) is False


@pytest.mark.parametrize(
    "text",
    [
        "Preferred language: Portuguese from Brazil.",
        "Idioma preferido: portugués de Brasil.",
        "Langue préférée : portugais du Brésil.",
        "Língua preferida: português do Brasil.",
    ],
)
def test_a_language_and_its_country_without_brackets_is_the_variety(text):
    assert extract(text).values.get(_PREF) == "pt-BR"


def test_a_language_without_a_country_stays_plain():
    assert extract("Langue préférée : portugais.").values.get(_PREF) == "pt"


def test_a_language_verb_without_its_h_is_still_one():
    got = extract("Prefiere ablar wolof, tanbien abla frances; castellano no.")
    assert got.values.get(_PREF) == "wo"
    assert got.values.get(_OTHER) == ["fr"]
