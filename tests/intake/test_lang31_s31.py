"""Stop 31 (lang31): whose language a named person's clause states, and a preference
relative set off after a language. Invented sentences in the
four languages, each with a counterpart that must not give the value."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract
from tests.intake.reading import languages_read as _any_reading
from tests.intake.reading import listed_languages as _others

_PREF = "person.preferred_language"
_OTHER = "person.other_languages"


# --- a name the note gives another person ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "She speaks Tigrinya. We can reach her cousin Senait by phone; Senait speaks English.",
        "Habla tigriña. Nos dejó el teléfono de su prima Senait. Senait habla inglés y árabe.",
        "Elle parle tigrigna. Passer par sa cousine Senait ; Senait parle anglais et arabe.",
        "Fala tigrínia. Veio com o tio dela, o senhor Tesfay. O Tesfay fala inglês.",
    ],
)
def test_a_named_relatives_languages_are_not_hers(text):
    got = extract(text)
    assert got.values.get(_PREF) == "ti"
    assert not {"en", "ar"} & _any_reading(text)


@pytest.mark.parametrize(
    "text",
    [
        "Our volunteer Marisol came along. Marisol speaks Spanish with her. She speaks Mixtec.",
        "Notre bénévole Awa était là ; Awa parle anglais avec elle. Elle parle peul.",
    ],
)
def test_a_named_helpers_languages_are_not_hers(text):
    assert "en" not in _any_reading(text) and "es" not in _any_reading(text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("I am writing about my niece Rosa, 17. Rosa speaks only Quechua.", "qu"),
        ("Escribo por mi sobrina Rosa, de 17 años. Rosa habla solo quechua.", "qu"),
        ("Maria, 30, from Brazil. Maria speaks Portuguese.", "pt"),
        ("Senait, 24. Senait parle tigrigna.", "ti"),
    ],
)
def test_her_own_name_or_one_the_writer_calls_theirs_still_speaks_for_her(text, code):
    assert extract(text).values.get(_PREF) == code


# --- a preference relative set off after a language ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "She speaks Haitian Creole, which she prefers, and French.",
        "Habla criollo haitiano, que prefiere, y francés.",
        "Il parle créole haïtien, qu'il préfère, et français.",
        "Fala crioulo haitiano, que prefere, e francês.",
    ],
)
def test_a_set_off_preference_marks_her_main_language_and_the_list_goes_on(text):
    got = extract(text)
    assert got.values.get(_PREF) == "ht"
    assert _others(text) == ["fr"]


@pytest.mark.parametrize(
    "text",
    [
        "She speaks Haitian Creole and French.",
        "Habla criollo haitiano y francés.",
        "Il parle créole haïtien et français.",
        "Fala crioulo haitiano e francês.",
    ],
)
def test_without_the_relative_two_plain_languages_are_only_offered(text):
    assert _PREF not in extract(text).values


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Vietnamese only; no English. Phone interpreter (Vietnamese) used.", "vi"),
        ("Solo vietnamita; nada de inglés. Intérprete (Vietnamita) por teléfono.", "vi"),
        ("Vietnamien seulement ; pas d'anglais. Interprète (Vietnamien) au téléphone.", "vi"),
        ("Só vietnamita; nada de inglês. Intérprete (Vietnamita) por telefone.", "vi"),
    ],
)
def test_a_language_after_a_helper_word_is_no_persons_name(text, code):
    assert extract(text).values.get(_PREF) == code
