"""Round 6b, kinds a fresh blind set of es/pt scenarios showed: a form field's placeholder
or bracketed "not given" is never a value, in any field (a dash alone did crash the name
reader); invented sentences in en/es/fr/pt, must-not-fire as many as must-fire."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract

NAME = "person.name"
AGE = "person.age"
CONTACT = "person.safe_contact"
ORIGIN = "person.country_of_origin"


@pytest.mark.parametrize(
    "note",
    [
        "Nombre: (no lo dio)\nEdad: 41",
        "Nombre: -\nEdad: 41",
        "Nombre: no lo quiso dar\nEdad: 41",
        "Name: —\nAge: 41",
        "Name: (declined)\nAge: 41",
        "Name: ?\nAge: 41",
        "Nom : (refuse de le donner)\nÂge : 41",
        "Nom : ---\nÂge : 41",
        "Nome: (não quis dizer)\nIdade: 41",
        "Nome: não informado\nIdade: 41",
    ],
)
def test_a_name_field_without_a_name_gives_no_name(note: str) -> None:
    got = extract(note)
    assert NAME not in got.values and NAME not in got.offered()
    assert got.values.get(AGE) == 41  # the form around it is still read


@pytest.mark.parametrize(
    ("note", "name"),
    [
        ("Nombre: Rosa (no dio apellido)\nEdad: 41", "Rosa"),
        ("Name: Lena — prefers Lee\nAge: 41", "Lena"),
        ("Nom : Awa (ne veut pas donner son nom de famille)\nÂge : 41", "Awa"),
        ("Nome: Ana (não quis dar o apelido)\nIdade: 41", "Ana"),
        ("Edad: (no la sabe)\nNombre: Rosa", "Rosa"),
    ],
)
def test_a_name_beside_an_aside_is_still_her_name(note: str, name: str) -> None:
    assert extract(note).values.get(NAME) == name


@pytest.mark.parametrize(
    ("note", "fact"),
    [
        ("Contacto seguro: (no lo dio)", CONTACT),
        ("Safe contact: refused", CONTACT),
        ("Contato seguro: —", CONTACT),
        ("Contact sûr : (refuse)", CONTACT),
        ("Nacionalidad: (no lo dijo)", ORIGIN),
        ("Nationality: n/a", ORIGIN),
        ("Nationalité : (non précisée)", ORIGIN),
        ("Nacionalidade: não informado", ORIGIN),
    ],
)
def test_a_placeholder_in_any_field_is_no_value(note: str, fact: str) -> None:
    got = extract(note)
    assert fact not in got.values and fact not in got.offered()


@pytest.mark.parametrize(
    ("note", "fact", "value"),
    [
        ("Contacto seguro: el teléfono de su prima", CONTACT, "el teléfono de su prima"),
        ("Nationality: Honduran (not sure of the town)", ORIGIN, "HN"),
        ("Nationalité : malienne", ORIGIN, "ML"),
        ("Nacionalidade: angolana", ORIGIN, "AO"),
    ],
)
def test_a_value_in_the_same_fields_is_read(note: str, fact: str, value: object) -> None:
    assert extract(note).values.get(fact) == value
