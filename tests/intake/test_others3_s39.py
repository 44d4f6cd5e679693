"""A person described by her relation to the survivor is someone else (stop 39, others3).

Invented wording: a caller, contact or companion set off with "a friend of the girl",
"vecina de la chica", "sa cousine", "amiga da moça" gives no name, age, origin or
language of hers; a caller line with no relation stays hers."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract


@pytest.mark.parametrize(
    "text",
    [
        "Caller: Dana, 23, a friend of the young woman.",
        "Contact: Priya (34), neighbour of the client.",
        "Llamante: Marisol, 41 años, vecina de la muchacha.",
        "Quien llama: Beto, 28, su primo.",
        "Appelante : Awa, 26 ans, amie de la victime.",
        "Appelant : Moussa, 33 ans, son cousin.",
        "Chamadora: Luzia, 38 anos, amiga da moça.",
        "Chamador: Tiago, 29 anos, o primo dela.",
    ],
)
def test_related_person_gives_no_name_or_age(text: str) -> None:
    got = extract(text)
    assert "person.name" not in got.values
    assert "person.age" not in got.values


def test_her_own_age_stays_after_a_friend_caller() -> None:
    got = extract("Caller: Dana, 23, a friend of the girl. She is 16 and from Ghana.")
    assert got.values.get("person.age") == 16
    assert got.values.get("person.country_of_origin") == "GH"
    assert "person.name" not in got.values


def test_a_bracket_after_the_relation_is_the_callers() -> None:
    text = (
        "Appelante : Awa, 26 ans, amie de la jeune fille (parle wolof et anglais).\n"
        "Écoutante : Quel âge a Binta ?\n"
        "Appelante : Quinze ans."
    )
    got = extract(text)
    assert got.values.get("person.age") == 15
    assert "en" not in str(got.values.get("person.other_languages"))


def test_a_co_worker_caller_gives_no_name() -> None:
    got = extract("Caller: Ravi (31, Nepali), co-worker, phoning for his friend.")
    assert "person.name" not in got.values
    assert "person.age" not in got.values


def test_prose_apposition_before_the_verb() -> None:
    got = extract("Dana, 23, a friend of the girl, called the hotline tonight.")
    assert "person.name" not in got.values
    assert "person.age" not in got.values


@pytest.mark.parametrize(
    ("text", "name", "age"),
    [
        ("Caller: Dana, 23, Ghanaian.", "Dana", 23),
        ("Usuaria: Marisol, 41 años, vecina de la muchacha.", "Marisol", 41),
        ("Client: Dana, 23, daughter of a fisherman.", "Dana", 23),
    ],
)
def test_her_own_line_stays_hers(text: str, name: str, age: int) -> None:
    got = extract(text)
    assert got.values.get("person.name") == name
    assert got.values.get("person.age") == age


def test_her_age_reported_by_a_cousin_is_hers() -> None:
    got = extract("Caller: she is 19, her cousin says.")
    assert "person.name" not in got.values


def test_her_parent_named_stays_hers() -> None:
    got = extract("Halima, 24, daughter of a farmer, arrived last night.")
    assert got.values.get("person.name") == "Halima"
    assert got.values.get("person.age") == 24


def test_her_list_with_her_child_stays_hers() -> None:
    got = extract("Referral: Halima, 24, Somali, her son (5) with her.")
    assert got.values.get("person.country_of_origin") == "SO"
    assert got.values.get("household.children_with_them") == 1
