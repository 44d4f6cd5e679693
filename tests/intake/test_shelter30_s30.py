"""A bed tonight, stop 30 (shelter30), in invented sentences in en/es/fr/pt, each kind with
rows that must not give the value: a spaced dash inside an accommodation value ends a part
(the part after it is read on its own); a value that opens with a place still to be found
("à orienter ce soir vers...", "to be placed tonight") needs a bed; "a place tonight" asked
about and answered in a chat; a bed had at someone's tonight; lodging from the exploiter is
no place of hers."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract

BED = "shelter.needs_shelter_tonight"


@pytest.mark.parametrize(
    "text",
    [
        "Accommodation tonight: None - needs a bed tonight",
        "Alojamiento esta noche: ninguno - necesita cama esta noche",
        "Hébergement ce soir : aucun – a besoin d'un lit ce soir",
        "Alojamento esta noite: nenhum - precisa de cama esta noite",
    ],
)
def test_a_dash_in_an_accommodation_value_ends_its_part(text: str) -> None:
    assert extract(text).values.get(BED) is True


@pytest.mark.parametrize(
    "text",
    [
        "Accommodation tonight: No - staying with her aunt",
        "Alojamiento esta noche: no - se queda con su tía",
        "Hébergement ce soir : non - reste chez sa tante",
        "Alojamento esta noite: não - fica com a tia",
    ],
)
def test_a_no_before_the_dash_is_still_a_no(text: str) -> None:
    assert extract(text).values.get(BED) is not True


@pytest.mark.parametrize(
    "text",
    [
        "Accommodation: to be placed tonight at a shelter",
        "Alojamiento: por reubicar hoy en un centro",
        "Hébergement : mineur - à orienter ce soir vers un foyer",
        "Hébergement : urgent, ce soir",
        "Alojamento: a realojar ainda hoje",
    ],
)
def test_a_place_still_to_be_found_is_a_need(text: str) -> None:
    assert extract(text).values.get(BED) is True


@pytest.mark.parametrize(
    "text",
    [
        "Accommodation: declined, going to her brother's",
        "Alojamiento: rechaza, vuelve a casa de su hermano",
        "Hébergement : refuse, retourne chez son frère",
        "Alojamento: recusa, volta para casa do irmão",
    ],
)
def test_a_place_turned_down_is_no_need(text: str) -> None:
    assert extract(text).values.get(BED) is not True


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Mara (shelter): does she have a place tonight?\nJo (outreach): no.", True),
        ("Mara (albergue): ¿tiene un sitio esta noche?\nJo (calle): no, nada.", True),
        ("Mara (foyer) : elle a un endroit ce soir ?\nJo (maraude) : non.", True),
        ("Mara (abrigo): ela tem um lugar esta noite?\nJo (rua): não.", True),
    ],
)
def test_a_place_tonight_asked_and_answered(text: str, value: bool) -> None:
    assert extract(text).values.get(BED) is value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("She has a spot at her cousin's flat tonight.", False),
        ("Tiene una cama en casa de su prima esta noche.", False),
        ("Elle a un lit chez sa cousine ce soir.", False),
        ("Ela tem uma cama em casa da prima esta noite.", False),
        ("She has no bed at her cousin's tonight.", True),
        ("No tiene cama en casa de su prima esta noche.", True),
    ],
)
def test_a_bed_at_someones_tonight(text: str, value: bool) -> None:
    assert extract(text).values.get(BED) is value


@pytest.mark.parametrize(
    "text",
    [
        "Does she have a bed at her cousin's tonight?",
        "She needs a bed at her cousin's tonight, if he agrees.",
    ],
)
def test_a_bed_at_someones_asked_or_needed_is_no_place_had(text: str) -> None:
    assert extract(text).values.get(BED) is not False


def test_lodged_by_the_exploiter_is_no_place_of_hers() -> None:
    assert BED not in extract("Elle était logée par la gérante du salon.").values
    assert extract("Elle est logée par une amie.").values.get(BED) is False


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Bed to be found tonight.", True),
        ("Alojamiento por buscar esta noche.", True),
        ("Hébergement à trouver ce soir.", True),
        ("Alojamento a arranjar hoje.", True),
        ("Does she have a bed to be found tonight?", None),
    ],
)
def test_a_place_still_to_be_found_tonight_in_a_sentence(text: str, value: object) -> None:
    assert extract(text).values.get(BED) is value
