"""Stop 43 (languages): the writer's guess at her language, a level after "seems", the
writer as the object of a verb of telling, and another person's claim about her
languages against her own word; on sentences written for these tests in en, es, fr
and pt."""

from __future__ import annotations

import pytest

from tests.intake.reading import INTERP, OTHERS, PREF, clear, offered

# The writer only guesses her language: offered for staff to confirm, never applied.


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Man, about 40, found at the car wash. We think he speaks Pashto, hard to say.", "ps"),
        ("Mujer de unos 25 años. Creemos que habla quechua, no estamos seguras.", "qu"),
        ("Femme d'environ 30 ans. On pense qu'elle parle lingala, à confirmer.", "ln"),
        ("Homem de uns 35 anos. Achamos que fala tigrínia, mas o barulho era muito.", "ti"),
        ("Girl, 16, very quiet. Probably speaks Vietnamese; she only nodded.", "vi"),
    ],
)
def test_a_language_the_writer_only_guesses_is_offered(text: str, code: str) -> None:
    assert clear(text, PREF) is None
    assert offered(text, PREF) == code


@pytest.mark.parametrize(
    "text",
    [
        "We think she speaks Cape Verdean Creole, but maybe it is only Portuguese.",
        "Creemos que habla aimara, aunque tal vez sea solo español.",
        "Achamos que fala crioulo da Guiné, mas talvez seja só português.",
    ],
)
def test_two_guesses_apply_neither(text: str) -> None:
    assert clear(text, PREF) is None
    assert clear(text, OTHERS) is None


def test_a_guess_beside_her_plain_language_leaves_hers() -> None:
    text = "She speaks Tigrinya. We think she may also understand some Arabic."
    assert clear(text, PREF) == "ti"
    assert clear(text, OTHERS) is None


@pytest.mark.parametrize(
    "text",
    [
        "Maybe she needs a Dari interpreter, we could not tell.",
        "Il faudra peut-être un interprète, son français a l'air limité.",
        "Probablemente necesite un intérprete de quechua.",
        "Talvez precise de um intérprete de crioulo.",
    ],
)
def test_an_interpreter_the_writer_only_guesses_at_is_offered(text: str) -> None:
    assert clear(text, INTERP) is None
    assert offered(text, INTERP) is True


# A level after "seems", "parece", "semble", "a l'air": still the language's level, so a
# language spoken a little is never made the one she prefers.


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("She needs an interpreter, her English seems very limited.", "en"),
        ("Necesita intérprete; su castellano parece muy básico.", "es"),
        ("Il lui faut un interprète, son anglais a l'air limité.", "en"),
        ("Precisa de intérprete, o português dela parece fraco.", "pt"),
    ],
)
def test_a_level_after_seems_is_the_languages(text: str, code: str) -> None:
    assert clear(text, PREF) is None
    assert offered(text, OTHERS) == [code]


# The writer as the object of a verb of telling ("told us", "nos dijo", "disse-nos",
# "nous a dit"): the language verb after it is hers, not the writer's.


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("La señora, de 52 años, nos contó que habla garífuna.", "cab"),
        ("Ella nos ha dicho que prefiere hablar en tagalo.", "tl"),
        ("A utente contou-nos que fala crioulo cabo-verdiano.", "kea"),
        ("Disse-nos que prefere falar em lingala.", "ln"),
        ("Mme K. nous a parlé en wolof et préfère le wolof.", "wo"),
        ("Elle nous a demandé de lui parler en portugais.", "pt"),
    ],
)
def test_a_language_she_told_us_is_hers(text: str, code: str) -> None:
    assert clear(text, PREF) == code


def test_our_own_language_stays_ours() -> None:
    assert clear("Nous parlons anglais avec elle.", PREF) is None


# Another person's claim about her languages yields to her own word.


@pytest.mark.parametrize(
    ("text", "pref"),
    [
        (
            "Samira, 22, came in with her uncle. The uncle said she speaks only Arabic "
            "and Turkish. Alone with us she spoke fluent English and asked us to use English.",
            "en",
        ),
        (
            "Lina, 20 ans, accompagnée de son patron. Le patron a dit qu'elle parle "
            "seulement russe. Seule avec nous, elle préfère l'anglais.",
            "en",
        ),
    ],
)
def test_a_claim_yields_to_her_own_word(text: str, pref: str) -> None:
    assert clear(text, PREF) == pref
    assert clear(text, OTHERS) is None


def test_a_claim_alone_still_says_her_language() -> None:
    text = "Her husband says she speaks only Dari. She also understands a little Farsi."
    assert clear(text, PREF) == "prs"
