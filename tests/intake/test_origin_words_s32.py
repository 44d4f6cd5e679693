"""An origin word's article is a whole word, a city may hold another country's name, and
"other" people are other in the plural too.

"From Lebanon", "from Laos", "from Latvia", "from Lesotho" gave nothing: the origin
pattern took "le" or "la" as an article out of the country's own name. "Originaire de
l'Érythrée" gave nothing (the token "l'" was no article). "Benin City, Nigeria" gave
Benin. "Two other workers (from Laos)" gave their country to her.
"""

from __future__ import annotations

import pytest

from tests.intake.reading import clear

ORIGIN = "person.country_of_origin"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("She is from Lebanon.", "LB"),
        ("Client is from Laos, speaks Lao.", "LA"),
        ("Born in Latvia, 33.", "LV"),
        ("She is from Lesotho.", "LS"),
        ("She is from Lagos, Nigeria.", "NG"),
        ("Es de Laos.", "LA"),
        ("Nacida en Letonia.", "LV"),
        ("Elle est originaire de l'Érythrée.", "ER"),
        ("Il vient de l'Inde.", "IN"),
        ("Ela é natural do Laos.", "LA"),
        ("From Benin City, Nigeria.", "NG"),
        ("Elle vient de Benin City.", "NG"),
        ("He is from Niger State.", "NG"),
        ("He is from Niger.", "NE"),
        ("She is from Mexico City.", "MX"),
    ],
)
def test_an_origin_is_read_whatever_letters_its_name_starts_with(text, code):
    assert clear(text, ORIGIN) == code


@pytest.mark.parametrize(
    "text",
    [
        "Two other workers (men, from Laos, 20s) refused referral and stayed.",
        "Otras trabajadoras (de Honduras, 30 años) se quedaron en la finca.",
        "Deux autres victimes (du Mali) sont restées sur place.",
        "Outras trabalhadoras, de Angola, ficaram na fazenda.",
    ],
)
def test_other_people_in_the_plural_give_her_no_origin(text):
    assert clear(text, ORIGIN) is None
