"""Stop 36 (langs36b): a language she knows only partly is offered, never listed, however
it is said: a quantity ("some", "algo de", "algum"), "functional", a negated degree ("not
very fluent", "no muy buen", "pas très bon", "não muito bom"), a verb of getting by after
the language ("el castellano se lo apaña"). Invented sentences in the four languages."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract
from tests.intake.reading import weighed_listed

_OTHER = "person.other_languages"


def _listed(text: str) -> list[str]:
    return extract(text).values.get(_OTHER) or []


def _offered(text: str) -> list[str]:
    return extract(text).possible.get(_OTHER) or []


@pytest.mark.parametrize(
    "text",
    [
        "Her language is Pashto; she also speaks Dari and some English.",
        "Mother tongue: Pashto\nOther languages: Dari, English (some)",
        "Su lengua es el pastún; habla también dari y algo de inglés.",
        "Sa langue est le pachto ; il parle aussi dari et un peu d'anglais.",
        "A língua dela é o tétum; fala também indonésio e algum inglês.",
    ],
)
def test_some_of_a_language_is_not_listed(text):
    # the language she speaks plainly stays listed; the partly known one is not
    assert _listed(text)
    assert "en" not in _listed(text)


@pytest.mark.parametrize(
    "text",
    [
        "She speaks Pashto and functional English.",
        "She speaks Pashto and not very fluent English.",
        "Habla pastún y un inglés funcional.",
        "Habla pastún y no muy buen inglés.",
        "Elle parle pachto et un anglais fonctionnel.",
        "Elle parle pachto et un pas très bon anglais.",
        "Fala pastó e um inglês funcional.",
        "Fala pastó e um não muito bom inglês.",
    ],
)
def test_a_denied_or_functional_level_is_offered(text):
    assert "en" not in _listed(text)
    assert "en" in _offered(text)


@pytest.mark.parametrize(
    "text",
    [
        "She speaks Pashto and very good English.",
        "Habla pastún y muy buen inglés.",
        "Elle parle pachto et très bon anglais.",
        "Fala árabe e um muito bom inglês.",
    ],
)
def test_a_good_level_is_still_listed(text):
    assert "en" in weighed_listed(text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("She is most comfortable in Pashto; English she gets by.", "en"),
        ("Se siente más cómoda en portugués, el castellano se lo apaña.", "es"),
        ("Elle est plus à l'aise en portugais, l'espagnol elle se débrouille.", "es"),
        ("Ela sente-se mais à vontade em tétum; o inglês desenrasca.", "en"),
    ],
)
def test_getting_by_after_the_language_is_offered(text, code):
    assert code not in _listed(text)
    assert code in _offered(text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Se siente más cómoda en portugués, el castellano lo habla bien.", "es"),
        ("Elle est plus à l'aise en portugais ; l'espagnol, elle le parle bien.", "es"),
    ],
)
def test_a_language_spoken_well_after_it_is_still_listed(text, code):
    assert code in _listed(text)
