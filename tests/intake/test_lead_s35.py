"""A word in scare quotes is no one's speech; a quote a helper speaks stays the helper's
(stop 35, the lead's merge).

Invented sentences in en/es/fr/pt, each with a counterpart."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract

DOCS = "legal.has_identity_documents"
FOOD = "food.needs_food_now"


@pytest.mark.parametrize(
    "text",
    [
        'She says the owner "keeps" her passport and her ID card.',
        'Dice q el dueño le "guarda" el pasaporte y la cédula.',
        'Elle dit que le patron lui "garde" son passeport et sa carte.',
        'Diz que o patrão lhe "guarda" o passaporte e o documento.',
    ],
)
def test_a_word_in_scare_quotes_is_no_speech(text: str) -> None:
    assert extract(text).values.get(DOCS) is False


@pytest.mark.parametrize(
    "text",
    [
        'El intérprete, Sr. Haddad, dice: "Llevo todo el día sin comer."',
        "L'interprète, M. Haddad, dit : « Je n'ai rien mangé de la journée. »",
        'O intérprete, Sr. Haddad, diz: "Não comi nada o dia todo."',
    ],
)
def test_a_helpers_quote_stays_his(text: str) -> None:
    assert extract(text).values.get(FOOD) is None
