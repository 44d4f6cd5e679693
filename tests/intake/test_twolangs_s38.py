"""Stop 38 (twolangs): two languages she speaks fully, none marked as hers (no
preference of hers, no "mainly", "mother tongue", "at home"), leave her preferred
language open: offered to staff, never applied, and her other languages with it. One
full language beside a partial one, a main-language mark or her own preference still
settles it. Invented sentences in the four languages."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract
from tests.intake.reading import OTHERS, PREF, offered


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Client speaks Kurmanji and very good Turkish.", "ku"),
        ("Language: Amharic; she also speaks Italian.", "am"),
        ("Habla bambara y un francés muy fluido.", "bm"),
        ("Langue : soninké ; parle aussi le wolof.", "snk"),
        ("Fala crioulo e também francês fluente.", "crp"),
        ("Speaks Khmer and Thai; a Khmer interpreter was booked by the shelter.", "km"),
    ],
)
def test_two_full_languages_leave_her_preferred_one_offered(text: str, first: str) -> None:
    got = extract(text)
    assert PREF not in got.values and OTHERS not in got.values
    assert offered(text, PREF) == first


@pytest.mark.parametrize(
    ("text", "pref", "others"),
    [
        ("She speaks Somali mainly, and fluent Arabic.", "so", ["ar"]),
        ("Langue maternelle : peul ; parle bien le français.", "ff", ["fr"]),
        ("Prefiere hablar en quechua; también habla castellano.", "qu", ["es"]),
        ("She speaks Tigrinya at home and good English.", "ti", ["en"]),
    ],
)
def test_a_main_mark_or_her_preference_still_settles_it(text, pref, others) -> None:
    got = extract(text).values
    assert got.get(PREF) == pref and got.get(OTHERS) == others


@pytest.mark.parametrize(
    ("text", "pref"),
    [
        ("Speaks Nepali and a little English.", "ne"),
        ("Habla wolof y algo de francés.", "wo"),
        ("Parle dari, comprend un peu l'anglais.", "prs"),
        ("Fala tétum e um pouco de inglês.", "tet"),
    ],
)
def test_one_full_language_beside_a_partial_one_is_hers(text: str, pref: str) -> None:
    got = extract(text).values
    assert got.get(PREF) == pref and OTHERS not in got


@pytest.mark.parametrize(
    ("text", "pref", "other"),
    [
        ("Speaks Oromo; Amharic as a second language.", "om", "am"),
        ("Habla garífuna; inglés como segundo idioma.", "cab", "en"),
        ("Parle bambara, le français comme langue seconde.", "bm", "fr"),
        ("Fala tétum; o português é a segunda língua dela.", "tet", "pt"),
    ],
)
def test_a_second_language_leaves_the_other_one_hers(text, pref, other) -> None:
    got = extract(text).values
    assert got.get(PREF) == pref and got.get(OTHERS) == [other]
