"""Stop 31, origin31: a people in -éen written in the feminine ("guinéenne"), a country
or people one letter off where an origin goes ("from Nigeira", "de Guatamala"), and a
nationality word cut short beside a people that is also a language ("Chinese natl").
Invented sentences in en/es/fr/pt, each with a counterpart that must not give it."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract

ORIGIN = "person.country_of_origin"


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        ("Nationalité : guinéenne\nLangue : soussou", "GN"),
        ("Femme, 27 ans, ghanéenne, parle twi.", "GH"),
        ("Une jeune femme érythréenne de 22 ans, arrivée hier.", "ER"),
        ("Woman, 38, says she is from Nigeira, speaks Yoruba.", "NG"),
        ("Man of 45, originally from Bulgria, sleeps rough.", "BG"),
        ("Mujer de 31 años, viene de Guatamala, habla mam.", "GT"),
        ("Hombre, 50 años, natural de Nicaragüa.", "NI"),
        ("Homme, 33 ans, originaire du Camerounn, parle français.", "CM"),
        ("Mulher, 29 anos, natural de Moçambiqe.", "MZ"),
        ("Outreach: F, about 30, Chinese natl, Mandarin only.", "CN"),
        ("M, 60s, Romanian nat., begging near the market.", "RO"),
        ("Mujer, 30 años, rumana (nac.), limpia casas.", "RO"),
        ("Homme, 40 ans, chinois de nat., parle chinois.", "CN"),
        ("Homem, chinês nac., 40 anos, trabalha num restaurante.", "CN"),
    ],
)
def test_origin_read(text: str, origin: str) -> None:
    assert extract(text).values.get(ORIGIN) == origin


@pytest.mark.parametrize(
    "text",
    [
        "Femme, 27 ans. Son mari est ghanéen et vit à Accra.",
        "Elle n'est pas guinéenne, elle a seulement vécu à Conakry.",
        "Woman, 38, her boss is from Nigeira, she never said where she is from.",
        "She is not from Bulgria, she only travelled through it.",
        "Su hermano vive en Guatamala, ella no dijo de dónde es.",
        "Son cousin habite au Camerounn, elle ne dit pas d'où elle vient.",
        "O irmão dela mora em Moçambiqe, ela não disse de onde é.",
        "She speaks Romanian nat. and some English.",
        "Maybe Chinese natl, not sure, she won't say.",
    ],
)
def test_origin_not_read(text: str) -> None:
    assert extract(text).values.get(ORIGIN) is None
