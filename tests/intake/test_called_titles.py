""" "doña Rosa", "Dona Filomena" after a referral or meeting verb: the person referred, by
the name she is called (no age needed after it); the same title on someone else (her
employer, "A patroa, Dona Marta") gives no name of hers. Invented sentences."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Encontramos a Dona Filomena perto da rodoviária. Mulher de 45 anos.", "Filomena"),
        ("Derivamos a doña Rosa, que duerme en la calle.", "Rosa"),
    ],
)
def test_a_called_title_after_a_referral_verb_gives_her_name(text: str, name: str) -> None:
    assert extract(text).values.get("person.name") == name


def test_the_title_on_someone_else_gives_no_name() -> None:
    got = extract("A patroa, Dona Marta, ficou com o passaporte. Encontramos a moça na rua.")
    assert "person.name" not in got.values
